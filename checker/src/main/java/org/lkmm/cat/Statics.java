package org.lkmm.cat;

import java.util.List;
import java.util.Set;
import org.lkmm.model.Structure;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * What a model computes from a structure alone, shared by all the rf/co candidates built on it:
 * the static slots (po-loc, Marked, fencerel(Mb) ...), the closed static nodes inside dynamic
 * definitions, and the results of static checks. Computed on first use; safe to share between
 * threads (a computation is repeated at worst, and its value is the same).
 */
final class Statics {
    final Program program;
    final Structure structure;
    final int n;
    final Ops ops;
    final Ctx ctx;
    private final Value[] slots;
    private final Value[] cache;
    private final Boolean[] staticChecks;
    private final Memo[] memos;
    private final boolean[] unmemoisable;
    private final Memo[] nodeMemos;
    private final boolean[] nodeUnmemoisable;
    private volatile EventSet all;
    private volatile Relation universe;
    private volatile Relation id;
    private final Relation empty;
    private volatile EventSet reads;
    /** Per step: a top-level check whose failure only grows with rf and the with-from choices here (Interpreter). */
    volatile boolean[] monotoneChecks;

    Statics(Program program, Structure structure) {
        this.program = program;
        this.structure = structure;
        this.n = structure.size();
        this.slots = new Value[program.slots.size()];
        this.cache = new Value[program.cacheSize];
        this.staticChecks = new Boolean[program.steps.size()];
        this.memos = new Memo[program.slots.size()];
        this.unmemoisable = new boolean[program.slots.size()];
        this.nodeMemos = new Memo[program.memoSize];
        this.nodeUnmemoisable = new boolean[program.memoSize];
        this.empty = Relation.empty(n);
        this.ops = new Ops(this);
        this.ctx = Ctx.ofStructure(this);
    }

    Value slot(int index) {
        return slots[index];
    }

    void setSlot(int index, Value v) {
        slots[index] = v;
    }

    Value cached(int index) {
        return cache[index];
    }

    void cache(int index, Value v) {
        cache[index] = v;
    }

    /** The last value of a dynamic slot on this structure (Memo), or null. */
    Memo memo(int slot) {
        return memos[slot];
    }

    void memo(int slot, Memo m) {
        memos[slot] = m;
    }

    /** The same for closed dynamic nodes (Node.memoIndex). */
    Memo nodeMemo(int index) {
        return nodeMemos[index];
    }

    void nodeMemo(int index, Memo m) {
        nodeMemos[index] = m;
    }

    boolean nodeUnmemoisable(int index) {
        return nodeUnmemoisable[index];
    }

    void nodeUnmemoisable(int index, boolean never) {
        nodeUnmemoisable[index] = never;
    }

    boolean unmemoisable(int slot) {
        return unmemoisable[slot];
    }

    void unmemoisable(int slot, boolean never) {
        unmemoisable[slot] = never;
    }

    Boolean staticCheck(int step) {
        return staticChecks[step];
    }

    void staticCheck(int step, boolean ok) {
        staticChecks[step] = ok;
    }

    EventSet all() {
        EventSet a = all;
        if (a == null) {
            a = EventSet.of(n, i -> true);
            all = a;
        }
        return a;
    }

    Relation universeRel() {
        Relation u = universe;
        if (u == null) {
            u = Relation.product(all(), all());
            universe = u;
        }
        return u;
    }

    Relation identity() {
        Relation i = id;
        if (i == null) {
            i = Relation.identity(all());
            id = i;
        }
        return i;
    }

    /** herd's R: the targets of its rf. */
    EventSet reads() {
        EventSet r = reads;
        if (r == null) {
            r = EventSet.of(n, i -> structure.events().get(i).kind() == org.lkmm.program.Kind.READ);
            reads = r;
        }
        return r;
    }

    Relation emptyRel() {
        return empty;
    }

    Set<Value> tagsOf(String type) {
        Value v = program.enums.get(type);
        return v instanceof Value.ValSet s ? s.elements() : Set.of();
    }

    List<org.lkmm.program.Event> events() {
        return structure.events();
    }
}
