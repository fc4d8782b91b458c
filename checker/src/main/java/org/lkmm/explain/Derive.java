package org.lkmm.explain;

import java.util.ArrayList;
import java.util.List;
import org.lkmm.model.CatRelations;
import org.lkmm.model.Execution;
import org.lkmm.program.Event;
import org.lkmm.program.FenceKind;
import org.lkmm.program.Kind;
import org.lkmm.program.Layout;
import org.lkmm.relation.Relation;

/**
 * Derivations of edges of linux-kernel.cat's relations on one execution, one method per cat
 * definition as org.lkmm.model has them: which disjunct holds an edge, and through which events
 * a sequence goes. Every step is checked against the model's own relation of that name
 * (CatRelations), so a derivation never claims an edge the model does not have; where none of
 * the disjuncts this class knows holds it, the edge keeps its name with no further reason.
 */
final class Derive {
    private final CatRelations cat;
    private final List<Event> ev;
    private final Words words;
    private final Reasons reasons;

    Derive(Execution x, Layout layout, org.lkmm.model.Generation generation) {
        this.cat = CatRelations.of(x, generation);
        this.ev = x.events();
        this.words = new Words(layout);
        this.reasons = new Reasons(words, ev);
    }

    private boolean in(String name, int a, int b) {
        return cat.get(name).contains(a, b);
    }

    /** An edge of the named relation, derived as far as this class knows its definition. */
    Step edge(String name, int a, int b) {
        Step s = switch (name) {
            case "hb" -> hb(a, b);
            case "pb" -> pb(a, b);
            case "rb" -> rb(a, b);
            case "ppo" -> ppo(a, b);
            case "prop" -> prop(a, b);
            default -> null;
        };
        return s != null ? s : Step.leaf(a, b, name, "");
    }

    /** let hb = [Marked] ; (ppo | rfe | ((prop \ id) & int)) ; [Marked] */
    Step hb(int a, int b) {
        if (in("rfe", a, b)) {
            return reasons.rf(a, b).within("hb");
        }
        if (in("ppo", a, b)) {
            Step s = ppo(a, b);
            return s == null ? null : s.within("hb");
        }
        if (a != b && in("prop", a, b) && ev.get(a).thread() == ev.get(b).thread()) {
            Step s = prop(a, b);
            return s == null ? null : s.within("hb");
        }
        return null;
    }

    /** let ppo = to-r | to-w | fence | (po-unlock-lock-po & int) */
    Step ppo(int a, int b) {
        if (in("fence", a, b)) {
            return within("ppo", fence(a, b));
        }
        if (in("to-r", a, b)) {
            return within("ppo", toR(a, b));
        }
        if (in("to-w", a, b)) {
            return within("ppo", toW(a, b));
        }
        if (in("po-unlock-lock-po", a, b)) {
            return within("ppo", reasons.unlockLock(a, b, cat.get("po"), cat.get("rf")));
        }
        return null;
    }

    private static Step within(String name, Step s) {
        return s == null ? null : s.within(name);
    }

    /** let fence = nonrw-fence | wmb | rmb, with nonrw-fence = strong-fence | po-rel | acq-po */
    Step fence(int a, int b) {
        if (in("strong-fence", a, b)) {
            return within("fence", strongFence(a, b));
        }
        if (in("po-rel", a, b)) {
            return reasons.release(a, b).within("fence");
        }
        if (in("acq-po", a, b)) {
            return reasons.acquire(a, b).within("fence");
        }
        if (in("wmb", a, b)) {
            return reasons.fence(a, b, "wmb", FenceKind.WMB).within("fence");
        }
        if (in("rmb", a, b)) {
            return reasons.fence(a, b, "rmb", FenceKind.RMB).within("fence");
        }
        return null;
    }

    /** let strong-fence = mb | gp (as hb, pb and cumul-fence see it) */
    Step strongFence(int a, int b) {
        if (in("mb", a, b)) {
            return reasons.fence(a, b, "mb", FenceKind.MB, FenceKind.BEFORE_ATOMIC, FenceKind.AFTER_ATOMIC,
                    FenceKind.AFTER_SPINLOCK, FenceKind.AFTER_UNLOCK_LOCK).within("strong-fence");
        }
        if (in("gp", a, b)) {
            return reasons.fence(a, b, "gp", FenceKind.SYNC_RCU).within("strong-fence");
        }
        return null;
    }

