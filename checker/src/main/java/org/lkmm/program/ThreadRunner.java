package org.lkmm.program;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkmm.ast.Expr;
import org.lkmm.ast.Process;
import org.lkmm.ast.SourcePos;
import org.lkmm.ast.Stmt;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.KernelTable;
import org.lkmm.kernel.Primitive;
import org.lkmm.kernel.Role;

/**
 * Runs one process body with concrete values, the way herd7's C semantics builds its events.
 * Every read takes one of the candidate values of its location; the caller enumerates the
 * choices with a {@link Chooser} and later keeps only those some write can justify.
 */
final class ThreadRunner {
    /** herd7 unrolls C while loops twice and cuts the executions that need more. */
    static final int UNROLL = 2;

    private final Process process;
    private final Layout layout;
    private final KernelTable kernel;
    private final Map<String, Long> initialRegisters;
    private final Candidates candidates;
    private final Chooser chooser;
    private final Sites sites;
    private final Set<Long> strayAddresses;
    private final java.util.Set<String> knownRegisters;

    private final List<Event> events = new ArrayList<>();
    private final Map<String, Tainted> registers = new HashMap<>();
    private BitSet ctrl = new BitSet();
    private boolean atomic;
    private final BitSet pinned = new BitSet();
    /** The value each expression last evaluated to, for pin(); identity, as ASTs are records. */
    private final Map<Expr, Tainted> lastValue = new java.util.IdentityHashMap<>();
    private final Map<Integer, Provenance> provenance = new HashMap<>();
    private final List<Written> written = new ArrayList<>();

    /** A value written to a location, with its provenance. */
    record Written(int location, Candidates.Sourced value) {}

    ThreadRunner(Process process, Layout layout, KernelTable kernel, Map<String, Long> initialRegisters,
                 Candidates candidates, Chooser chooser, Sites sites, Set<Long> strayAddresses) {
        this.sites = sites;
        this.strayAddresses = strayAddresses;
        this.process = process;
        this.layout = layout;
        this.kernel = kernel;
        this.initialRegisters = initialRegisters;
        this.candidates = candidates;
        this.chooser = chooser;
        this.knownRegisters = Validation.registersOf(process);
    }

    /**
     * Runs the current choices. The path is empty when it was cut (past the loop bound, or a
     * pointer that designates no variable); the events emitted until then are still reported,
     * since their values feed the candidate values of reads.
     */
    Optional<ThreadPath> run() throws InputError {
        initialRegisters.forEach((r, v) -> registers.put(r, Tainted.constant(v)));
        try {
            for (Stmt s : process.body()) {
                exec(s);
            }
        } catch (CutPath e) {
            return Optional.empty();
        }
        Map<String, Long> finals = new HashMap<>();
        Map<String, BitSet> deps = new HashMap<>();
        registers.forEach((r, t) -> {
            finals.put(r, t.value());
            deps.put(r, t.deps());
        });
        return Optional.of(new ThreadPath(process.id(), List.copyOf(events), finals, deps, pinned));
    }

    /** Values written by the last run, complete or cut. */
    List<Written> written() {
        return written;
    }

    private static final class CutPath extends RuntimeException {
        CutPath() {
            super(null, null, false, false);
        }
    }

    private void exec(Stmt s) throws InputError {
        if (s instanceof Stmt.Declare d) {
            if (d.init().isPresent()) {
                registers.put(d.name(), eval(d.init().get()));
            } else {
                // herd7: a declaration alone keeps a value the init block gave the register
                registers.putIfAbsent(d.name(), Tainted.constant(0));
            }
        } else if (s instanceof Stmt.Assign a) {
            registers.put(a.register(), eval(a.value()));
        } else if (s instanceof Stmt.Store st) {
            Tainted address = eval(st.target());
            Tainted value = eval(st.value());
            emit(Kind.WRITE, location(address), value.value(), Annotation.PLAIN, null, -1,
                    address.deps(), value.deps(), st.pos(), "*");
        } else if (s instanceof Stmt.Eval e) {
            eval(e.expr());
        } else if (s instanceof Stmt.If i) {
            Tainted c = eval(i.condition());
            if (c.value() != 0) {
                pin(i.condition());
            }
            withCtrl(c.deps(), c.value() != 0 ? Optional.of(i.then()) : i.otherwise());
        } else if (s instanceof Stmt.While w) {
            loop(w, 0);
        } else {
            for (Stmt inner : ((Stmt.Block) s).body()) {
                exec(inner);
            }
        }
    }

