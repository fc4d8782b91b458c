package org.lkmm.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.lkmm.ast.Expr;
import org.lkmm.ast.InitEntry;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Location;
import org.lkmm.ast.Param;
import org.lkmm.ast.Process;
import org.lkmm.ast.SourcePos;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.KernelTable;
import org.lkmm.solver.Solver;

/**
 * Lowers a parsed test to a Program the way herd7 builds its candidates: each process's code,
 * macros expanded, runs through herd's C semantics into alternatives with unknowns for read
 * values; each alternative goes through herd's register stage; then the values reads may take
 * are computed (CandidateValues) and each alternative's concrete runs listed (Concretization).
 */
public final class Lowering {
    /** How many times herd7 unrolls a C while loop (its -unroll default). */
    public static final int UNROLL = ThreadSemantics.UNROLL;

    /** herd7's words for an Unroll= line that is no integer, typo included. */
    public static final String BAD_UNROLL = "unroll exects an integer argument";

    private final KernelTable kernel;
    private final LkmmVersion version;
    private final OptionalInt unrollOption;

    public Lowering(KernelTable kernel) {
        this(kernel, LkmmVersion.V1);
    }

    public Lowering(KernelTable kernel, LkmmVersion version) {
        this(kernel, version, OptionalInt.empty());
    }

    /** With herd7's -unroll N, when given (a test's own Unroll= line still wins, as in herd7). */
    public Lowering(KernelTable kernel, LkmmVersion version, OptionalInt unrollOption) {
        this.kernel = kernel;
        this.version = version;
        this.unrollOption = unrollOption;
    }

    /**
     * How many times herd7 unrolls this test's loops (parseTest.ml): its Unroll= line, read as
     * OCaml's int_of_string reads it, else -unroll, else 2.
     */
    public static int unroll(LitmusTest test, OptionalInt option) throws InputError {
        if (test.unroll().isEmpty()) {
            return option.orElse(UNROLL);
        }
        String v = test.unroll().get().strip();
        try {
            return ocamlInt(v);
        } catch (NumberFormatException e) {
            throw new InputError(new org.lkmm.ast.SourcePos(test.pos().file(), 1, 1), BAD_UNROLL);
        }
    }

