package org.lkmm.swiotlb;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * struct io_tlb_mem: the list of pools (newest growth pool first, default pool last), published
 * RCU-style as an immutable list with release, plus the growth work and the address space new
 * pools come from.
 */
final class Pools {
    private static final VarHandle LIST;

    static {
        try {
            LIST = MethodHandles.lookup().findVarHandle(Pools.class, "list", List.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through LIST
    private List<Pool> list;
    private final Object lock = new Object();
    private final AtomicLong nextStart;
    private final AtomicLong nslabs = new AtomicLong();
    private final AtomicBoolean growthPending = new AtomicBoolean();
    private final Executor worker;
    final int growthNslabs;
    final int growthNareas;
    volatile boolean canGrow;

    Pools(Pool defaultPool, Executor worker, int growthNslabs, int growthNareas, boolean canGrow) {
        LIST.setRelease(this, List.of(defaultPool));
        this.nextStart = new AtomicLong(defaultPool.end() + IoTlb.PAGE_SIZE);
        this.nslabs.set(defaultPool.nslabs);
        this.worker = worker;
        this.growthNslabs = growthNslabs;
        this.growthNareas = growthNareas;
        this.canGrow = canGrow;
    }

    /** rcu_dereference of mem->pools: getAcquire (Java keeps no dependency ordering). */
    @SuppressWarnings("unchecked")
    List<Pool> list() {
        return (List<Pool>) LIST.getAcquire(this);
    }

    long nslabs() {
        return nslabs.get();
    }

    /** A fresh, unpublished pool at unused addresses. */
    Pool allocate(int slots, int nareas, boolean transientPool) {
        long start = nextStart.getAndAdd((long) slots * IoTlb.SIZE + IoTlb.PAGE_SIZE);
        return new Pool(start, slots, nareas, transientPool);
    }

    /** add_mem_pool: list_add_rcu at the head under mem->lock. */
    void add(Pool pool) {
        synchronized (lock) {
            List<Pool> next = new ArrayList<>();
            next.add(pool);
            next.addAll(list());
            LIST.setRelease(this, List.copyOf(next));
            nslabs.addAndGet(pool.nslabs);
        }
    }

    /** schedule_work(&mem->dyn_alloc): at most one run pending (test-and-set, pattern P11). */
    void scheduleGrowth() {
        if (growthPending.compareAndSet(false, true)) {
            worker.execute(() -> {
                growthPending.set(false);
                add(allocate(growthNslabs, growthNareas, false));
            });
        }
    }
}