    /** let to-r = addr | (dep ; [Marked] ; rfi) */
    private Step toR(int a, int b) {
        if (in("addr", a, b)) {
            return reasons.dependency(a, b, "addr").within("to-r");
        }
        for (int c = 0; c < ev.size(); c++) {
            if (in("dep", a, c) && cat.marked().contains(c) && in("rfi", c, b)) {
                String dep = in("addr", a, c) ? "addr" : "data";
                return new Step(a, b, List.of("to-r"), "", List.of(reasons.dependency(a, c, dep).within("dep"), reasons.rf(c, b)));
            }
        }
        return null;
    }

    /** let to-w = rwdep | (overwrite & int) | (addr ; [Plain] ; wmb) */
    private Step toW(int a, int b) {
        if (in("rwdep", a, b)) {
            String kind = in("data", a, b) ? "data" : in("addr", a, b) ? "addr" : "ctrl";
            return reasons.dependency(a, b, kind).within("rwdep").within("to-w");
        }
        if (in("overwrite", a, b) && ev.get(a).thread() == ev.get(b).thread()) {
            return reasons.overwrite(a, b, in("co", a, b)).within("to-w");
        }
        for (int c = 0; c < ev.size(); c++) {
            if (in("addr", a, c) && !cat.marked().contains(c) && in("wmb", c, b)) {
                return new Step(a, b, List.of("to-w"), "", List.of(reasons.dependency(a, c, "addr"),
                        reasons.fence(c, b, "wmb", FenceKind.WMB)));
            }
        }
        return null;
    }

    /**
     * let cumul-fence = [Marked] ; (A-cumul(strong-fence | po-rel) | wmb | po-unlock-lock-po) ; [Marked],
     * since v6.4 followed by ; rmw-sequence (the atomic updates that read the write on, one from the next).
     */
    Step cumulFence(int a, int b) {
        Step base = cumulFenceBase(a, b);
        if (base != null) {
            return base;
        }
        Relation sequence = cat.get("rmw-sequence");
        for (int c = 0; c < ev.size(); c++) {
            if (c != b && sequence.contains(c, b)) {
                Step first = cumulFenceBase(a, c);
                if (first != null) {
                    return new Step(a, b, List.of("cumul-fence"), "", List.of(first, Step.leaf(c, b, "rmw-sequence",
                            "atomic updates read the write on, each the one before it (rf ; rmw)*")));
                }
            }
        }
        return null;
    }

    private Step cumulFenceBase(int a, int b) {
        Step direct = strongOrRelease(a, b);
        if (direct != null) {
            return direct.within("cumul-fence");
        }
        if (in("wmb", a, b)) {
            return reasons.fence(a, b, "wmb", FenceKind.WMB).within("cumul-fence");
        }
        if (in("po-unlock-lock-po", a, b)) {
            return reasons.unlockLock(a, b, cat.get("po"), cat.get("rf")).within("cumul-fence");
        }
        // A-cumul(r) = (rfe ; [Marked])? ; r
        for (int c = 0; c < ev.size(); c++) {
            if (in("rfe", a, c) && cat.marked().contains(c)) {
                Step rest = strongOrRelease(c, b);
                if (rest != null) {
                    return new Step(a, b, List.of("cumul-fence", "A-cumul"), "", List.of(reasons.rf(a, c), rest));
                }
            }
        }
        return null;
    }

    private Step strongOrRelease(int a, int b) {
        if (in("strong-fence", a, b)) {
            return strongFence(a, b);
        }
        return in("po-rel", a, b) ? reasons.release(a, b) : null;
    }

