package org.lkmm.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lkmm.solver.Arithmetic;
import org.lkmm.solver.Atom;
import org.lkmm.solver.Expr;

/**
 * The values each location's reads may take: every value some write of some alternative can
 * store, whatever the branches its alternative assumed, computed to a least fixed point from
 * the initial values. Branch conditions are left out on purpose: herd7's equations find values
 * that justify themselves through a branch (crypto-control-data: x is 1 only on the path where
 * x is not 0), and a fixed point that respected them would miss those; the candidates that are
 * inconsistent are dropped later, when rf must match values.
 * <p>
 * Each value keeps its minimal derivations (Provenance): a read may not take a value whose every
 * derivation went through that read, since in one execution a value herd's equations determine
 * never depends on itself. That keeps atomic counters finite.
 */
final class CandidateValues {
    static final int MAX_DERIVATIONS = 200_000;

    private final Layout layout;
    private final List<Map<Long, Provenance>> values = new ArrayList<>();
    private final Sites sites = new Sites();
    private final Set<Long> strays;

    CandidateValues(Layout layout, long[] init, Set<Long> strays) {
        this.layout = layout;
        this.strays = strays;
        for (long v : init) {
            Map<Long, Provenance> m = new LinkedHashMap<>();
            m.put(v, Provenance.none());
            values.add(m);
        }
    }

    /** The fixed point over every alternative of every thread; each location's values, sorted. */
    List<Set<Long>> compute(List<List<SymbolicPath>> threads) {
        List<Definitions> all = new ArrayList<>();
        threads.forEach(t -> t.forEach(p -> all.add(new Definitions(p))));
        while (true) {
            boolean grew = false;
            for (Definitions d : all) {
                Map<Integer, Map<Long, Provenance>> memo = new HashMap<>();
                grew |= seedForcedReads(d);
                List<Action.Memory> events = d.path().events();
                for (int i = 0; i < events.size(); i++) {
                    Action.Memory w = events.get(i);
                    if (w.kind() != Kind.WRITE) {
                        continue;
                    }
                    Provenance site = Provenance.none().through(site(d, i));
                    Map<Long, Provenance> stored = values(d, w.value(), memo, true);
                    for (long address : values(d, w.location(), new HashMap<>(), false).keySet()) {
                        Optional<Integer> loc = location(address);
                        if (loc.isEmpty()) {
                            continue;
                        }
                        Map<Long, Provenance> at = values.get(loc.get());
                        for (var e : stored.entrySet()) {
                            Provenance p = e.getValue().join(site);
                            Provenance known = at.get(e.getKey());
                            Provenance merged = known == null ? p : known.merge(p);
                            if (merged != known) {
                                at.put(e.getKey(), merged);
                                grew = true;
                            }
                        }
                    }
                }
            }
            if (values.stream().flatMap(m -> m.values().stream()).mapToInt(Provenance::derivations).sum()
                    > MAX_DERIVATIONS) {
                throw new TooLargeException("more than " + MAX_DERIVATIONS
                        + " ways to derive the values reads may take; this test is beyond the checker's budget");
            }
            if (!grew) {
                break;
            }
        }
        List<Set<Long>> out = new ArrayList<>();
        values.forEach(m -> out.add(new TreeSet<>(m.keySet())));
        return out;
    }

    /**
     * A read its own equations force to a constant (cmpxchg's success, "expected = read", or
     * add_unless's failure, "read = limit", and the reads the register stage already replaced by
     * that constant) reads a write of that value: herd's equations find the writes that store it,
     * even one that stores a copy of a read, backwards (a cut loop read of 0 after cmpxchg(z, 0,
     * 1) when z is never written 0 otherwise). So the constant is among its location's values.
     */
    private boolean seedForcedReads(Definitions d) {
        boolean grew = false;
        for (Action.Memory m : d.path().events()) {
            if (m.kind() != Kind.READ) {
                continue;
            }
            Optional<Long> forced = m.value() instanceof Atom.Val v ? Optional.of(v.value())
                    : d.forced(((Atom.Var) m.value()).id());
            if (forced.isEmpty()) {
                continue;
            }
            for (long address : values(d, m.location(), new HashMap<>(), false).keySet()) {
                Optional<Integer> loc = location(address);
                if (loc.isPresent() && !values.get(loc.get()).containsKey(forced.get())) {
                    values.get(loc.get()).put(forced.get(), Provenance.none());
                    grew = true;
                }
            }
        }
        return grew;
    }

    private int site(Definitions d, int index) {
        Action.Memory m = d.path().events().get(index);
        return sites.id(d.path().thread(), index, m.origin().pos());
    }

    /** The location an address designates; an address next to a variable is noted for relayout. */
    private Optional<Integer> location(long address) {
        Optional<Integer> loc = layout.variableAt(address);
        if (loc.isEmpty() && layout.nearVariable(address)) {
            strays.add(address);
        }
        return loc;
    }

    /**
     * The values an atom may have with reads taking any of their location's values, each with
     * its derivations; with withProvenance false every value counts, whatever it came through
     * (for addresses, which herd's equations find from the location a read matched).
     */
    private Map<Long, Provenance> values(Definitions d, Atom a, Map<Integer, Map<Long, Provenance>> memo,
                                         boolean withProvenance) {
        if (a instanceof Atom.Val v) {
            return Map.of(v.value(), Provenance.none());
        }
        int var = ((Atom.Var) a).id();
        Map<Long, Provenance> known = memo.get(var);
        if (known != null) {
            return known;
        }
        memo.put(var, Map.of()); // an unknown defined through itself has no value this way
        Map<Long, Provenance> out = new HashMap<>();
        Optional<Integer> read = d.readOf(var);
        if (read.isPresent()) {
            Action.Memory r = d.path().events().get(read.get());
            int site = site(d, read.get());
            for (long address : values(d, r.location(), new HashMap<>(), false).keySet()) {
                Optional<Integer> loc = location(address);
                if (loc.isEmpty()) {
                    continue;
                }
                for (var e : values.get(loc.get()).entrySet()) {
                    if (!withProvenance) {
                        out.put(e.getKey(), Provenance.none());
                    } else if (e.getValue().avoids(site)) {
                        add(out, e.getKey(), e.getValue().through(site));
                    }
                }
            }
        }
        for (Expr def : d.definitions(var)) {
            if (def instanceof Expr.Of o) {
                values(d, o.atom(), memo, withProvenance).forEach((v, p) -> add(out, v, p));
            } else {
                Expr.Binop b = (Expr.Binop) def;
                Map<Long, Provenance> xs = values(d, b.left(), memo, withProvenance);
                Map<Long, Provenance> ys = values(d, b.right(), memo, withProvenance);
                for (var x : xs.entrySet()) {
                    for (var y : ys.entrySet()) {
                        try {
                            add(out, Arithmetic.apply(b.op(), x.getKey(), y.getKey()), x.getValue().join(y.getValue()));
                        } catch (Arithmetic.Failure f) {
                            // herd's error, raised only if an allowed execution computes it: a
                            // write of this value leaves poison, which a read may take
                            add(out, Arithmetic.POISON, x.getValue().join(y.getValue()));
                        }
                    }
                }
            }
        }
        memo.put(var, out);
        return out;
    }

    private static void add(Map<Long, Provenance> out, long v, Provenance p) {
        Provenance known = out.get(v);
        out.put(v, known == null ? p : known.merge(p));
    }
}
