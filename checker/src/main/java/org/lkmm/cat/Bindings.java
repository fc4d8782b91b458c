package org.lkmm.cat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.lkmm.model.Structure;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * What herd gives a C model before it runs (herd/machModelChecker.ml, CAction.ml), made from
 * lkmm's events: the relations po, addr, data, ctrl, rmw, amo, loc, int, ext, id and rf; the
 * sets M, R, W (memory accesses only: lock and SRCU events are neither, lock.cat adds them),
 * IW, FW, F, RMW, the lock sets LKR, LKW, UL, LF, RL, RU, and one set per annotation the bell
 * declares (tags). rf is herd's: into plain reads only (lock.cat chooses LF's and RU's);
 * FW holds the co-last write of each location the test observes.
 */
final class Bindings {
    static final List<String> RELATIONS = List.of("id", "loc", "int", "ext", "rmw", "amo", "po", "addr", "data", "ctrl");
    static final List<String> SETS = List.of("M", "R", "W", "IW", "F", "B", "RMW", "LKR", "LKW", "LK", "LS", "LF",
            "UL", "RL", "RU");

    private final Set<String> bellTags;

    Bindings(Set<String> bellTags) {
        this.bellTags = bellTags;
    }

    /** Every tag Event.herdTags() can give some event: what lkmm's events can tell a bell today. */
    static Set<String> producibleTags() {
        Set<String> out = new java.util.TreeSet<>(List.of("once", "acquire", "release", "noreturn",
                "srcu-lock", "srcu-unlock", "sync-srcu"));
        for (org.lkmm.program.FenceKind k : org.lkmm.program.FenceKind.values()) {
            if (k == org.lkmm.program.FenceKind.OTHER) {
                continue;
            }
            out.add(k.bellName());
        }
        return out;
    }

    Value input(String name, Ctx c) {
        if (name.equals("rf")) {
            return new Value.Rel(c.rf.to(c.st.reads()));
        } else if (name.equals("FW")) {
            return new Value.Events(c.fw);
        }
        Structure s = c.st.structure;
        int n = c.st.n;
        List<Event> ev = s.events();
        switch (name) {
            case "id": return new Value.Rel(c.st.identity());
            case "po": return new Value.Rel(s.po());
            case "addr": return new Value.Rel(s.addr());
            case "data": return new Value.Rel(s.data());
            case "ctrl": return new Value.Rel(s.ctrl());
            case "rmw":
            case "amo": return new Value.Rel(s.rmw());
            case "loc": return rel(n, (a, b) -> ev.get(a).location() >= 0 && ev.get(a).location() == ev.get(b).location());
            case "int": return rel(n, (a, b) -> ev.get(a).thread() >= 0 && ev.get(a).thread() == ev.get(b).thread());
            case "ext": return rel(n, (a, b) -> ev.get(a).thread() != ev.get(b).thread());
            default: break;
        }
        Predicate<Event> p = switch (name) {
            case "M" -> e -> e.kind() == Kind.READ || e.kind() == Kind.WRITE || e.kind() == Kind.INIT;
            case "R" -> e -> e.kind() == Kind.READ;
            case "W" -> e -> e.kind() == Kind.WRITE || e.kind() == Kind.INIT;
            case "IW" -> e -> e.kind() == Kind.INIT;
            case "F" -> e -> e.kind() == Kind.FENCE;
            case "RMW" -> Event::atomic;
            case "LKR" -> e -> e.kind() == Kind.LOCK_READ;
            case "LKW" -> e -> e.kind() == Kind.LOCK_WRITE;
            case "LK" -> e -> e.kind() == Kind.LOCK_READ || e.kind() == Kind.LOCK_WRITE;
            case "LF" -> e -> e.kind() == Kind.LOCK_FAIL;
            case "UL" -> e -> e.kind() == Kind.UNLOCK;
            case "RL" -> e -> e.kind() == Kind.READ_LOCKED;
            case "RU" -> e -> e.kind() == Kind.READ_UNLOCKED;
            case "B", "LS" -> e -> false;
            default -> tagged(name);
        };
        return new Value.Events(set(c.st, p));
    }

    /** The names given to the model: the relations and sets above, rf and FW, the bell's tag sets. */
    List<String> staticNames() {
        List<String> out = new java.util.ArrayList<>(RELATIONS);
        out.addAll(SETS);
        for (String tag : bellTags) {
            out.add(BellTags.setName(tag));
        }
        return out;
    }

    private Predicate<Event> tagged(String setName) {
        for (String tag : bellTags) {
            if (BellTags.setName(tag).equals(setName)) {
                return e -> e.herdTags().contains(tag);
            }
        }
        throw new IllegalArgumentException("no binding " + setName);
    }

    private static EventSet set(Statics st, Predicate<Event> p) {
        List<Event> ev = st.events();
        return EventSet.of(st.n, i -> p.test(ev.get(i)));
    }

    private interface PairTest {
        boolean test(int a, int b);
    }

    private static Value rel(int n, PairTest t) {
        Relation.Builder b = Relation.builder(n);
        for (int a = 0; a < n; a++) {
            for (int x = 0; x < n; x++) {
                if (t.test(a, x)) {
                    b.add(a, x);
                }
            }
        }
        return new Value.Rel(b.build());
    }
}
