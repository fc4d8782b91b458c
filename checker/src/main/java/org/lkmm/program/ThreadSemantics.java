package org.lkmm.program;

import java.util.List;
import java.util.Optional;
import org.lkmm.program.Action.Causes;
import org.lkmm.program.Action.Memory;
import org.lkmm.program.Code.Exp;
import org.lkmm.program.Code.Origin;
import org.lkmm.program.Code.Stmt;
import org.lkmm.solver.Arithmetic;
import org.lkmm.solver.Atom;
import org.lkmm.solver.Equation;
import org.lkmm.solver.Expr;
import org.lkmm.solver.Op;

/**
 * herd7's C semantics (herd/CSem.ml) over the monad: every read, of memory or of a
 * register, yields a fresh unknown; an operation on unknowns yields a fresh unknown and its
 * equation; a branch on an unknown yields both alternatives, each assuming its outcome. Events
 * are composed as herd composes its event structures, so that {@link Dependencies} finds herd's
 * dependencies in what is built: the RMWs use herd's own structures (event.ml, linux_exch and
 * kin); under LKMM v1 (herd's default) fully ordered ones sit between two smp_mb() fences and
 * their accesses are once, acquire or release, under v2 (variant lkmmv2) the accesses carry the
 * macro's own annotation. Each statement steps herd's program-order index, which SRCU cookies
 * are made of.
 */
final class ThreadSemantics {
    /** herd7 unrolls C while loops twice and cuts the executions that need more. */
    static final int UNROLL = 2;

    /**
     * What a statement leaves: herd's program-order index, and whether it ends in a loop cut at
     * the unrolling bound (herd's B.Exit: a block goes on after it, but at the top of a thread
     * it stops the thread).
     */
    record After(int poi, boolean exit) {
        After(int poi) {
            this(poi, false);
        }
    }

    /**
     * What an expression is evaluated with: its statement's index, the events of the conditions
     * it is under, and whether it is evaluated for a value (herd's is_data: its reads are data
     * ports) rather than for an address or a condition.
     */
    private record Ctx(int poi, int[] control, boolean data) {
        Ctx forValue() {
            return data ? this : new Ctx(poi, control, true);
        }

        Ctx forAddress() {
            return data ? new Ctx(poi, control, false) : this;
        }

        Causes read() {
            return new Causes(data, control);
        }

        Causes other() {
            return new Causes(false, control);
        }
    }

    /** A memory read of an RMW: its value and its event. */
    private record Read(Atom value, int eiid) {}

    private static final String ONCE = "once";

    private final int proc;
    private final Monad.Counters counters;
    private final boolean lkmmv1;
    private final int unroll;

    ThreadSemantics(int proc, Monad.Counters counters, boolean lkmmv1) {
        this(proc, counters, lkmmv1, UNROLL);
    }

    /** herd's C semantics of one process, while loops unrolled unroll times. */
    ThreadSemantics(int proc, Monad.Counters counters, boolean lkmmv1, int unroll) {
        this.proc = proc;
        this.counters = counters;
        this.lkmmv1 = lkmmv1;
        this.unroll = unroll;
    }

    /** LKMM v1 keeps acquire on an RMW's read (and release on its write); anything else is once. */
    private String v1(String annotation, String kept) {
        return annotation.equals(kept) ? annotation : ONCE;
    }

    /** The thread's alternatives, as herd builds them. */
    List<Monad.Elt<After>> run(List<Stmt> body) {
        return top(body, new After(0), Outline.NONE).run(counters);
    }

    /** The thread's statements, as herd's mem.ml runs them: one that exits (a cut loop) ends the thread. */
    private Monad<After> top(List<Stmt> body, After at, int[] control) {
        if (body.isEmpty()) {
            return Monad.unit(at);
        }
        return stmt(body.get(0), at, control).next(next -> next.exit() ? Monad.unit(next)
                : top(body.subList(1, body.size()), next, control));
    }

    // ---- statements (build_semantics) ----

