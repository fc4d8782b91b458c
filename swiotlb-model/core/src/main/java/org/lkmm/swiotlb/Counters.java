package org.lkmm.swiotlb;

import java.util.concurrent.atomic.AtomicLong;

/** DEBUG_FS counters: slots in use and their high-water mark (raised with a CAS loop, pattern P10). */
final class Counters {
    private final AtomicLong totalUsed = new AtomicLong();
    private final AtomicLong usedHiwater = new AtomicLong();

    /** inc_used_and_hiwater; returns the total this raise reached. */
    long incUsed(int nslots) {
        long now = totalUsed.addAndGet(nslots);
        long old = usedHiwater.get();
        while (now > old) {
            long seen = usedHiwater.compareAndExchange(old, now);
            if (seen == old) {
                break;
            }
            old = seen;
        }
        return now;
    }

    /** dec_used: an unordered subtract */
    void decUsed(int nslots) {
        totalUsed.addAndGet(-nslots);
    }

    long used() {
        return totalUsed.get();
    }

    long hiwater() {
        return usedHiwater.get();
    }
}
