package org.lkmm.swiotlb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * struct io_tlb_mem: the list of pools (newest growth pool first, default pool last), published
 * RCU-style as an immutable list with release, plus the growth work and the page allocator new
 * pools come from.
 */
final class Pools {
    private final Cell<List<Pool>> list;
    private final Object lock = new Object();
    private final AtomicLong nextPage;
    private final AtomicLong nslabs = new AtomicLong();
    private final AtomicBoolean growthPending = new AtomicBoolean();
    private final Executor worker;
    private final Config config;
    private final Trace trace;
    /** mem->can_grow; cleared with a plain store by default_swiotlb_base() (benign, P12). */
    volatile boolean canGrow;

    Pools(long defaultStart, Config config, Executor worker, Trace trace) {
        this.config = config;
        this.trace = trace;
        Pool defaultPool = new Pool(defaultStart, config.nslabs(), config.nareas(), false, config.kernel(), trace);
        this.list = new Cell<>("mem_pools", List.of(defaultPool));
        this.nextPage = new AtomicLong(pageAlign(defaultPool.end()) + IoTlb.PAGE_SIZE);
        this.nslabs.set(defaultPool.nslabs);
        this.worker = worker;
        this.canGrow = config.canGrow();
    }

    /** rcu_dereference(mem->pools): getAcquire (Java keeps no dependency ordering). */
    List<Pool> list() {
        return list.getAcquire(trace);
    }

    Config config() {
        return config;
    }

    long nslabs() {
        return nslabs.get();
    }

    /**
     * A fresh, unpublished pool from the page allocator: page-aligned, whole pages, and a
     * guard page before the next one, as alloc_pages() hands them out.
     */
    Pool allocate(int slots, int nareas, boolean transientPool) {
        long bytes = pageAlign((long) slots * IoTlb.SIZE) + IoTlb.PAGE_SIZE;
        long start = nextPage.getAndAdd(bytes);
        return new Pool(start, slots, nareas, transientPool, config.kernel(), trace);
    }

    /** add_mem_pool: list_add_rcu at the head under mem->lock. */
    void add(Pool pool) {
        synchronized (lock) {
            List<Pool> next = new ArrayList<>();
            next.add(pool);
            next.addAll(list.getOpaque(Trace.NONE)); // the writer holds mem->lock
            list.setRelease(trace, List.copyOf(next));
            nslabs.addAndGet(pool.nslabs);
        }
    }

    /** schedule_work(&mem->dyn_alloc): at most one run pending (test-and-set, pattern P11). */
    void scheduleGrowth() {
        if (growthPending.compareAndSet(false, true)) {
            worker.execute(this::dynAlloc);
        }
    }

    /** swiotlb_dyn_alloc: clears the pending bit as it starts, then allocates and links a pool. */
    private void dynAlloc() {
        growthPending.set(false);
        add(allocate(config.growthNslabs(), config.growthNareas(), false));
    }

    private static long pageAlign(long addr) {
        return (addr + IoTlb.PAGE_SIZE - 1) & -(long) IoTlb.PAGE_SIZE;
    }
}