    private Monad<After> list(List<Stmt> body, After at, int[] control) {
        if (body.isEmpty()) {
            return Monad.unit(at);
        }
        return stmt(body.get(0), at, control).next(next -> list(body.subList(1, body.size()), next, control));
    }

    private Monad<After> stmt(Stmt s, After before, int[] control) {
        int poi = before.poi() + 1;
        Ctx value = new Ctx(poi, control, true);
        Ctx address = value.forAddress();
        After done = new After(poi);
        if (s instanceof Code.Seq q) {
            return list(q.body(), done, control);
        }
        if (s instanceof Code.If i) {
            After branchStart = new After(poi + 1);
            return condition(i.condition(), address).branching((c, events) -> {
                int[] inner = Outline.union(control, events);
                Monad<After> then = stmt(i.then(), branchStart, inner);
                Monad<After> otherwise = i.otherwise().isPresent()
                        ? stmt(i.otherwise().get(), branchStart, inner) : Monad.unit(done);
                return Monad.choice(c, then, otherwise);
            });
        }
        if (s instanceof Code.While w) {
            return loop(w, 0, done, control);
        }
        if (s instanceof Code.DeclReg) {
            return Monad.unit(done);
        }
        if (s instanceof Code.CastExpr c) {
            return expr(c.value(), value).yielding(done);
        }
        if (s instanceof Code.StoreReg r) {
            return expr(r.value(), value).bind(v -> r.register().isPresent()
                    ? writeRegister(r.register().get(), v, value).yielding(done) : Monad.unit(done));
        }
        if (s instanceof Code.StoreMem m) {
            return storeLocation(m, address).par(expr(m.value(), value), (l, v) -> new Atom[] {l, v})
                    .bind(lv -> write(m.origin(), lv[0], lv[1], m.annotation(), false, -1, value)
                            .yielding(done));
        }
        if (s instanceof Code.Lock l) {
            return expr(l.location(), address).bind(a -> lock(l.origin(), a, value)).yielding(done);
        }
        if (s instanceof Code.Unlock u) {
            return expr(u.location(), address).bind(a -> event(u.origin(), Kind.UNLOCK, "", a, Atom.of(0), value))
                    .yielding(done);
        }
        if (s instanceof Code.Fence f) {
            return fence(f.origin(), f.kind(), value).yielding(done);
        }
        if (s instanceof Code.AtomicOp a) {
            return atomicOp(a.origin(), a.location(), a.op(), a.operand(), false,
                    lkmmv1 ? "noreturn" : a.annotation(), lkmmv1 ? ONCE : a.annotation(), value).yielding(done);
        }
        Code.Srcu u = (Code.Srcu) s;
        Monad<Optional<Atom>> argument = u.value().isPresent()
                ? expr(u.value().get(), value).bind(v -> Monad.unit(Optional.of(v)))
                : Monad.unit(Optional.empty());
        Kind kind = u.kind().equals("srcu-unlock") ? Kind.SRCU_UNLOCK : Kind.SRCU_SYNC;
        return expr(u.location(), address).par(argument, (l, v) -> new Object[] {l, v})
                .bind(lv -> {
                    @SuppressWarnings("unchecked")
                    Optional<Atom> v = (Optional<Atom>) lv[1];
                    return event(u.origin(), kind, u.kind(), (Atom) lv[0], v.orElse(Atom.of(0)), value);
                }).yielding(done);
    }

    /** herd's While(c, t, n): the body at most unroll times, then a cut-off mark. */
    private Monad<After> loop(Code.While w, int n, After at, int[] control) {
        Ctx ctx = new Ctx(at.poi(), control, false);
        return condition(w.condition(), ctx).branching((c, events) -> {
            // the condition controls the body and every later round
            int[] inner = Outline.union(control, events);
            Monad<After> body;
            if (n >= unroll) {
                body = Monad.act(new Action.CutOff(w.origin()), new After(at.poi(), true));
            } else {
                body = stmt(w.body(), at, inner).next(after -> loop(w, n + 1, new After(after.poi() + 1), inner));
            }
            return Monad.choice(c, body, Monad.unit(at));
        });
    }

