package org.lkmm.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkmm.enumerate.Candidate;
import org.lkmm.model.CatRelations;
import org.lkmm.program.Event;
import org.lkmm.program.Layout;

/** What each flag of linux-kernel.cat and lock.cat means, and for the data-race flag which accesses race and why. */
final class Flags {
    private static final Map<String, String> MEANING = Map.ofEntries(
            Map.entry("unmatched-rcu-lock", "an rcu_read_lock() has no rcu_read_unlock() after it on its CPU"),
            Map.entry("unmatched-rcu-unlock", "an rcu_read_unlock() has no rcu_read_lock() before it on its CPU"),
            Map.entry("unmatched-srcu-lock", "an srcu_read_lock()'s index reaches no srcu_read_unlock() of that srcu_struct"),
            Map.entry("unmatched-srcu-unlock", "an srcu_read_unlock() is given no index an srcu_read_lock() of that"
                    + " srcu_struct returned"),
            Map.entry("multiple-srcu-matches", "one srcu_read_lock()'s index reaches more than one srcu_read_unlock(),"
                    + " or one unlock is reached from more than one lock"),
            Map.entry("srcu-bad-value-match", "an srcu_read_unlock() is given another value than its srcu_read_lock()"
                    + " read"),
            Map.entry("invalid-sleep", "synchronize_srcu() inside an RCU read-side critical section, which must not sleep"),
            Map.entry("unbalanced-rcu-locking", "rcu_read_lock() and rcu_read_unlock() do not pair up on some CPU"),
            Map.entry("unbalanced-srcu-locking", "srcu_read_lock() and srcu_read_unlock() do not pair up on some CPU"),
            Map.entry("srcu-bad-nesting", "an srcu_read_unlock() is given another index than its srcu_read_lock() returned"),
            Map.entry("unmatched-unlock", "a spin_unlock() with no spin_lock() of that lock before it on its CPU"),
            Map.entry("unpaired-LKW", "a lock's write with no read of the lock before it (lock.cat's lk-rmw)"),
            Map.entry("unpaired-LKR", "a lock's read with no write of the lock after it (lock.cat's lk-rmw)"),
            Map.entry("lock-final", "the condition looks at the final value of a spinlock"),
            Map.entry("mixed-lock-accesses", "a spinlock (or since v6.11 an srcu_struct) is also accessed as ordinary"
                    + " memory"),
            Map.entry("data-race", "two accesses of one location, on different CPUs, at least one of them plain and one a write,"
                    + " that nothing orders"),
            Map.entry("mixed-accesses", "a plain write and a marked access of one location on one CPU with no barrier"
                    + " between them"));

    private Flags() {}

    static FlagNote note(String flag, Optional<Candidate> example, Layout layout, org.lkmm.model.Generation generation) {
        String meaning = MEANING.getOrDefault(flag, "a flag of the model");
        List<Step> pairs = new ArrayList<>();
        if (example.isPresent() && (flag.equals("data-race") || flag.equals("mixed-accesses"))) {
            CatRelations cat = CatRelations.of(example.get().execution(), generation);
            Words words = new Words(layout);
            List<Event> ev = example.get().execution().events();
            for (String race : flag.equals("data-race") ? List.of("ww-race", "wr-race", "rw-race") : List.of("mixed-accesses")) {
                cat.get(race).forEach((a, b) -> {
                    if (pairs.size() < 4) {
                        pairs.add(Step.leaf(a, b, race, words.event(ev.get(a)) + " (" + marking(ev.get(a)) + ") and "
                                + words.event(ev.get(b)) + " (" + marking(ev.get(b)) + ") " + why(race)));
                    }
                });
            }
        }
        return new FlagNote(flag, meaning, example, pairs);
    }

    private static String marking(Event e) {
        return e.annotation() == org.lkmm.program.Annotation.PLAIN ? "plain" : e.primitive();
    }

    private static String why(String race) {
        return switch (race) {
            case "ww-race" -> "write the same location on different CPUs, and no fence, release/acquire or propagation"
                    + " makes the first visible before the second (not ww-vis)";
            case "wr-race" -> "are a write and a read that takes its value (or a later one): the write is not made visible"
                    + " to the read by a fence, release/acquire or propagation (not wr-vis), nor is the read ordered before it";
            case "rw-race" -> "are a read and a write that overwrites what it read: nothing orders the read before"
                    + " the write (not rw-xbstar)";
            default -> "are on the same CPU with no barrier between them";
        };
    }
}
