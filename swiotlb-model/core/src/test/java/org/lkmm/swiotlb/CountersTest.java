package org.lkmm.swiotlb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * inc_used_and_hiwater on two threads (swiotlb-hiwater-cmpxchg): once a raise returns, the mark
 * is at least the total that raise reached. A read-compare-set raise loses to a smaller total
 * within a second on any machine; the CAS loop never does.
 */
class CountersTest {
    @Test
    void theMarkNeverFallsBelowATotalARaiseReached() throws InterruptedException {
        Counters counters = new Counters();
        AtomicLong violations = new AtomicLong();
        long deadline = System.nanoTime() + 500_000_000L;
        Runnable cpu = () -> {
            for (int round = 0; round < 2_000_000 && System.nanoTime() < deadline; round++) {
                long reached = counters.incUsed(1);
                if (counters.hiwater() < reached) {
                    violations.incrementAndGet();
                }
            }
        };
        Thread a = new Thread(cpu);
        Thread b = new Thread(cpu);
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(0, violations.get(), "a smaller total overwrote a larger mark");
        assertEquals(counters.used(), counters.hiwater(), "totals only grew: the mark is the last total");
    }
}