    /** The location of a store: a bare *loc, or __store{a}(*l, v) whose l is the address. */
    private Monad<Atom> storeLocation(Code.StoreMem m, Ctx ctx) {
        if (m.annotation().isEmpty()) {
            return expr(m.location(), ctx);
        }
        if (m.location() instanceof Code.LoadMem inner && inner.annotation().isEmpty()) {
            return expr(inner.location(), ctx);
        }
        throw new IllegalStateException("Bad __store argument");
    }

    // ---- expressions (build_semantics_expr) ----

    /** build_cond: a comparison as it is, anything else compared with 0. */
    private Monad<Atom> condition(Exp e, Ctx ctx) {
        if (e instanceof Code.Binary b && b.op().isComparison()) {
            return expr(e, ctx);
        }
        return expr(new Code.Binary(e.origin(), Op.NE, e, new Code.Const(e.origin(), 0)), ctx);
    }

    private Monad<Atom> expr(Exp e, Ctx ctx) {
        if (e instanceof Code.Const c) {
            return Monad.unit(Atom.of(c.value()));
        }
        if (e instanceof Code.LoadReg r) {
            return c -> {
                Atom.Var v = counters.freshVar();
                int eiid = counters.freshEiid();
                return List.of(new Monad.Elt<>(v, Chain.empty(),
                        Chain.of(new Action.RegisterRead(eiid, v.id(), r.register(), ctx.read())),
                        Outline.single(eiid)));
            };
        }
        if (e instanceof Code.LoadMem m) {
            Exp address = m.location();
            if (!m.annotation().isEmpty()) {
                if (!(address instanceof Code.LoadMem inner && inner.annotation().isEmpty())) {
                    throw new IllegalStateException("Bad __load argument");
                }
                address = inner.location();
            }
            return expr(address, ctx).bind(l -> read(m.origin(), l, m.annotation(), false, ctx)
                    .bind(r -> Monad.unit(r.value())));
        }
        if (e instanceof Code.Binary b) {
            return expr(b.left(), ctx).par(expr(b.right(), ctx), (x, y) -> new Atom[] {x, y})
                    .bind(xy -> op(b.origin(), b.op(), xy[0], xy[1]));
        }
        if (e instanceof Code.Exchange x) {
            return exchange(x, ctx);
        }
        if (e instanceof Code.CmpExchange x) {
            return cmpxchg(x, ctx);
        }
        if (e instanceof Code.AtomicOpReturn a) {
            if (!lkmmv1) {
                return atomicOp(a.origin(), a.location(), a.op(), a.operand(), a.fetch(), a.annotation(),
                        a.annotation(), ctx);
            }
            if (a.annotation().equals("mb")) {
                return fenced(a.origin(), "mb", atomicOp(a.origin(), a.location(), a.op(), a.operand(), a.fetch(),
                        ONCE, ONCE, ctx), ctx);
            }
            return atomicOp(a.origin(), a.location(), a.op(), a.operand(), a.fetch(), v1(a.annotation(), "acquire"),
                    v1(a.annotation(), "release"), ctx);
        }
        if (e instanceof Code.AtomicAddUnless u) {
            return addUnless(u, ctx);
        }
        if (e instanceof Code.SrcuLock s) {
            Atom cookie = Atom.of((proc + 1) * 307L + ctx.poi() * 599L);
            return expr(s.location(), ctx.forAddress())
                    .bind(l -> event(s.origin(), Kind.SRCU_LOCK, "srcu-lock", l, cookie, ctx)).yielding(cookie);
        }
        if (e instanceof Code.TryLock t) {
            return expr(t.location(), ctx).bind(l -> Monad.alt(
                    lock(t.origin(), l, ctx).yielding(Atom.of(1)),
                    event(t.origin(), Kind.LOCK_FAIL, "", l, Atom.of(1), ctx).yielding(Atom.of(0))));
        }
        Code.IsLocked i = (Code.IsLocked) e;
        return expr(i.location(), ctx).bind(l -> Monad.alt(
                event(i.origin(), Kind.READ_LOCKED, "", l, Atom.of(1), ctx).yielding(Atom.of(1)),
                event(i.origin(), Kind.READ_UNLOCKED, "", l, Atom.of(0), ctx).yielding(Atom.of(0))));
    }