    /** OCaml's int_of_string: an optional sign, 0x/0o/0b prefixes, underscores between digits. */
    static int ocamlInt(String s) {
        String t = s;
        boolean negative = t.startsWith("-");
        if (negative || t.startsWith("+")) {
            t = t.substring(1);
        }
        int radix = 10;
        if (t.length() > 2 && t.charAt(0) == '0' && "xXoObBuU".indexOf(t.charAt(1)) >= 0) {
            char p = Character.toLowerCase(t.charAt(1));
            radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
            t = t.substring(2);
        }
        if (t.isEmpty() || t.startsWith("_")) {
            throw new NumberFormatException(s);
        }
        long v = Long.parseLong(t.replace("_", ""), radix);
        v = negative ? -v : v;
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new NumberFormatException(s);
        }
        return (int) v;
    }

    public Program lower(LitmusTest test) throws InputError {
        int unroll = unroll(test, unrollOption);
        List<String> warnings = new Validation(test).check();
        Layout layout = layout(test);
        List<Process> processes = new ArrayList<>(test.processes());
        processes.sort((a, b) -> Integer.compare(a.id(), b.id()));
        long[] init = initialValues(test, layout);
        Map<Integer, Map<String, Long>> initRegs = initialRegisters(test, layout);
        Solver solver = new Solver(layout.herdOrder());
        Monad.Counters counters = new Monad.Counters();
        Expansion expansion = new Expansion(kernel);
        List<List<SymbolicPath>> symbolic = new ArrayList<>();
        for (Process p : processes) {
            List<Code.Stmt> code = expansion.thread(p);
            Map<String, Long> regs = new HashMap<>(initRegs.getOrDefault(p.id(), Map.of()));
            for (Param param : p.params()) {
                regs.put(param.name(), layout.address(layout.index().get(param.name())));
            }
            RegisterStage stage = new RegisterStage(solver, counters.origins());
            List<SymbolicPath> paths = new ArrayList<>();
            List<Monad.Elt<ThreadSemantics.After>> alternatives;
            try {
                alternatives = new ThreadSemantics(p.id(), counters, version == LkmmVersion.V1, unroll).run(code);
            } catch (HerdAssertion e) {
                throw new InputError(e.origin().pos(), e.getMessage());
            }
            for (int a = 0; a < alternatives.size(); a++) {
                stage.solve(p.id(), a, alternatives.get(a), regs).ifPresent(paths::add);
            }
            symbolic.add(paths);
        }
        Optional<InputError> noInitialWrite = new NoInitialWrite(symbolic).refusal();
        if (noInitialWrite.isPresent()) {
            throw noInitialWrite.get(); // herd7 checks it before solving memory: whether runs reach the load or not
        }
        Map<Long, SourcePos> locksAtIntegers = new LinkedHashMap<>(); // met in an earlier pass, before relayout
        while (true) {
            Set<Long> strays = new LinkedHashSet<>();
            long[] values = initialValues(test, layout);
            List<Set<Long>> candidates = new CandidateValues(layout, values, strays).compute(symbolic);
            Concretization concrete = new Concretization(layout, candidates, strays, observedRegisters(test),
                    counters.origins());
            List<List<ThreadPath>> threads = new ArrayList<>();
            List<List<ThreadPath>> cutOff = new ArrayList<>();
            for (List<SymbolicPath> paths : symbolic) {
                List<ThreadPath> runs = new ArrayList<>();
                List<ThreadPath> cut = new ArrayList<>();
                for (SymbolicPath p : paths) {
                    (p.cutOff() ? cut : runs).addAll(concrete.paths(p));
                }
                threads.add(runs);
                cutOff.add(cut);
            }
            if (concrete.badAccess().isPresent()) {
                throw concrete.badAccess().get();
            }
            concrete.locksAtIntegers().forEach(locksAtIntegers::putIfAbsent);
            if (strays.isEmpty()) {
                List<String> all = new ArrayList<>(warnings);
                locksAtIntegers.forEach((address, pos) -> all.add(pos + ": warning: this lock is at address "
                        + address + " (a name that is no parameter is a register, 0 unless assigned);"
                        + " herd7 takes it as a lock"));
                return new Program(test, layout, values, threads, processes.stream().map(Process::id).toList(),
                        cutOff, List.copyOf(all));
            }
            layout = layout.withDerived(new ArrayList<>(strays));
        }
    }

    /** Per process number, the registers the test's condition, filter and locations name. */
    private static Map<Integer, Set<String>> observedRegisters(LitmusTest test) {
        Map<Integer, Set<String>> out = new HashMap<>();
        for (Location l : Validation.observedLocations(test)) {
            if (l instanceof Location.Register r) {
                out.computeIfAbsent(r.process(), k -> new HashSet<>()).add(r.name());
            }
        }
        return out;
    }

    static Layout layout(LitmusTest test) {
        LinkedHashMap<String, Integer> index = declared(test);
        // herd7 gives a variable that only the final condition names its initial value, 0
        for (Location l : Validation.observedLocations(test)) {
            if (l instanceof Location.Memory m) {
                index.putIfAbsent(m.name(), index.size());
            }
        }
        return new Layout(List.copyOf(index.keySet()), Map.copyOf(index));
    }

    /** The variables the test declares, in layout order: the init block's, the parameters, what the init block points to. */
    static LinkedHashMap<String, Integer> declared(LitmusTest test) {
        LinkedHashMap<String, Integer> index = new LinkedHashMap<>();
        for (InitEntry e : test.init()) {
            if (!e.isRegister()) {
                index.putIfAbsent(e.name(), index.size());
            }
        }
        for (Process p : test.processes()) {
            for (Param param : p.params()) {
                index.putIfAbsent(param.name(), index.size());
            }
        }
        // "x = y" in the init block stores y's address, and y need not be declared elsewhere
        for (InitEntry e : test.init()) {
            e.value().flatMap(Lowering::pointee).ifPresent(name -> index.putIfAbsent(name, index.size()));
        }
        return index;
    }

    private static Optional<String> pointee(Expr value) {
        if (value instanceof Expr.Name n) {
            return Optional.of(n.name());
        }
        if (value instanceof Expr.AddressOf a && a.operand() instanceof Expr.Name n) {
            return Optional.of(n.name());
        }
        return value instanceof Expr.Cast c ? pointee(c.operand()) : Optional.empty();
    }

    private static long[] initialValues(LitmusTest test, Layout layout) throws InputError {
        long[] init = new long[layout.size()];
        for (InitEntry e : test.init()) {
            if (e.type().filter(t -> t.contains("spinlock_t")).isPresent()) {
                throw new InputError(e.pos(), "herd7 cannot size type spinlock_t in the init block;"
                        + " declare the lock as a process parameter only");
            }
            if (!e.isRegister() && e.value().isPresent()) {
                init[layout.index().get(e.name())] = constant(e.value().get(), layout);
            }
        }
        return init;
    }

    private static Map<Integer, Map<String, Long>> initialRegisters(LitmusTest test, Layout layout)
            throws InputError {
        Map<Integer, Map<String, Long>> regs = new HashMap<>();
        for (InitEntry e : test.init()) {
            if (e.isRegister()) {
                long v = e.value().isPresent() ? constant(e.value().get(), layout) : 0;
                regs.computeIfAbsent(e.process(), k -> new HashMap<>()).put(e.name(), v);
            }
        }
        return regs;
    }

    /** Init values: integers, names (which denote addresses, as in herd7), &x, ATOMIC_INIT(n). */
    private static long constant(Expr e, Layout layout) throws InputError {
        if (e instanceof Expr.IntLit i) {
            return i.value();
        }
        if (e instanceof Expr.Unary u && u.op().equals("-")) {
            return -constant(u.operand(), layout);
        }
        if (e instanceof Expr.Name n) {
            return address(n, layout);
        }
        if (e instanceof Expr.AddressOf a && a.operand() instanceof Expr.Name n) {
            return address(n, layout);
        }
        if (e instanceof Expr.Cast c) {
            return constant(c.operand(), layout);
        }
        if (e instanceof Expr.Call c && c.args().size() == 1 && c.name().endsWith("_INIT")) {
            return constant(c.args().get(0), layout);
        }
        throw new InputError(e.pos(), "unsupported initial value");
    }

    private static long address(Expr.Name n, Layout layout) throws InputError {
        Integer i = layout.index().get(n.name());
        if (i == null) {
            throw new InputError(n.pos(), "undeclared variable '" + n.name() + "'");
        }
        return layout.address(i);
    }
}
