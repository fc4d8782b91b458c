package org.lkmm.explain;

import java.util.List;
import java.util.Optional;
import org.lkmm.model.CatRelations;
import org.lkmm.program.Event;
import org.lkmm.program.FenceKind;
import org.lkmm.program.Kind;
import org.lkmm.relation.Relation;

/**
 * The base steps of a derivation, each with its reason in the words of explanation.txt: what a
 * fence, a release, an acquire, a dependency, a lock or a grace period orders, and what reads-from
 * and coherence say of two accesses.
 */
final class Reasons {
    static final String PB = "the write before it must propagate to every CPU before the access after the strong fence"
            + " executes (propagates-before)";
    static final String PROP = "the write involved propagates, in the order the fences between impose, to where the"
            + " second access sees it (prop: (overwrite & ext)? ; cumul-fence* ; rfe?)";
    static final String RB = "a grace period must outlast every read-side critical section that began before it"
            + " (rcu-fence: rcu-order between a grace period and a critical section)";

    private final Words words;
    private final List<Event> ev;

    Reasons(Words words, List<Event> ev) {
        this.words = words;
        this.ev = ev;
    }

    private String name(int e) {
        return words.event(ev.get(e));
    }

    private boolean sameThread(int a, int b) {
        return ev.get(a).thread() >= 0 && ev.get(a).thread() == ev.get(b).thread();
    }

    /** rfe or rfi */
    Step rf(int w, int r) {
        String from = ev.get(w).thread() < 0 ? "the initial value of " + words.location(ev.get(w)) : "the value " + name(w) + " wrote";
        return Step.leaf(w, r, sameThread(w, r) ? "rfi" : "rfe", name(r) + " reads " + from
                + (sameThread(w, r) ? ", on its own CPU" : ", from another CPU"));
    }

    /** co or fr, e or i */
    Step overwrite(int a, int b, boolean co) {
        String suffix = sameThread(a, b) ? "i" : "e";
        if (co) {
            return Step.leaf(a, b, "co" + suffix, name(b) + " overwrites " + name(a) + " (it comes after it in the coherence order of "
                    + words.location(ev.get(b)) + ")");
        }
        return Step.leaf(a, b, "fr" + suffix, name(a) + " reads a value of " + words.location(ev.get(a)) + " that " + name(b)
                + " overwrites");
    }

    Step release(int a, int b) {
        return Step.leaf(a, b, "po-rel", name(b) + " is a release (" + ev.get(b).primitive()
                + "): everything before it on its CPU, " + name(a) + " included, is ordered before it");
    }

    Step acquire(int a, int b) {
        return Step.leaf(a, b, "acq-po", name(a) + " is an acquire (" + ev.get(a).primitive()
                + "): everything after it on its CPU, " + name(b) + " included, is ordered after it");
    }

    /** A fence relation (mb, wmb, rmb, gp), with the fence event between the two accesses. */
    Step fence(int a, int b, String relation, FenceKind... kinds) {
        Optional<Event> f = fenceBetween(a, b, kinds);
        Optional<String> what = f.map(this::fenceWords);
        if (what.isEmpty() && List.of(kinds).contains(FenceKind.MB)) {
            what = fullyOrderedRmwBetween(a, b).map(e -> words.call(e) + " is fully ordered (lkmmv2's Mb): it orders"
                    + " every access before it with every access after it");
        }
        return Step.leaf(a, b, relation, what.orElse("a fence between them orders them"));
    }

    /** An access of a fully ordered RMW (lkmmv2 tags it MB; no fence events) from a to b on their CPU. */
    private Optional<Event> fullyOrderedRmwBetween(int a, int b) {
        return between(a, b, e -> e.isMemory() && e.atomic() && "MB".equals(e.tag()));
    }

    private Optional<Event> fenceBetween(int a, int b, FenceKind... kinds) {
        return between(a, b, e -> e.kind() == Kind.FENCE && List.of(kinds).contains(kindOf(e)));
    }

