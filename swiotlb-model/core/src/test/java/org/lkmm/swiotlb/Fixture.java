package org.lkmm.swiotlb;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** A small swiotlb over simulated RAM, with the growth worker and RCU callbacks run on demand. */
final class Fixture {
    static final long RAM_BASE = 0x1000_0000L;
    static final long POOL_BASE = 0x8000_0000L;

    final Ram ram = new Ram(RAM_BASE, 1 << 22);
    final Queue<Runnable> work = new ArrayDeque<>();
    final Executor onDemand = work::add;
    final Swiotlb tlb;

    Fixture(int nslabs, int nareas, boolean canGrow) {
        this(new Config(nslabs, nareas, canGrow, Kernel.V6_6_3));
    }

    Fixture(Config config) {
        this(config, Trace.NONE);
    }

    Fixture(int nslabs, int nareas, boolean canGrow, Trace trace) {
        this(new Config(nslabs, nareas, canGrow, Kernel.V6_6_3), trace);
    }

    Fixture(Config config, Trace trace) {
        tlb = new Swiotlb(ram, POOL_BASE, config, onDemand, onDemand, trace);
    }

    void runPendingWork() {
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }

    Pool defaultPool() {
        return tlb.pools().get(tlb.pools().size() - 1);
    }

    /** The slot index of tlb in the default pool. */
    static int slot(long tlb) {
        return (int) ((tlb - POOL_BASE) >> IoTlb.SHIFT);
    }

    /** The free-run invariant of SWIOTLB.md 4.1 for one pool, when nothing is in flight. */
    static void checkFreeRuns(Pool pool) {
        int[] list = pool.freeRuns();
        for (int i = 0; i < list.length; i++) {
            boolean nextFreeSameSegment = i + 1 < list.length && (i + 1) % IoTlb.SEGSIZE != 0 && list[i + 1] != 0;
            if (list[i] != 0) {
                int want = nextFreeSameSegment ? list[i + 1] + 1 : 1;
                if (list[i] != want) {
                    throw new AssertionError("list[" + i + "] = " + list[i] + ", expected " + want);
                }
            }
        }
    }
}