    /**
     * A taken test "r == constant" fixes the value of the one read r was copied from; herd7's
     * equations use that to determine values that would otherwise be circular.
     */
    private void pin(Expr condition) {
        if (condition instanceof Expr.Binary b && b.op().equals("==")) {
            Expr other = b.right() instanceof Expr.IntLit ? b.left() : b.left() instanceof Expr.IntLit ? b.right() : null;
            if (other != null) {
                Tainted v = lastValue.get(other);
                if (v != null && v.deps().cardinality() == 1) {
                    int read = v.deps().nextSetBit(0);
                    if (events.get(read).value() == v.value()) {
                        pinned.set(read);
                    }
                }
            }
        }
    }

    private void loop(Stmt.While w, int iteration) throws InputError {
        Tainted c = eval(w.condition());
        if (c.value() == 0) {
            return;
        }
        if (iteration >= UNROLL) {
            throw new CutPath();
        }
        BitSet saved = ctrl;
        ctrl = union(ctrl, c.deps());
        exec(w.body());
        loop(w, iteration + 1);
        ctrl = saved;
    }

    private void withCtrl(BitSet deps, Optional<Stmt> branch) throws InputError {
        BitSet saved = ctrl;
        ctrl = union(ctrl, deps);
        if (branch.isPresent()) {
            exec(branch.get());
        }
        ctrl = saved;
    }

    private static BitSet union(BitSet a, BitSet b) {
        BitSet u = (BitSet) a.clone();
        u.or(b);
        return u;
    }

    Tainted eval(Expr e) throws InputError {
        Tainted v = evaluate(e);
        lastValue.put(e, v);
        return v;
    }

    private Tainted evaluate(Expr e) throws InputError {
        if (e instanceof Expr.IntLit i) {
            return Tainted.constant(i.value());
        }
        if (e instanceof Expr.Name n) {
            return name(n);
        }
        if (e instanceof Expr.Deref d) {
            Tainted address = eval(d.pointer());
            return read(location(address), Annotation.PLAIN, address.deps(), d.pos(), "*");
        }
        if (e instanceof Expr.AddressOf a) {
            return addressOf(a);
        }
        if (e instanceof Expr.Cast c) {
            return eval(c.operand());
        }
        if (e instanceof Expr.Unary u) {
            return unary(u);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Call c) {
            return new Primitives(this).call(c, primitive(c));
        }
        throw new InputError(e.pos(), "arrays are not supported (herd7's C has none)");
    }

    private Primitive primitive(Expr.Call c) throws InputError {
        Primitive p = kernel.lookup(c.name()).orElseThrow(() ->
                new InputError(c.pos(), "unknown primitive '" + c.name() + "'"));
        if (p.arity() != c.args().size()) {
            throw new InputError(c.pos(), "'" + c.name() + "' takes " + p.arity() + " argument"
                    + (p.arity() == 1 ? "" : "s") + ", not " + c.args().size());
        }
        return p;
    }

    private Tainted name(Expr.Name n) throws InputError {
        Tainted r = registers.get(n.name());
        if (r != null) {
            return r;
        }
        Integer variable = layout.index().get(n.name());
        if (variable != null) {
            return Tainted.constant(layout.address(variable));
        }
        if (knownRegisters.contains(n.name())) {
            return Tainted.constant(0); // read before any assignment on this path: herd7 gives 0
        }
        throw new InputError(n.pos(), "undeclared register or variable '" + n.name() + "'");
    }

    private Tainted addressOf(Expr.AddressOf a) throws InputError {
        if (a.operand() instanceof Expr.Deref d) {
            return eval(d.pointer());
        }
        if (a.operand() instanceof Expr.Name n && layout.index().containsKey(n.name())) {
            return Tainted.constant(layout.address(layout.index().get(n.name())));
        }
        throw new InputError(a.pos(), "cannot take the address of this expression");
    }

    private Tainted unary(Expr.Unary u) throws InputError {
        Tainted v = eval(u.operand());
        long r = switch (u.op()) {
            case "-" -> -v.value();
            case "!" -> v.value() == 0 ? 1 : 0;
            case "~" -> ~v.value();
            default -> throw new InputError(u.pos(), "unsupported operator '" + u.op() + "'");
        };
        return new Tainted(r, v.deps());
    }

