package org.lkmm.swiotlb.stress;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The grace-period emulation the mirrors use: rcu_read_lock() takes the read side;
 * synchronize_rcu() takes and drops the write side, which waits for earlier readers.
 */
final class GracePeriod {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    void readLock() {
        lock.readLock().lock();
    }

    void readUnlock() {
        lock.readLock().unlock();
    }

    void synchronize() {
        lock.writeLock().lock();
        lock.writeLock().unlock();
    }
}