    /** M.op: a constant when herd can compute it, else a fresh unknown and its equation. */
    private Monad<Atom> op(Origin o, Op op, Atom x, Atom y) {
        try {
            return Monad.unit(Arithmetic.apply(op, x, y));
        } catch (Arithmetic.Undetermined | Arithmetic.Failure delayed) {
            return c -> {
                Atom.Var v = counters.freshVar(o.pos());
                return List.of(new Monad.Elt<>(v, Chain.<Equation>of(Equation.assign(v, new Expr.Binop(op, x, y))),
                        Chain.empty()));
            };
        }
    }

    /** neqT: (a == b) := 0. */
    private Monad<Atom> differ(Origin o, Atom a, Atom b) {
        return op(o, Op.EQ, a, b).bind(eq -> Monad.assume(Equation.assign(eq, Atom.of(0)), eq));
    }

    /**
     * A fully ordered RMW of LKMM v1: a fence tagged as the RMW is (mb), the relaxed RMW, the
     * fence again; the last fence is the output, so the value depends on nothing.
     */
    private Monad<Atom> fenced(Origin o, String tag, Monad<Atom> m, Ctx ctx) {
        return fence(o, tag, ctx).bindControl(u -> m.bindControl(v -> fence(o, tag, ctx).yielding(v)));
    }

    // ---- RMWs, in herd's structures ----

    /**
     * xchg as herd's linux_exch: location, then value, then the read and the write; the
     * location feeds both, the value the write; the read is the output.
     */
    private Monad<Atom> exchange(Code.Exchange x, Ctx ctx) {
        String read = lkmmv1 ? v1(x.annotation(), "acquire") : x.annotation();
        String write = lkmmv1 ? v1(x.annotation(), "release") : x.annotation();
        Monad<Atom> exch = c -> {
            Monad.Elt<Atom> loc = single(expr(x.location(), ctx.forAddress()), x, c);
            Monad.Elt<Atom> val = single(expr(x.value(), ctx.forValue()), x, c);
            Rmw rmw = new Rmw(x.origin(), loc.value(), read, ctx.read(), ctx);
            rmw.write(val.value(), write);
            return rmw.done(rmw.read.value(), loc.equations().then(val.equations()), List.of(loc, val),
                    new int[][] {val.outline().maximals(), rmw.writes()},
                    new int[][] {loc.outline().maximals(), rmw.writes()},
                    new int[][] {loc.outline().maximals(), rmw.reads()});
        };
        return lkmmv1 && x.annotation().equals("mb") ? fenced(x.origin(), "mb", exch, ctx) : exch;
    }

