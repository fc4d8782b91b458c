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
    private static final Map<String, String> MEANING = Map.of(
            "data-race", "two accesses of one location, on different CPUs, at least one of them plain and one a write,"
                    + " that nothing orders",
            "mixed-accesses", "a plain write and a marked access of one location on one CPU with no barrier between them",
            "unbalanced-rcu-locking", "rcu_read_lock() and rcu_read_unlock() do not pair up on some CPU",
            "unbalanced-srcu-locking", "srcu_read_lock() and srcu_read_unlock() do not pair up on some CPU",
            "srcu-bad-nesting", "an srcu_read_unlock() is given another index than its srcu_read_lock() returned",
            "lock-final", "the condition looks at the final value of a spinlock",
            "mixed-lock-accesses", "a spinlock is also accessed as ordinary memory");

    private Flags() {}

    static FlagNote note(String flag, Optional<Candidate> example, Layout layout) {
        String meaning = MEANING.getOrDefault(flag, "a flag of the model");
        List<Step> pairs = new ArrayList<>();
        if (example.isPresent() && (flag.equals("data-race") || flag.equals("mixed-accesses"))) {
            CatRelations cat = CatRelations.of(example.get().execution());
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
