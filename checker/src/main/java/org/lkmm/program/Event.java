package org.lkmm.program;

import java.util.BitSet;
import org.lkmm.ast.SourcePos;

/**
 * One event of a thread path. Dependencies are sets of po-indices of reads in the same thread
 * whose values flowed into this event's address (addr), value (data) or enclosing branch (ctrl).
 * rmwRead is the po-index of the read half for the write half of an RMW, else -1; atomic marks
 * the accesses of atomic read-modify-write primitives (herd's RMW set), even a failed cmpxchg's read.
 * tag is herd's annotation as the model's macros wrote it (Action.Memory), for a bell's sets.
 * flow: the po-indices of the reads whose values flow into this event's value or address through
 * the thread's equations, whatever herd's dependencies say (a fully ordered RMW's value depends on
 * nothing in herd's, as its last fence is its output, yet carries its read's value).
 */
public record Event(int thread, int poIndex, Kind kind, int location, long value, Annotation annotation,
                    FenceKind fence, int rmwRead, boolean atomic, BitSet addr, BitSet data, BitSet ctrl,
                    SourcePos pos, String primitive, String tag, BitSet flow) {
    /**
     * The value of a read whose value nothing uses (no equation, address, stored value or observed
     * register): one run stands for every value it may take, and it may read any write of its
     * location, as herd7's equation "read = write" always solves for it.
     */
    public static final long ANY_VALUE = Long.MIN_VALUE + 2;

    /** Whether this read can take its value from write w of its location. */
    public boolean takesValueOf(Event w) {
        return value == ANY_VALUE || value == w.value;
    }

    /** This event with another value: a read of ANY_VALUE once its write is chosen. */
    public Event withValue(long v) {
        return new Event(thread, poIndex, kind, location, v, annotation, fence, rmwRead, atomic, addr, data, ctrl, pos,
                primitive, tag, flow);
    }

    /**
     * herd's annotation list of this event (CAction.annot_in_list), which a bell's tag sets hold:
     * an access's {once} etc., a fence's kind, an SRCU event's kind. Plain accesses, initial
     * writes and lock events have none. Events carry the tag their macro wrote (6.12's srcu-lock
     * loads, lkmmv2's ONCE); events built by hand in tests may not, and get it from their
     * annotation.
     */
    public java.util.List<String> herdTags() {
        switch (kind) {
            case READ, WRITE, FENCE, SRCU_LOCK, SRCU_UNLOCK, SRCU_SYNC -> { }
            default -> {
                return java.util.List.of(); // initial writes and lock events
            }
        }
        if (tag != null) {
            return tag.isEmpty() ? java.util.List.of() : java.util.List.of(tag);
        }
        return switch (kind) {
            case READ, WRITE -> annotation == null || annotation == Annotation.PLAIN ? java.util.List.of()
                    : java.util.List.of(annotation.name().toLowerCase(java.util.Locale.ROOT));
            case FENCE -> java.util.List.of(fence.bellName());
            case SRCU_LOCK -> java.util.List.of("srcu-lock");
            case SRCU_UNLOCK -> java.util.List.of("srcu-unlock");
            default -> java.util.List.of("sync-srcu");
        };
    }

    public boolean isRead() {
        return kind == Kind.READ || kind == Kind.LOCK_READ || kind == Kind.LOCK_FAIL
                || kind == Kind.READ_LOCKED || kind == Kind.READ_UNLOCKED;
    }

    public boolean isWrite() {
        return kind == Kind.WRITE || kind == Kind.INIT || kind == Kind.LOCK_WRITE || kind == Kind.UNLOCK;
    }

    public boolean isMemory() {
        return isRead() || isWrite();
    }
}