    /**
     * cmpxchg: success (herd's linux_cmpexch_ok: the read took the expected value, the write
     * stores the desired one) or failure (linux_cmpexch_no: a lone once-read of another value),
     * in that order.
     */
    private Monad<Atom> cmpxchg(Code.CmpExchange x, Ctx ctx) {
        String read = lkmmv1 ? v1(x.annotation(), "acquire") : x.annotation();
        String write = lkmmv1 ? v1(x.annotation(), "release") : x.annotation();
        String failedRead = lkmmv1 ? ONCE : x.annotation();
        Monad<Atom> ok = c -> {
            Monad.Elt<Atom> loc = single(expr(x.location(), ctx.forAddress()), x, c);
            Monad.Elt<Atom> old = single(expr(x.expected(), ctx.forValue()), x, c);
            Monad.Elt<Atom> nu = single(expr(x.desired(), ctx.forValue()), x, c);
            Rmw rmw = new Rmw(x.origin(), loc.value(), read, ctx.forValue().read(), ctx);
            rmw.write(nu.value(), write);
            Chain<Equation> eqs = Chain.<Equation>of(Equation.assign(old.value(), rmw.read.value()))
                    .then(loc.equations()).then(old.equations()).then(nu.equations());
            return rmw.done(rmw.read.value(), eqs, List.of(loc, old, nu),
                    new int[][] {nu.outline().maximals(), rmw.writes()},
                    new int[][] {loc.outline().maximals(), rmw.writes()},
                    new int[][] {loc.outline().maximals(), rmw.reads()});
        };
        Monad<Atom> no = c -> {
            Monad.Elt<Atom> loc = single(expr(x.location(), ctx.forAddress()), x, c);
            Monad.Elt<Atom> old = single(expr(x.expected(), ctx.forValue()), x, c);
            Rmw rmw = new Rmw(x.origin(), loc.value(), failedRead, ctx.forValue().read(), ctx);
            Monad.Elt<Atom> neq = single(differ(x.origin(), old.value(), rmw.read.value()), x, c);
            Chain<Equation> eqs = neq.equations().then(loc.equations()).then(old.equations());
            return rmw.done(rmw.read.value(), eqs, List.of(loc, old),
                    new int[][] {loc.outline().maximals(), rmw.reads()});
        };
        return Monad.alt(lkmmv1 && x.annotation().equals("mb") ? fenced(x.origin(), "mb", ok, ctx) : ok, no);
    }

    /**
     * atomic_add_unless (herd's legacy built-in, linux_add_unless_ok and _no): adds unless the
     * value is the limit; returns 1 or 0, and its output is the read and the limit.
     */
    private Monad<Atom> addUnless(Code.AtomicAddUnless u, Ctx ctx) {
        String tag = lkmmv1 ? ONCE : u.annotation();
        Monad<Atom> ok = c -> {
            Monad.Elt<Atom> loc = single(expr(u.location(), ctx.forAddress()), u, c);
            Monad.Elt<Atom> add = single(expr(u.addend(), ctx.forValue()), u, c);
            Monad.Elt<Atom> lim = single(expr(u.limit(), ctx.forValue()), u, c);
            Rmw rmw = new Rmw(u.origin(), loc.value(), tag, ctx.forValue().read(), ctx);
            Monad.Elt<Atom> sum = single(op(u.origin(), Op.ADD, rmw.read.value(), add.value()), u, c);
            rmw.write(sum.value(), tag);
            Monad.Elt<Atom> neq = single(differ(u.origin(), rmw.read.value(), lim.value()), u, c);
            Chain<Equation> eqs = neq.equations().then(sum.equations()).then(loc.equations())
                    .then(add.equations()).then(lim.equations());
            return rmw.done(Atom.of(1), eqs, List.of(loc, add, lim),
                    new int[][] {loc.outline().maximals(), rmw.writes()},
                    new int[][] {loc.outline().maximals(), rmw.reads()},
                    new int[][] {add.outline().maximals(), rmw.writes()},
                    new int[][] {rmw.reads(), rmw.writes()})
                    .stream().map(e -> withOutput(e, Outline.union(rmw.reads(), lim.outline().output()))).toList();
        };
        Monad<Atom> no = c -> {
            Monad.Elt<Atom> loc = single(expr(u.location(), ctx.forAddress()), u, c);
            Monad.Elt<Atom> lim = single(expr(u.limit(), ctx.forValue()), u, c);
            Rmw rmw = new Rmw(u.origin(), loc.value(), tag, ctx.forValue().read(), ctx);
            Chain<Equation> eqs = Chain.<Equation>of(Equation.assign(rmw.read.value(), lim.value()))
                    .then(loc.equations()).then(lim.equations());
            return rmw.done(Atom.of(0), eqs, List.of(loc, lim),
                    new int[][] {loc.outline().maximals(), rmw.reads()})
                    .stream().map(e -> withOutput(e, Outline.union(rmw.reads(), lim.outline().output()))).toList();
        };
        return Monad.alt(lkmmv1 ? fenced(u.origin(), "mb", ok, ctx) : ok, no);
    }

