package org.lkmm.program;

import java.util.BitSet;
import org.lkmm.ast.SourcePos;

/**
 * One event of a thread path. Dependencies are sets of po-indices of reads in the same thread
 * whose values flowed into this event's address (addr), value (data) or enclosing branch (ctrl).
 * rmwRead is the po-index of the read half for the write half of an RMW, else -1; atomic marks
 * the accesses of atomic read-modify-write primitives (herd's RMW set), even a failed cmpxchg's read.
 * tag is herd's annotation as the model's macros wrote it (Action.Memory), for a bell's sets.
 */
public record Event(int thread, int poIndex, Kind kind, int location, long value, Annotation annotation,
                    FenceKind fence, int rmwRead, boolean atomic, BitSet addr, BitSet data, BitSet ctrl,
                    SourcePos pos, String primitive, String tag) {

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
