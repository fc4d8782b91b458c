package org.lkmm.swiotlb;

import java.util.concurrent.locks.ReentrantLock;

/** struct io_tlb_area: a lock, the search hint and the slots in use; fields only under the lock. */
final class Area {
    private final ReentrantLock lock = new ReentrantLock();
    private final String name;
    /** Area-relative slot where the next search starts. */
    int index;
    int used;

    Area(String name) {
        this.name = name;
    }

    /** spin_lock_irqsave(&area->lock) */
    void lock(Trace trace) {
        lock.lock();
        trace.step(name, "spin_lock");
    }

    /** spin_unlock_irqrestore(&area->lock) */
    void unlock(Trace trace) {
        trace.step(name, "spin_unlock");
        lock.unlock();
    }
}