    private static <T> Monad.Elt<T> withOutput(Monad.Elt<T> e, int[] output) {
        return new Monad.Elt<>(e.value(), e.equations(), e.actions(), e.outline().withOutput(output));
    }

    /**
     * build_atomic_op: operand beside (location, then the read); then the write of old op
     * operand, which all of the first part feeds (herd's >>==, whose output stays the first
     * part's: the operand and the read).
     */
    private Monad<Atom> atomicOp(Origin o, Exp location, Op op, Exp operand, boolean fetch, String read,
                                 String write, Ctx ctx) {
        return expr(operand, ctx.forValue()).par(locatedRead(o, location, read, ctx), (v, lr) -> new Object[] {v, lr})
                .bindKeepingOutput(vlr -> {
                    Atom v = (Atom) vlr[0];
                    Object[] lr = (Object[]) vlr[1];
                    Atom loc = (Atom) lr[0];
                    Read old = (Read) lr[1];
                    return op(o, op, old.value(), v).bind(w ->
                            write(o, loc, w, write, true, old.eiid(), ctx).yielding(fetch ? old.value() : w));
                });
    }

    /** loc >>= fun loc -> (read >>| unitT loc): the location and the read at it. */
    private Monad<Object[]> locatedRead(Origin o, Exp location, String a, Ctx ctx) {
        return expr(location, ctx.forAddress()).bind(l -> read(o, l, a, true, ctx.forValue())
                .par(Monad.unit(l), (r, loc) -> new Object[] {loc, r}));
    }

    /** Runs m as herd's as_singleton does: an argument of an RMW must have one alternative. */
    private Monad.Elt<Atom> single(Monad<Atom> m, Exp of, Monad.Counters c) {
        List<Monad.Elt<Atom>> alternatives = m.run(c);
        if (alternatives.size() != 1) {
            throw new HerdAssertion(of.origin(), "herd7 fails an assertion (eventsMonad.ml) on an argument of "
                    + of.origin().primitive() + "() that takes several paths");
        }
        return alternatives.get(0);
    }

    /** The read and write of one of herd's RMW structures, built in herd's order. */
    private final class Rmw {
        final Origin origin;
        final Atom location;
        final Ctx ctx;
        final Read read;
        final Memory readEvent;
        Memory writeEvent;

        Rmw(Origin origin, Atom location, String tag, Causes readCauses, Ctx ctx) {
            this.origin = origin;
            this.location = location;
            this.ctx = ctx;
            Atom.Var v = counters.freshVar();
            int eiid = counters.freshEiid();
            readEvent = new Memory(eiid, Kind.READ, location, v, tag, Annotation.of(tag), null, -1, true, readCauses,
                    origin);
            read = new Read(v, eiid);
        }

        void write(Atom value, String tag) {
            writeEvent = new Memory(counters.freshEiid(), Kind.WRITE, location, value, tag, Annotation.of(tag), null,
                    read.eiid(), true, ctx.other(), origin);
        }

        int[] reads() {
            return new int[] {readEvent.eiid()};
        }

        int[] writes() {
            return new int[] {writeEvent.eiid()};
        }

