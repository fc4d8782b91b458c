package org.lkmm.review.repair;

import org.lkmm.ast.SourcePos;

/**
 * A memory access of a thread as the source shows it: where, and whether it reads (r4rmb: a read
 * smp_rmb() orders, i.e. not the unreturned read of a non-returning atomic) or writes.
 */
record Access(SourcePos pos, boolean read, boolean r4rmb, boolean write) {
    boolean before(SourcePos p) {
        return pos.line() < p.line() || pos.line() == p.line() && pos.column() < p.column();
    }
}
