package org.lkmm.swiotlb;

import java.util.concurrent.locks.ReentrantLock;

/** struct io_tlb_area: a lock, the search hint and the slots in use; fields only under the lock. */
final class Area {
    final ReentrantLock lock = new ReentrantLock();
    /** Area-relative slot where the next search starts. */
    int index;
    int used;
}