    /** let prop = [Marked] ; (overwrite & ext)? ; cumul-fence* ; [Marked] ; rfe? ; [Marked] */
    Step prop(int a, int b) {
        Relation overwriteExt = cat.get("coe").union(cat.get("fre"));
        Relation cumul = cat.get("cumul-fence");
        List<Step> best = null;
        for (int c1 = 0; c1 < ev.size(); c1++) {
            if (c1 != a && !overwriteExt.contains(a, c1) || !cat.marked().contains(c1)) {
                continue;
            }
            for (int c2 = 0; c2 < ev.size(); c2++) {
                if (c2 != b && !in("rfe", c2, b) || !cat.marked().contains(c2)) {
                    continue;
                }
                List<int[]> path = Paths.shortest(cumul, c1, c2);
                if (path == null) {
                    continue;
                }
                List<Step> steps = new ArrayList<>();
                if (c1 != a) {
                    steps.add(reasons.overwrite(a, c1, in("co", a, c1)).within("overwrite & ext"));
                }
                for (int[] e : path) {
                    Step s = cumulFence(e[0], e[1]);
                    steps.add(s != null ? s : Step.leaf(e[0], e[1], "cumul-fence", ""));
                }
                if (c2 != b) {
                    steps.add(reasons.rf(c2, b));
                }
                if (best == null || steps.size() < best.size()) {
                    best = steps;
                }
            }
        }
        if (best == null) {
            return null;
        }
        return best.size() == 1 ? best.get(0).within("prop") : new Step(a, b, List.of("prop"), Reasons.PROP, best);
    }

    /** let pb = prop ; strong-fence ; hb* ; [Marked] */
    Step pb(int a, int b) {
        Relation prop = cat.get("prop");
        Relation strong = cat.get("strong-fence");
        Relation hb = cat.get("hb");
        Relation hbStar = hbStar();
        List<Step> best = null;
        for (int c = 0; c < ev.size(); c++) {
            for (int d = 0; d < ev.size() && prop.contains(a, c); d++) {
                if (!strong.contains(c, d) || !hbStar.contains(d, b)) {
                    continue;
                }
                List<Step> steps = new ArrayList<>();
                if (a != c) {
                    steps.add(prop(a, c));
                }
                steps.add(strongFence(c, d));
                for (int[] e : Paths.shortest(hb, d, b)) {
                    steps.add(hb(e[0], e[1]));
                }
                if (!steps.contains(null) && (best == null || steps.size() < best.size())) {
                    best = steps;
                }
            }
        }
        return best == null ? null : new Step(a, b, List.of("pb"), Reasons.PB, best);
    }

    private Relation hbStar;

    private Relation hbStar() {
        if (hbStar == null) {
            hbStar = cat.get("hb").star();
        }
        return hbStar;
    }

    /** let rb = prop ; rcu-fence ; hb* ; pb* ; [Marked] */
    Step rb(int a, int b) {
        Relation prop = cat.get("prop");
        Relation rcuFence = cat.get("rcu-fence");
        Relation pbStar = cat.get("pb").star();
        for (int c = 0; c < ev.size(); c++) {
            for (int d = 0; d < ev.size() && prop.contains(a, c); d++) {
                if (!rcuFence.contains(c, d)) {
                    continue;
                }
                for (int e = 0; e < ev.size(); e++) {
                    if (!hbStar().contains(d, e) || !pbStar.contains(e, b)) {
                        continue;
                    }
                    List<Step> steps = new ArrayList<>();
                    if (a != c) {
                        steps.add(prop(a, c));
                    }
                    steps.add(reasons.rcuFence(c, d, cat));
                    for (int[] x : Paths.shortest(cat.get("hb"), d, e)) {
                        steps.add(hb(x[0], x[1]));
                    }
                    for (int[] x : Paths.shortest(cat.get("pb"), e, b)) {
                        steps.add(pb(x[0], x[1]));
                    }
                    if (!steps.contains(null)) {
                        return new Step(a, b, List.of("rb"), Reasons.RB, steps);
                    }
                }
            }
        }
        return null;
    }

    /** An edge of po-loc | com (the coherence axiom): which of the four. */
    Step coherence(int a, int b) {
        if (in("rf", a, b)) {
            return reasons.rf(a, b);
        }
        if (in("co", a, b) || in("fr", a, b)) {
            return reasons.overwrite(a, b, in("co", a, b));
        }
        return Step.leaf(a, b, "po-loc", words.event(ev.get(a)) + " comes before " + words.event(ev.get(b))
                + " in program order, on the same location");
    }

    boolean isRead(int e) {
        return ev.get(e).kind() == Kind.READ;
    }

    CatRelations relations() {
        return cat;
    }
}