        /**
         * The structure: the arguments' and the accesses' events, these data edges (each a pair
         * of event sets), the read as output.
         */
        List<Monad.Elt<Atom>> done(Atom value, Chain<Equation> equations, List<Monad.Elt<Atom>> arguments,
                                   int[][]... edges) {
            Chain<Action> actions = Chain.empty();
            Outline o = Outline.EMPTY;
            for (Monad.Elt<Atom> a : arguments) {
                actions = actions.then(a.actions());
                o = o.beside(a.outline());
            }
            actions = actions.then(Chain.of(readEvent));
            o = o.beside(Outline.single(readEvent.eiid()));
            if (writeEvent != null) {
                actions = actions.then(Chain.of(writeEvent));
                o = o.beside(Outline.single(writeEvent.eiid()));
            }
            for (int[][] edge : edges) {
                int[] from = edge[0];
                int[] to = edge[1];
                if (from.length > 0 && to.length > 0) {
                    actions = actions.then(Chain.of(new Action.Iico(from, to)));
                    o = o.linked(from, to);
                }
            }
            return List.of(new Monad.Elt<>(value, equations, actions, o.withOutput(reads())));
        }
    }

    // ---- events ----

    private Monad<Read> read(Origin o, Atom location, String tag, boolean atomic, Ctx ctx) {
        return c -> {
            Atom.Var v = counters.freshVar();
            int eiid = counters.freshEiid();
            Memory m = new Memory(eiid, Kind.READ, location, v, tag, Annotation.of(tag), null, -1, atomic, ctx.read(),
                    o);
            return List.of(new Monad.Elt<>(new Read(v, eiid), Chain.empty(), Chain.of(m), Outline.single(eiid)));
        };
    }

    private Monad<Atom> write(Origin o, Atom location, Atom value, String tag, boolean atomic, int rmwRead,
                              Ctx ctx) {
        return c -> {
            int eiid = counters.freshEiid();
            Memory m = new Memory(eiid, Kind.WRITE, location, value, tag, Annotation.of(tag), null, rmwRead, atomic,
                    ctx.other(), o);
            return List.of(new Monad.Elt<>(value, Chain.empty(), Chain.of(m), Outline.single(eiid)));
        };
    }

    private Monad<Atom> writeRegister(String r, Atom v, Ctx ctx) {
        return c -> {
            int eiid = counters.freshEiid();
            return List.of(new Monad.Elt<>(v, Chain.empty(),
                    Chain.of(new Action.RegisterWrite(eiid, r, v, ctx.other())), Outline.single(eiid)));
        };
    }

    /** A lock, SRCU or other non-memory event herd gives no value equations. */
    private Monad<Atom> event(Origin o, Kind kind, String tag, Atom location, Atom value, Ctx ctx) {
        return c -> {
            int eiid = counters.freshEiid();
            Memory m = new Memory(eiid, kind, location, value, tag, Annotation.ONCE, null, -1, false, ctx.other(), o);
            return List.of(new Monad.Elt<>(value, Chain.empty(), Chain.of(m), Outline.single(eiid)));
        };
    }

    /**
     * linux_lock: the lock's read then its write, an RMW pair, composed by control only (>>*=),
     * so both are minimal and the write is the output.
     */
    private Monad<Atom> lock(Origin o, Atom location, Ctx ctx) {
        return c -> {
            int r = counters.freshEiid();
            Memory read = new Memory(r, Kind.LOCK_READ, location, Atom.of(0), "", Annotation.ACQUIRE, null, -1, false,
                    ctx.other(), o);
            int w = counters.freshEiid();
            Memory write = new Memory(w, Kind.LOCK_WRITE, location, Atom.of(1), "", Annotation.ONCE, null, r, false,
                    ctx.other(), o);
            Outline both = Outline.single(r).beside(Outline.single(w)).withOutput(new int[] {w});
            return List.of(new Monad.Elt<>(Atom.of(0), Chain.empty(), Chain.of((Action) read).then(Chain.of(write)),
                    both));
        };
    }

    private Monad<Atom> fence(Origin o, String tag, Ctx ctx) {
        return c -> {
            int eiid = counters.freshEiid();
            Memory m = new Memory(eiid, Kind.FENCE, Atom.of(0), Atom.of(0), tag, Annotation.ONCE, FenceKind.of(tag),
                    -1, false, ctx.other(), o);
            return List.of(new Monad.Elt<>(Atom.of(0), Chain.empty(), Chain.of(m), Outline.fence(eiid)));
        };
    }
}