    /** The first event of a's CPU that is so, from a to b in program order. */
    private Optional<Event> between(int a, int b, java.util.function.Predicate<Event> so) {
        Event ea = ev.get(a);
        Event eb = ev.get(b);
        for (Event e : ev) {
            if (e.thread() == ea.thread() && e.poIndex() >= ea.poIndex() && e.poIndex() <= eb.poIndex() && so.test(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The fence's kind; lkmmv2's files tag smp_mb() MB, which FenceKind (the lowercase bell names) calls OTHER. */
    private static FenceKind kindOf(Event f) {
        return f.fence() == FenceKind.OTHER && "MB".equals(f.tag()) ? FenceKind.MB : f.fence();
    }

    private String fenceWords(Event f) {
        String call = words.call(f);
        boolean own = f.primitive().startsWith("smp_") || f.primitive().startsWith("synchronize_");
        String who = own ? call : "the full ordering of " + call;
        return switch (kindOf(f)) {
            case MB -> who + " is a strong fence: it orders every access before it with every access after it";
            case WMB -> call + " orders the writes before it with the writes after it";
            case RMB -> call + " orders the reads before it with the reads after it";
            case SYNC_RCU -> call + " is a strong fence: it waits for a grace period";
            case BEFORE_ATOMIC -> call + " makes the atomic operation after it a strong fence for what comes before";
            case AFTER_ATOMIC -> call + " makes the atomic operation before it a strong fence for what comes after";
            case AFTER_SPINLOCK -> call + " makes the spin_lock() before it a strong fence";
            case AFTER_UNLOCK_LOCK -> call + " makes the unlock and lock before it a strong fence";
            default -> call + " orders them";
        };
    }

    Step dependency(int a, int b, String kind) {
        String what = switch (kind) {
            case "addr" -> "the address " + name(b) + " uses depends on the value " + name(a) + " read (address dependency)";
            case "data" -> "the value " + name(b) + " writes depends on the value " + name(a) + " read (data dependency)";
            default -> name(b) + " is executed only because of the value " + name(a) + " read (control dependency to a write)";
        };
        return Step.leaf(a, b, kind, what);
    }

    /** po ; [UL] ; (po | rf) ; [LKR] ; po: the unlock and lock between a and b. */
    Step unlockLock(int a, int b, Relation po, Relation rf) {
        for (int u = 0; u < ev.size(); u++) {
            if (ev.get(u).kind() != Kind.UNLOCK || !po.contains(a, u)) {
                continue;
            }
            for (int l = 0; l < ev.size(); l++) {
                if (ev.get(l).kind() == Kind.LOCK_READ && (po.contains(u, l) || rf.contains(u, l)) && po.contains(l, b)) {
                    return Step.leaf(a, b, "po-unlock-lock-po", name(a) + " comes before " + words.call(ev.get(u)) + ", and "
                            + name(b) + " after " + words.call(ev.get(l)) + ", which takes the lock after that unlock:"
                            + " the critical sections are ordered");
                }
            }
        }
        return Step.leaf(a, b, "po-unlock-lock-po", "an unlock and a later lock of the same lock order them");
    }

    /** po ; rcu-order ; po?: the grace period and critical section between c and d, as far as they can be named. */
    Step rcuFence(int c, int d, CatRelations cat) {
        Optional<Event> gp = ev.stream().filter(e -> e.kind() == Kind.FENCE && e.fence() == FenceKind.SYNC_RCU).findFirst();
        Optional<Event> lock = ev.stream().filter(e -> e.kind() == Kind.FENCE && e.fence() == FenceKind.RCU_LOCK
                && gp.map(g -> g.thread() != e.thread()).orElse(true)).findFirst();
        String what = gp.map(g -> "the grace period of " + words.call(g)).orElse("a grace period")
                + lock.map(l -> " and the read-side critical section from " + words.call(l)).orElse("")
                + " are ordered (rcu-order): a critical section that began before the grace period ends before it does";
        return Step.leaf(c, d, "rcu-fence", what);
    }
}
