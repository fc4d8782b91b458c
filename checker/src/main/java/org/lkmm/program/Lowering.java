package org.lkmm.program;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import org.lkmm.ast.Expr;
import org.lkmm.ast.InitEntry;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Param;
import org.lkmm.ast.Process;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.KernelTable;

/** Lowers a parsed test to a Program: layout, initial state and all thread paths. */
public final class Lowering {
    /** Memory budgets: derivations of values and runs of one process grow exponentially on large loops. */
    static final int MAX_DERIVATIONS = 200_000;
    static final long MAX_RUNS = 200_000;

    private final KernelTable kernel;
    private final Sites sites = new Sites();

    public Lowering(KernelTable kernel) {
        this.kernel = kernel;
    }

    public Program lower(LitmusTest test) throws InputError {
        new Validation(test).check();
        Layout layout = layout(test);
        while (true) {
            Set<Long> strays = new LinkedHashSet<>();
            Program program = lower(test, layout, strays);
            if (strays.isEmpty()) {
                return program;
            }
            layout = layout.withDerived(new ArrayList<>(strays));
        }
    }

    private Program lower(LitmusTest test, Layout layout, Set<Long> strays) throws InputError {
        long[] init = initialValues(test, layout);
        List<Process> processes = new ArrayList<>(test.processes());
        processes.sort((a, b) -> Integer.compare(a.id(), b.id()));
        Map<Integer, Map<String, Long>> initRegs = initialRegisters(test, layout);

        List<List<Candidates.Sourced>> distinct = candidateValues(processes, layout, init, initRegs, strays);
        List<List<ThreadPath>> threads = new ArrayList<>();
        for (Process p : processes) {
            threads.add(paths(p, layout, initRegs.getOrDefault(p.id(), Map.of()), distinct::get, new ArrayList<>(),
                    strays, true));
        }
        return new Program(test, layout, init, threads, processes.stream().map(Process::id).toList());
    }

    /**
     * The values each location's reads may take: a least fixed point of what writes can produce,
     * each value once. The branch-test constants are offered too (see BranchConstants).
     */
    private List<List<Candidates.Sourced>> candidateValues(List<Process> processes, Layout layout, long[] init,
            Map<Integer, Map<String, Long>> initRegs, Set<Long> strays) throws InputError {
        List<Map<Long, Provenance>> values = new ArrayList<>();
        Set<Long> tested = BranchConstants.of(processes);
        for (long v : init) {
            Map<Long, Provenance> s = new LinkedHashMap<>();
            s.put(v, Provenance.none());
            tested.forEach(c -> s.put(c, Provenance.none()));
            values.add(s);
        }
        // Least fixed point of the values writes can produce, each value once with its minimal
        // derivations. It terminates: a derivation never passes a site twice (a read rejects
        // values whose every derivation went through it), so there are finitely many; a long
        // chain needs one round per link.
        while (true) {
            List<List<Candidates.Sourced>> frozen = values.stream().map(m -> m.entrySet().stream()
                    .map(e -> new Candidates.Sourced(e.getKey(), e.getValue())).toList()).toList();
            Set<ThreadRunner.Written> written = new LinkedHashSet<>();
            for (Process p : processes) {
                paths(p, layout, initRegs.getOrDefault(p.id(), Map.of()), frozen::get, written, strays, false);
            }
            boolean grew = false;
            for (ThreadRunner.Written w : written) {
                Map<Long, Provenance> at = values.get(w.location());
                Provenance known = at.get(w.value().value());
                Provenance merged = known == null ? w.value().provenance() : known.merge(w.value().provenance());
                if (merged != known) {
                    at.put(w.value().value(), merged);
                    grew = true;
                }
            }
            if (values.stream().flatMap(m -> m.values().stream()).mapToInt(Provenance::derivations).sum() > MAX_DERIVATIONS) {
                throw new TooLargeException("more than " + MAX_DERIVATIONS
                        + " ways to derive the values reads may take; this test is beyond the checker's budget");
            }
            if (!grew) {
                break;
            }
        }
        // The paths themselves need each value once, whatever made it.
        List<List<Candidates.Sourced>> distinct = new ArrayList<>();
        for (Map<Long, Provenance> m : values) {
            distinct.add(new TreeSet<>(m.keySet()).stream().map(v -> new Candidates.Sourced(v, Provenance.none())).toList());
        }
        return distinct;
    }

    /** All complete paths of a process (none kept when written is all the caller wants). */
    private List<ThreadPath> paths(Process p, Layout layout, Map<String, Long> regs, Candidates candidates,
                                   Collection<ThreadRunner.Written> written, Set<Long> strays, boolean keep)
            throws InputError {
        List<ThreadPath> paths = new ArrayList<>();
        Chooser chooser = new Chooser();
        long runs = 0;
        do {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            if (++runs > MAX_RUNS) {
                throw new TooLargeException("P" + p.id() + " has more than " + MAX_RUNS
                        + " ways to run; this test is beyond the checker's budget");
            }
            ThreadRunner runner = new ThreadRunner(p, layout, kernel, regs, candidates, chooser, sites, strays);
            Optional<ThreadPath> path = runner.run();
            if (keep) {
                path.ifPresent(paths::add);
            }
            written.addAll(runner.written());
        } while (chooser.advance());
        return paths;
    }

    static Layout layout(LitmusTest test) {
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
        return new Layout(List.copyOf(index.keySet()), Map.copyOf(index));
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
