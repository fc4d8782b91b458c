package org.lkmm.swiotlb.stress;

import java.util.concurrent.atomic.AtomicInteger;

/** A pool as the litmus tests see it: start is 1 once initialised, 0 before (or once freed). */
final class PoolCell {
    final AtomicInteger start;

    PoolCell(int start) {
        this.start = new AtomicInteger(start);
    }
}
