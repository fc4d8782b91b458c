package org.lkmm.program;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
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
 * herd7's C semantics (herd/CSem.ml, LKMM v1) over the monad: every read, of memory or of a
 * register, yields a fresh unknown; an operation on unknowns yields a fresh unknown and its
 * equation; a branch on an unknown yields both alternatives, each assuming its outcome. Fully
 * ordered RMWs are a relaxed RMW between two smp_mb() fences; a failed cmpxchg is a lone
 * once-read. Each statement steps herd's program-order index, which SRCU cookies are made of.
 */
final class ThreadSemantics {
    /** herd7 unrolls C while loops twice and cuts the executions that need more. */
    static final int UNROLL = 2;

    /** A value and the reads it was computed from. */
    record Val(Atom atom, BitSet taint) {
        static final BitSet NONE = new BitSet();

        static Val of(long c) {
            return new Val(Atom.of(c), NONE);
        }
    }

    /**
     * What a statement leaves: herd's program-order index, the registers' dependencies, and
     * whether it ends in a loop cut at the unrolling bound (herd's B.Exit: a block goes on
     * after it, but at the top of a thread it stops the thread).
     */
    record After(int poi, Registers registers, boolean exit) {
        After(int poi, Registers registers) {
            this(poi, registers, false);
        }
    }

    /** What an expression is evaluated with: its statement's index, registers, and control context. */
    private record Ctx(int poi, Registers registers, BitSet ctrl) {}

    private final int proc;
    private final Monad.Counters counters;

    ThreadSemantics(int proc, Monad.Counters counters) {
        this.proc = proc;
        this.counters = counters;
    }

    /** The thread's alternatives, as herd builds them. */
    List<Monad.Elt<After>> run(List<Stmt> body) {
        return top(body, new After(0, Registers.empty()), new BitSet()).run(counters);
    }

    /** The thread's statements, as herd's mem.ml runs them: one that exits (a cut loop) ends the thread. */
    private Monad<After> top(List<Stmt> body, After at, BitSet ctrl) {
        if (body.isEmpty()) {
            return Monad.unit(at);
        }
        return stmt(body.get(0), at, ctrl).bind(next -> next.exit() ? Monad.unit(next)
                : top(body.subList(1, body.size()), next, ctrl));
    }

    // ---- statements (build_semantics) ----

    private Monad<After> list(List<Stmt> body, After at, BitSet ctrl) {
        if (body.isEmpty()) {
            return Monad.unit(at);
        }
        return stmt(body.get(0), at, ctrl).bind(next -> list(body.subList(1, body.size()), next, ctrl));
    }

    private Monad<After> stmt(Stmt s, After before, BitSet ctrl) {
        int poi = before.poi() + 1;
        Ctx ctx = new Ctx(poi, before.registers(), ctrl);
        After done = new After(poi, before.registers());
        if (s instanceof Code.Seq q) {
            return list(q.body(), done, ctrl);
        }
        if (s instanceof Code.If i) {
            After branchStart = new After(poi + 1, before.registers());
            return condition(i.condition(), ctx).bind(c -> {
                BitSet inner = union(ctrl, c.taint());
                Monad<After> then = stmt(i.then(), branchStart, inner);
                Monad<After> otherwise = i.otherwise().isPresent()
                        ? stmt(i.otherwise().get(), branchStart, inner) : Monad.unit(done);
                return Monad.choice(c.atom(), then, otherwise);
            });
        }
        if (s instanceof Code.While w) {
            return loop(w, 0, done, ctrl);
        }
        if (s instanceof Code.DeclReg) {
            return Monad.unit(done);
        }
        if (s instanceof Code.CastExpr c) {
            return expr(c.value(), ctx).yielding(done);
        }
        if (s instanceof Code.StoreReg r) {
            return expr(r.value(), ctx).bind(v -> r.register().isPresent()
                    ? writeRegister(r.register().get(), v, done) : Monad.unit(done));
        }
        if (s instanceof Code.StoreMem m) {
            return storeLocation(m, ctx).par(expr(m.value(), ctx), (l, v) -> new Val[] {l, v})
                    .bind(lv -> write(m.origin(), lv[0], lv[1], Annotation.of(m.annotation()), false, -1, ctrl)
                            .yielding(done));
        }
        if (s instanceof Code.Lock l) {
            return expr(l.location(), ctx).bind(a -> lock(l.origin(), a, ctrl)).yielding(done);
        }
        if (s instanceof Code.Unlock u) {
            return expr(u.location(), ctx).bind(a -> event(u.origin(), Kind.UNLOCK, a, Val.of(0), ctrl))
                    .yielding(done);
        }
        if (s instanceof Code.Fence f) {
            return fence(f.origin(), FenceKind.of(f.kind())).yielding(done);
        }
        if (s instanceof Code.AtomicOp a) {
            return atomicOp(a.origin(), a.location(), a.op(), a.operand(), false, Annotation.NORETURN,
                    Annotation.ONCE, ctx).yielding(done);
        }
        Code.Srcu u = (Code.Srcu) s;
        Monad<Optional<Val>> value = u.value().isPresent()
                ? expr(u.value().get(), ctx).bind(v -> Monad.unit(Optional.of(v))) : Monad.unit(Optional.empty());
        Kind kind = u.kind().equals("srcu-unlock") ? Kind.SRCU_UNLOCK : Kind.SRCU_SYNC;
        return expr(u.location(), ctx).par(value, (l, v) -> new Object[] {l, v})
                .bind(lv -> {
                    @SuppressWarnings("unchecked")
                    Optional<Val> v = (Optional<Val>) lv[1];
                    return event(u.origin(), kind, (Val) lv[0], v.orElse(Val.of(0)), ctrl);
                }).yielding(done);
    }