    private Tainted binary(Expr.Binary b) throws InputError {
        if (b.op().equals("&&") || b.op().equals("||")) {
            throw new InputError(b.pos(), "operator '" + b.op() + "' is not part of herd7's C; use nested if");
        }
        Tainted l = eval(b.left());
        Tainted r = eval(b.right());
        long x = l.value();
        long y = r.value();
        long v = switch (b.op()) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> y == 0 ? 0 : x / y;
            case "%" -> y == 0 ? 0 : x % y;
            case "&" -> x & y;
            case "|" -> x | y;
            case "^" -> x ^ y;
            case "<<" -> x << y;
            case ">>" -> x >> y;
            case "==" -> x == y ? 1 : 0;
            case "!=" -> x != y ? 1 : 0;
            case "<" -> x < y ? 1 : 0;
            case "<=" -> x <= y ? 1 : 0;
            case ">" -> x > y ? 1 : 0;
            case ">=" -> x >= y ? 1 : 0;
            default -> throw new InputError(b.pos(), "unsupported operator '" + b.op() + "'");
        };
        return l.with(v, r);
    }

    /**
     * The location a pointer value designates. A path that dereferences anything else is cut;
     * an address next to a variable is remembered, and lowering runs again with it as a location.
     */
    int location(Tainted address) {
        Optional<Integer> loc = layout.variableAt(address.value());
        if (loc.isEmpty() && layout.nearVariable(address.value())) {
            strayAddresses.add(address.value());
        }
        return loc.orElseThrow(CutPath::new);
    }

    /** Address of an access argument: lvalues name their own address, pointers hold it. */
    Tainted accessAddress(Expr arg, Role role, Expr.Call call) throws InputError {
        if (role == Role.LV) {
            if (arg instanceof Expr.Deref d) {
                return eval(d.pointer());
            }
            throw new InputError(arg.pos(), "'" + call.name() + "' needs an lvalue such as *x here");
        }
        return eval(arg);
    }

    Tainted read(int location, Annotation annotation, BitSet addr, SourcePos pos, String primitive) {
        return emitRead(location, chooseValue(location, pos), annotation, addr, pos, primitive);
    }

    /** Emits a read of an already chosen value; the value it returns depends on that read. */
    Tainted emitRead(int location, Candidates.Sourced chosen, Annotation annotation, BitSet addr, SourcePos pos,
                     String primitive) {
        int po = emit(Kind.READ, location, chosen.value(), annotation, null, -1, addr, new BitSet(), pos, primitive);
        provenance.put(po, chosen.provenance());
        BitSet self = new BitSet();
        self.set(po);
        return new Tainted(chosen.value(), self);
    }

    int choose(int options) {
        return chooser.choose(options);
    }

    /**
     * Picks the value of a read about to be emitted at pos, among those with a derivation that
     * does not go through this very read; the returned provenance keeps those derivations, each
     * extended by the read itself.
     */
    Candidates.Sourced chooseValue(int location, SourcePos pos) {
        int self = sites.id(process.id(), events.size(), pos);
        List<Candidates.Sourced> options = new ArrayList<>();
        for (Candidates.Sourced c : candidates.of(location)) {
            if (c.provenance().avoids(self)) {
                options.add(c);
            }
        }
        if (options.isEmpty()) {
            throw new CutPath();
        }
        Candidates.Sourced chosen = options.get(chooser.choose(options.size()));
        return new Candidates.Sourced(chosen.value(), chosen.provenance().through(self));
    }

    int emit(Kind kind, int location, long value, Annotation annotation, FenceKind fence, int rmwRead,
             BitSet addr, BitSet data, SourcePos pos, String primitive) {
        int po = events.size();
        boolean atomicAccess = atomic && (kind == Kind.READ || kind == Kind.WRITE);
        if (kind == Kind.WRITE) {
            Provenance from = Provenance.none().through(sites.id(process.id(), po, pos));
            for (int r = data.nextSetBit(0); r >= 0; r = data.nextSetBit(r + 1)) {
                Provenance p = provenance.get(r);
                if (p != null) {
                    from = from.join(p);
                }
            }
            written.add(new Written(location, new Candidates.Sourced(value, from)));
        }
        events.add(new Event(process.id(), po, kind, location, value, annotation, fence, rmwRead,
                atomicAccess, addr, data, (BitSet) ctrl.clone(), pos, primitive));
        return po;
    }

    /** Marks the accesses emitted from now on as parts of an atomic RMW primitive, or not. */
    boolean atomic(boolean on) {
        boolean before = atomic;
        atomic = on;
        return before;
    }

    int nextPoIndex() {
        return events.size();
    }

    int threadId() {
        return process.id();
    }
}
