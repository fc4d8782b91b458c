package org.lkmm.swiotlb;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * RCU emulation: readers hold the read side; synchronize() takes and drops the write side,
 * which waits exactly for the readers that started before it.
 */
final class GracePeriods {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Trace trace;

    GracePeriods(Trace trace) {
        this.trace = trace;
    }

    /** rcu_read_lock(); section; rcu_read_unlock() */
    <T> T read(Supplier<T> section) {
        lock.readLock().lock();
        try {
            return section.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** synchronize_rcu() */
    void synchronize() {
        trace.step("", "synchronize_rcu");
        lock.writeLock().lock();
        lock.writeLock().unlock();
    }
}