    /** herd's While(c, t, n): the body at most UNROLL times, then a cut-off mark. */
    private Monad<After> loop(Code.While w, int n, After at, BitSet ctrl) {
        Ctx ctx = new Ctx(at.poi(), at.registers(), ctrl);
        return condition(w.condition(), ctx).bind(c -> {
            BitSet inner = union(ctrl, c.taint());
            Monad<After> body;
            if (n >= UNROLL) {
                body = Monad.act(new Action.CutOff(w.origin()), new After(at.poi(), at.registers(), true));
            } else {
                body = stmt(w.body(), at, inner).bind(after ->
                        loop(w, n + 1, new After(after.poi() + 1, after.registers()), ctrl));
            }
            return Monad.choice(c.atom(), body, Monad.unit(at));
        });
    }

    private Monad<After> writeRegister(String r, Val v, After at) {
        return Monad.act(new Action.RegisterWrite(r, v.atom()), new After(at.poi(), at.registers().with(r, v.taint())));
    }

    /** The location of a store: a bare *loc, or __store{a}(*l, v) whose l is the address. */
    private Monad<Val> storeLocation(Code.StoreMem m, Ctx ctx) {
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
    private Monad<Val> condition(Exp e, Ctx ctx) {
        if (e instanceof Code.Binary b && b.op().isComparison()) {
            return expr(e, ctx);
        }
        return expr(new Code.Binary(e.origin(), Op.NE, e, new Code.Const(e.origin(), 0)), ctx);
    }

    private Monad<Val> expr(Exp e, Ctx ctx) {
        if (e instanceof Code.Const c) {
            return Monad.unit(Val.of(c.value()));
        }
        if (e instanceof Code.LoadReg r) {
            return c -> {
                Atom.Var v = counters.freshVar();
                return List.of(new Monad.Elt<>(new Val(v, ctx.registers().taintOf(r.register())), Chain.empty(),
                        Chain.of(new Action.RegisterRead(v.id(), r.register()))));
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
            Annotation a = Annotation.of(m.annotation());
            return expr(address, ctx).bind(l -> read(m.origin(), l, a, false, ctx.ctrl()));
        }
        if (e instanceof Code.Binary b) {
            return expr(b.left(), ctx).par(expr(b.right(), ctx), (x, y) -> new Val[] {x, y})
                    .bind(xy -> op(b.op(), xy[0], xy[1]));
        }
        if (e instanceof Code.Exchange x) {
            return exchange(x, ctx);
        }
        if (e instanceof Code.CmpExchange x) {
            return cmpxchg(x, ctx);
        }
        if (e instanceof Code.AtomicOpReturn a) {
            if (a.annotation().equals("mb")) {
                return fence(a.origin(), FenceKind.MB).bind(u ->
                        atomicOp(a.origin(), a.location(), a.op(), a.operand(), a.fetch(), Annotation.ONCE,
                                Annotation.ONCE, ctx))
                        .bind(v -> fence(a.origin(), FenceKind.MB).yielding(v));
            }
            return atomicOp(a.origin(), a.location(), a.op(), a.operand(), a.fetch(),
                    a.annotation().equals("acquire") ? Annotation.ACQUIRE : Annotation.ONCE,
                    a.annotation().equals("release") ? Annotation.RELEASE : Annotation.ONCE, ctx);
        }
        if (e instanceof Code.AtomicAddUnless u) {
            return addUnless(u, ctx);
        }
        if (e instanceof Code.SrcuLock s) {
            long cookie = (proc + 1) * 307L + ctx.poi() * 599L;
            return expr(s.location(), ctx).bind(l -> event(s.origin(), Kind.SRCU_LOCK, l, Val.of(cookie), ctx.ctrl()))
                    .yielding(Val.of(cookie));
        }
        if (e instanceof Code.TryLock t) {
            return expr(t.location(), ctx).bind(l -> Monad.alt(
                    lock(t.origin(), l, ctx.ctrl()).yielding(Val.of(1)),
                    event(t.origin(), Kind.LOCK_FAIL, l, Val.of(1), ctx.ctrl()).yielding(Val.of(0))));
        }
        Code.IsLocked i = (Code.IsLocked) e;
        return expr(i.location(), ctx).bind(l -> Monad.alt(
                event(i.origin(), Kind.READ_LOCKED, l, Val.of(1), ctx.ctrl()).yielding(Val.of(1)),
                event(i.origin(), Kind.READ_UNLOCKED, l, Val.of(0), ctx.ctrl()).yielding(Val.of(0))));
    }

    /** M.op: a constant when herd can compute it, else a fresh unknown and its equation. */
    private Monad<Val> op(Op op, Val x, Val y) {
        BitSet taint = union(x.taint(), y.taint());
        try {
            return Monad.unit(new Val(Arithmetic.apply(op, x.atom(), y.atom()), taint));
        } catch (Arithmetic.Undetermined | Arithmetic.Failure delayed) {
            return c -> {
                Atom.Var v = counters.freshVar();
                return List.of(new Monad.Elt<>(new Val(v, taint),
                        Chain.of(Equation.assign(v, new Expr.Binop(op, x.atom(), y.atom()))), Chain.empty()));
            };
        }
    }

    /** xchg: location, then value; read and write as an RMW, between fences when fully ordered. */
    private Monad<Val> exchange(Code.Exchange x, Ctx ctx) {
        Annotation read = x.annotation().equals("acquire") ? Annotation.ACQUIRE : Annotation.ONCE;
        Annotation write = x.annotation().equals("release") ? Annotation.RELEASE : Annotation.ONCE;
        Monad<Val> exch = expr(x.location(), ctx).par(expr(x.value(), ctx), (l, v) -> new Val[] {l, v})
                .bind(lv -> rmw(x.origin(), lv[0], read, write, old -> Monad.unit(lv[1]), true, ctx.ctrl()));
        return x.annotation().equals("mb") ? fenced(x.origin(), exch) : exch;
    }

    private Monad<Val> fenced(Origin o, Monad<Val> m) {
        return fence(o, FenceKind.MB).bind(u -> m).bind(v -> fence(o, FenceKind.MB).yielding(v));
    }

    /**
     * cmpxchg: success (the read took the expected value; the write stores the desired one) or
     * failure (a lone once-read of another value), in that order.
     */
    private Monad<Val> cmpxchg(Code.CmpExchange x, Ctx ctx) {
        Annotation read = x.annotation().equals("acquire") ? Annotation.ACQUIRE : Annotation.ONCE;
        Annotation write = x.annotation().equals("release") ? Annotation.RELEASE : Annotation.ONCE;
        Monad<Val> ok = expr(x.location(), ctx).par(expr(x.expected(), ctx), (l, o) -> new Val[] {l, o})
                .par(expr(x.desired(), ctx), (lo, n) -> new Val[] {lo[0], lo[1], n})
                .bind(lon -> rmw(x.origin(), lon[0], read, write, old -> Monad.unit(lon[2]), true, ctx.ctrl())
                        .bind(old -> Monad.assume(Equation.assign(lon[1].atom(), old.atom()), old)));
        Monad<Val> no = expr(x.location(), ctx).par(expr(x.expected(), ctx), (l, o) -> new Val[] {l, o})
                .bind(lo -> read(x.origin(), lo[0], Annotation.ONCE, true, ctx.ctrl())
                        .bind(old -> differ(lo[1], old).yielding(old)));
        return Monad.alt(x.annotation().equals("mb") ? fenced(x.origin(), ok) : ok, no);
    }

    /** neqT: (a == b) := 0. */
    private Monad<Val> differ(Val a, Val b) {
        return op(Op.EQ, a, b).bind(eq -> Monad.assume(Equation.assign(eq.atom(), Atom.of(0)), eq));
    }

    /** build_atomic_op: operand, then location and read; the write stores old op operand. */
    private Monad<Val> atomicOp(Origin o, Exp location, Op op, Exp operand, boolean fetch, Annotation read,
                                Annotation write, Ctx ctx) {
        return expr(operand, ctx).par(expr(location, ctx), (v, l) -> new Val[] {v, l})
                .bind(vl -> rmw(o, vl[1], read, write, old -> op(op, old, vl[0]), fetch, ctx.ctrl()));
    }

    /** atomic_add_unless (herd's legacy built-in): adds unless the value is the limit; returns 1 or 0. */
    private Monad<Val> addUnless(Code.AtomicAddUnless u, Ctx ctx) {
        Monad<Val> ok = expr(u.location(), ctx).par(expr(u.addend(), ctx), (l, a) -> new Val[] {l, a})
                .par(expr(u.limit(), ctx), (la, lim) -> new Val[] {la[0], la[1], lim})
                .bind(lal -> rmw(u.origin(), lal[0], Annotation.ONCE, Annotation.ONCE, old -> op(Op.ADD, old, lal[1]),
                        true, ctx.ctrl()).bind(old -> differ(old, lal[2])));
        Monad<Val> no = expr(u.location(), ctx).par(expr(u.limit(), ctx), (l, lim) -> new Val[] {l, lim})
                .bind(ll -> read(u.origin(), ll[0], Annotation.ONCE, true, ctx.ctrl())
                        .bind(old -> Monad.assume(Equation.assign(old.atom(), ll[1].atom()), old)));
        return Monad.alt(fenced(u.origin(), ok).yielding(Val.of(1)), no.yielding(Val.of(0)));
    }

    /**
     * An RMW's read, then its write of newValue(old), flagged atomic; yields the old value when
     * fetchOld, else the value written.
     */
    private Monad<Val> rmw(Origin o, Val location, Annotation read, Annotation write,
                           java.util.function.Function<Val, Monad<Val>> newValue, boolean fetchOld, BitSet ctrl) {
        return read(o, location, read, true, ctrl).bind(old -> newValue.apply(old).bind(w ->
                write(o, location, w, write, true, readEiid(old), ctrl).yielding(fetchOld ? old : w)));
    }

    // ---- events ----

    private Monad<Val> read(Origin o, Val location, Annotation a, boolean atomic, BitSet ctrl) {
        return c -> {
            Atom.Var v = counters.freshVar();
            int eiid = counters.freshEiid();
            BitSet self = new BitSet();
            self.set(eiid);
            Memory m = new Memory(eiid, Kind.READ, location.atom(), v, a, null, -1, atomic, location.taint(),
                    Val.NONE, ctrl, o);
            return List.of(new Monad.Elt<>(new Val(v, self), Chain.empty(), Chain.of(m)));
        };
    }

    private Monad<Val> write(Origin o, Val location, Val value, Annotation a, boolean atomic, int rmwRead,
                             BitSet ctrl) {
        return c -> {
            Memory m = new Memory(counters.freshEiid(), Kind.WRITE, location.atom(), value.atom(), a, null, rmwRead,
                    atomic,
                    location.taint(), value.taint(), ctrl, o);
            return List.of(new Monad.Elt<>(value, Chain.empty(), Chain.of(m)));
        };
    }

    /** A lock, SRCU or other non-memory event herd gives no value equations. */
    private Monad<Val> event(Origin o, Kind kind, Val location, Val value, BitSet ctrl) {
        return c -> {
            Memory m = new Memory(counters.freshEiid(), kind, location.atom(), value.atom(), Annotation.ONCE, null,
                    -1, false, location.taint(), value.taint(), ctrl, o);
            return List.of(new Monad.Elt<>(value, Chain.empty(), Chain.of(m)));
        };
    }

    /** linux_lock: the lock's read then its write, an RMW pair. */
    private Monad<Val> lock(Origin o, Val location, BitSet ctrl) {
        return c -> {
            int r = counters.freshEiid();
            Memory read = new Memory(r, Kind.LOCK_READ, location.atom(), Atom.of(0), Annotation.ACQUIRE, null, -1,
                    false, location.taint(), Val.NONE, ctrl, o);
            Memory write = new Memory(counters.freshEiid(), Kind.LOCK_WRITE, location.atom(), Atom.of(1),
                    Annotation.ONCE, null, r, false, location.taint(), Val.NONE, ctrl, o);
            return List.of(new Monad.Elt<>(Val.of(0), Chain.empty(), Chain.of((Action) read).then(Chain.of(write))));
        };
    }

    private Monad<Val> fence(Origin o, FenceKind kind) {
        return c -> {
            Memory m = new Memory(counters.freshEiid(), Kind.FENCE, Atom.of(0), Atom.of(0), Annotation.ONCE, kind, -1,
                    false, Val.NONE, Val.NONE, Val.NONE, o);
            return List.of(new Monad.Elt<>(Val.of(0), Chain.empty(), Chain.of(m)));
        };
    }

    private static int readEiid(Val old) {
        return old.taint().nextSetBit(0);
    }

    private static BitSet union(BitSet a, BitSet b) {
        if (b.isEmpty()) {
            return a;
        }
        BitSet u = (BitSet) a.clone();
        u.or(b);
        return u;
    }
}
