package org.lkmm.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.lkmm.program.Annotation;
import org.lkmm.program.Event;
import org.lkmm.program.FenceKind;
import org.lkmm.program.Kind;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * The event sets and structural relations herd7 gives the cat files (stdlib.cat,
 * linux-kernel.bell): everything that does not depend on rf or co, computed once per choice of
 * thread paths and shared by all the rf/co candidates built on it.
 */
public final class Structure {
    final Relation rmw;
    final Relation addr;
    final Relation data;
    final Relation ctrl;
    final int n;
    final List<Event> ev;

    final EventSet iw;
    final EventSet lkr;
    final EventSet lkw;
    final EventSet ul;
    final EventSet lf;
    final EventSet ru;
    final EventSet reads;
    final EventSet writes;
    final EventSet memory;
    final EventSet once;
    final EventSet acquire;
    final EventSet release;
    final EventSet noreturn;
    final EventSet rmwAccesses;
    final EventSet srcuLock;
    final EventSet srcuUnlock;
    final EventSet syncSrcu;
    final Map<FenceKind, EventSet> fences = new EnumMap<>(FenceKind.class);

    final Relation po;
    final Relation loc;
    final Relation internal;
    final Relation external;
    final Relation poLoc;
    private final EventSet all;
    private final Relation id;

    /** Whether lock.cat has anything to do: spin_lock() and friends. */
    boolean hasLockEvents() {
        return !(lkr.isEmpty() && lkw.isEmpty() && ul.isEmpty() && lf.isEmpty() && ru.isEmpty());
    }

    public Structure(List<Event> events, Relation po, Relation rmw, Relation addr, Relation data, Relation ctrl) {
        this.n = events.size();
        this.ev = events;
        this.rmw = rmw;
        this.addr = addr;
        this.data = data;
        this.ctrl = ctrl;
        iw = set(e -> e.kind() == Kind.INIT);
        lkr = set(e -> e.kind() == Kind.LOCK_READ);
        lkw = set(e -> e.kind() == Kind.LOCK_WRITE);
        ul = set(e -> e.kind() == Kind.UNLOCK);
        lf = set(e -> e.kind() == Kind.LOCK_FAIL || e.kind() == Kind.READ_LOCKED);
        ru = set(e -> e.kind() == Kind.READ_UNLOCKED);
        reads = set(Event::isRead);
        writes = set(Event::isWrite);
        memory = reads.union(writes);
        once = set(e -> e.isMemory() && e.kind() != Kind.INIT && e.annotation() == Annotation.ONCE);
        acquire = set(e -> e.kind() == Kind.LOCK_READ || e.kind() == Kind.READ && e.annotation() == Annotation.ACQUIRE);
        release = set(e -> e.kind() == Kind.UNLOCK || e.kind() == Kind.WRITE && e.annotation() == Annotation.RELEASE);
        noreturn = set(e -> e.kind() == Kind.READ && e.annotation() == Annotation.NORETURN);
        rmwAccesses = set(Event::atomic);
        // Linux 6.1's SRCU events, or the loads and stores v6.4's .def tags srcu-lock and srcu-unlock
        srcuLock = set(e -> e.herdTags().contains("srcu-lock"));
        srcuUnlock = set(e -> e.herdTags().contains("srcu-unlock"));
        syncSrcu = set(e -> e.kind() == Kind.SRCU_SYNC);
        for (FenceKind k : FenceKind.values()) {
            fences.put(k, set(e -> e.kind() == Kind.FENCE && e.fence() == k));
        }
        this.po = po;
        Map<Integer, EventSet> byLocation = groups(Event::location);
        Map<Integer, EventSet> byThread = groups(Event::thread);
        Map<Integer, EventSet> otherThreads = new java.util.HashMap<>();
        byThread.forEach((t, members) -> otherThreads.put(t, members.complement()));
        loc = Relation.ofRows(n, a -> ev.get(a).location() >= 0 ? byLocation.get(ev.get(a).location()) : null);
        internal = Relation.ofRows(n, a -> ev.get(a).thread() >= 0 ? byThread.get(ev.get(a).thread()) : null);
        this.all = EventSet.of(n, i -> true);
        this.id = Relation.identity(all);
        external = Relation.ofRows(n, a -> ev.get(a).thread() >= 0 ? otherThreads.get(ev.get(a).thread()) : all);
        poLoc = po.intersect(loc);
    }

    /** Events grouped by a key (location, thread), each group as a set, in one pass. */
    private Map<Integer, EventSet> groups(java.util.function.ToIntFunction<Event> key) {
        Map<Integer, EventSet.Builder> builders = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            builders.computeIfAbsent(key.applyAsInt(ev.get(i)), k -> EventSet.builder(n)).add(i);
        }
        Map<Integer, EventSet> out = new java.util.HashMap<>();
        builders.forEach((k, b) -> out.put(k, b.build()));
        return out;
    }

    EventSet set(Predicate<Event> p) {
        return EventSet.of(n, i -> p.test(ev.get(i)));
    }

    /** The identity relation on all events, for the cat's "\\ id". */
    Relation id() {
        return id;
    }

    /** stdlib.cat: fencerel(B) = (po & (_ * B)) ; po. */
    Relation fencerel(EventSet b) {
        return po.to(b).seq(po);
    }

    private final Map<FenceKind, Relation> fencerels = new EnumMap<>(FenceKind.class);

    synchronized Relation fencerel(FenceKind kind) {
        return fencerels.computeIfAbsent(kind, k -> fencerel(fences.get(k)));
    }

    public List<Event> events() {
        return ev;
    }

    /** herd's po, for org.lkmm.cat's bindings (as are the four below). */
    public Relation po() {
        return po;
    }

    public Relation rmw() {
        return rmw;
    }

    public Relation addr() {
        return addr;
    }

    public Relation data() {
        return data;
    }

    public Relation ctrl() {
        return ctrl;
    }

    public int size() {
        return n;
    }

    /** Values that depend only on the structure, computed once on first use. */
    private final Map<String, Object> memo = new java.util.HashMap<>();

    private Relation lastRf;
    private Relation fromLastRf;

    /**
     * A relation computed from the structure and rf alone, kept for the last rf asked about
     * (by identity): the enumerator judges the co choices of one rf choice in a row.
     */
    synchronized Relation perRf(Relation rf, java.util.function.Supplier<Relation> compute) {
        if (rf != lastRf) {
            fromLastRf = compute.get();
            lastRf = rf;
        }
        return fromLastRf;
    }

    /** Values of the structure that differ by generation: one slot per generation under each name. */
    private final Map<String, Object[]> generationMemo = new java.util.HashMap<>();

    /** A value of the structure under one generation's definitions, computed once on first use. */
    @SuppressWarnings("unchecked")
    synchronized <T> T memo(String name, Generation g, java.util.function.Supplier<T> compute) {
        Object[] slots = generationMemo.computeIfAbsent(name, k -> new Object[Generation.values().length]);
        Object v = slots[g.ordinal()];
        if (v == null) {
            v = compute.get();
            slots[g.ordinal()] = v;
        }
        return (T) v;
    }

    @SuppressWarnings("unchecked")
    synchronized <T> T memo(String name, java.util.function.Supplier<T> compute) {
        Object v = memo.get(name);
        if (v == null) {
            v = compute.get();
            memo.put(name, v);
        }
        return (T) v;
    }

    Relation id(EventSet s) {
        return Relation.identity(s);
    }
}
