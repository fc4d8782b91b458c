package org.lkmm.swiotlb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The swiotlb of Linux 6.6 with CONFIG_SWIOTLB_DYNAMIC: map (find slots, grow, fall back to a
 * transient pool), unmap, syncs, the is_swiotlb_buffer() lookup and, for restricted pools,
 * swiotlb_alloc()/swiotlb_free(), over simulated memory. Where later kernels differ, the
 * Config's Kernel chooses. The kernel's barriers are kept where the patterns of SWIOTLB.md
 * need them: smp_mb() after setting dma_uses_io_tlb, smp_rmb() in the lookup (see Fences).
 */
public final class Swiotlb {
    /** DMA_MAPPING_ERROR: what a failed map returns. */
    public static final long MAPPING_ERROR = -1L;

    private final Ram ram;
    private final Pools pools;
    private final Kernel kernel;
    private final boolean restricted;
    private final Counters counters = new Counters();
    private final GracePeriods rcu;
    private final Executor rcuCallbacks;
    private final Warnings warnings = new Warnings();
    private final Trace trace;
    private final Bounce bounce;

    /**
     * The default allocator: a default pool of config's geometry at defaultStart (page-aligned);
     * growth pools are added by worker when config.canGrow(); rcuCallbacks runs call_rcu() frees.
     */
    public Swiotlb(Ram ram, long defaultStart, Config config, Executor worker, Executor rcuCallbacks) {
        this(ram, defaultStart, config, worker, rcuCallbacks, Trace.NONE, false);
    }

    public Swiotlb(Ram ram, long defaultStart, Config config, Executor worker, Executor rcuCallbacks, Trace trace) {
        this(ram, defaultStart, config, worker, rcuCallbacks, trace, false);
    }

    private Swiotlb(Ram ram, long defaultStart, Config config, Executor worker, Executor rcuCallbacks,
                    Trace trace, boolean restricted) {
        if ((defaultStart & (IoTlb.PAGE_SIZE - 1)) != 0) {
            throw new IllegalArgumentException("a pool starts on a page");
        }
        this.ram = ram;
        this.trace = trace;
        this.kernel = config.kernel();
        this.restricted = restricted;
        this.rcu = new GracePeriods(trace);
        this.pools = new Pools(defaultStart, config, worker, trace);
        this.rcuCallbacks = rcuCallbacks;
        this.bounce = new Bounce(ram, warnings);
    }

    /**
     * A restricted DMA pool (device tree restricted-dma-pool): one area, never grows, may serve
     * swiotlb_alloc(); its devices always bounce.
     */
    public static Swiotlb restricted(Ram ram, long start, int nslabs, Kernel kernel, Executor rcuCallbacks) {
        Config config = new Config(nslabs, 1, false, kernel);
        return new Swiotlb(ram, start, config, Runnable::run, rcuCallbacks, Trace.NONE, true);
    }

    /** swiotlb_map for size bytes: no extra alignment. */
    public long map(Device dev, long orig, int size, Direction dir) {
        return map(dev, orig, size, size, 0, dir);
    }

    /** swiotlb_tbl_map_single (v6.6): the bounce (tlb) address of orig, or MAPPING_ERROR. */
    public long map(Device dev, long orig, int mappingSize, int allocSize, long allocAlignMask, Direction dir) {
        if (mappingSize <= 0 || mappingSize > allocSize) {
            warnings.warn("mapping size " + mappingSize + " larger than allocation size " + allocSize);
            return MAPPING_ERROR;
        }
        // 6.9 keeps min_align_mask bits above a slot too, with padding slots in front
        long keep = kernel.alignment69() ? allocAlignMask | (IoTlb.SIZE - 1) : IoTlb.SIZE - 1;
        int offset = (int) (orig & dev.minAlignMask() & keep);
        Found found = findSlots(dev, orig, allocSize + offset, allocAlignMask);
        if (found == null) {
            warnings.warn("swiotlb buffer is full (sz: " + allocSize + " bytes), total " + pools.nslabs()
                    + " (slots), used " + counters.used() + " (slots)");
            return MAPPING_ERROR;
        }
        Pool pool = found.pool();
        int pad = offset >> IoTlb.SHIFT;
        offset &= IoTlb.SIZE - 1;
        int index = found.index() + pad;
        pool.padSlots[index] = pad;
        // orig_addr is written after find_slots' smp_mb(), as in the kernel (pattern P9)
        for (int i = 0; i < IoTlb.slots(allocSize + offset); i++) {
            trace.step("orig_addr", "WRITE_ONCE");
            pool.origAddr[index + i] = orig + (long) i * IoTlb.SIZE;
        }
        long tlb = pool.start() + (long) index * IoTlb.SIZE + offset;
        pool.copyIn(tlb, ram.read(orig, mappingSize)); // copied in whatever the direction
        return tlb;
    }

    /** swiotlb_max_mapping_size: a segment, less what min_align_mask may skip. */
    public static long maxMappingSize(Device dev) {
        long minAlign = dev.minAlignMask() == 0 ? 0
                : (dev.minAlignMask() + IoTlb.SIZE - 1) / IoTlb.SIZE * IoTlb.SIZE;
        return (long) IoTlb.SIZE * IoTlb.SEGSIZE - minAlign;
    }

    record Found(Pool pool, int index) {}

    /** swiotlb_find_slots, then growth and the transient fallback; null when nothing fits. */
    private Found findSlots(Device dev, long orig, int allocSize, long allocAlignMask) {
        if (kernel.rejectOversizeEarly() && allocSize > IoTlb.SEGSIZE * IoTlb.SIZE) {
            return null; // 6.8: checked before anything else
        }
        int cpu = (int) Thread.currentThread().getId();
        Found found = rcu.read(() -> kernel.areaMajorSearch()
                ? searchAreaMajor(dev, cpu, orig, allocSize, allocAlignMask)
                : searchPoolMajor(dev, cpu, orig, allocSize, allocAlignMask));
        if (found == null) {
            found = grow(dev, orig, allocSize, allocAlignMask);
            if (found == null) {
                return null;
            }
        }
        counters.incUsed(IoTlb.slots(allocSize));
        dev.setUsesIoTlb(trace);
        Fences.mb(trace); // pairs with is_swiotlb_buffer()'s smp_rmb() (P1, P3, P4)
        return found;
    }

    /** v6.6: every area of the newest pool, then of the next. */
    private Found searchPoolMajor(Device dev, int cpu, long orig, int allocSize, long allocAlignMask) {
        for (Pool pool : pools.list()) {
            for (int k = 0; k < pool.areas.length; k++) {
                int area = (cpu + k) & (pool.areas.length - 1);
                int index = SlotSearch.claim(pool, area, dev, orig, allocSize, allocAlignMask, kernel);
                if (index >= 0) {
                    return new Found(pool, index);
                }
            }
        }
        return null;
    }

    /** 6.8: the CPU's own area of every pool, then the next area of every pool. */
    private Found searchAreaMajor(Device dev, int cpu, long orig, int allocSize, long allocAlignMask) {
        for (int k = 0; k < pools.config().nareas(); k++) {
            for (Pool pool : pools.list()) {
                if (k >= pool.areas.length) {
                    continue;
                }
                int area = (cpu + k) & (pool.areas.length - 1);
                int index = SlotSearch.claim(pool, area, dev, orig, allocSize, allocAlignMask, kernel);
                if (index >= 0) {
                    return new Found(pool, index);
                }
            }
        }
        return null;
    }

    /** No pool had room: schedule growth and map into a transient pool of just this size. */
    private Found grow(Device dev, long orig, int allocSize, long allocAlignMask) {
        if (!pools.canGrow) {
            return null;
        }
        pools.scheduleGrowth();
        int nslabs = Math.min(IoTlb.slots(allocSize), Config.DYNAMIC_POOL_CAP);
        Pool pool = pools.allocate(nslabs, 1, true);
        int index = SlotSearch.claim(pool, 0, dev, orig, allocSize, allocAlignMask, kernel);
        if (index < 0) {
            return null; // swiotlb_dyn_free: never published
        }
        synchronized (dev.poolsLock) {
            List<Pool> next = new ArrayList<>();
            next.add(pool);
            next.addAll(dev.transientPools(Trace.NONE)); // the writer holds dma_io_tlb_lock
            dev.publishTransientPools(trace, next);
        }
        return new Found(pool, index);
    }

    /** is_swiotlb_buffer (v6.6, DYNAMIC). */
    public boolean isSwiotlbBuffer(Device dev, long addr) {
        Fences.rmb(trace); // pairs with the mapper's smp_mb()
        return dev.usesIoTlb(trace) && findPool(dev, addr).isPresent();
    }

    /** swiotlb_find_pool: mem->pools, then the device's transient pools, under RCU. */
    public Optional<Pool> findPool(Device dev, long addr) {
        return rcu.read(() -> {
            for (Pool p : pools.list()) {
                if (p.contains(addr)) {
                    return Optional.of(p);
                }
            }
            for (Pool p : dev.transientPools(trace)) {
                if (p.contains(addr)) {
                    return Optional.of(p);
                }
            }
            return Optional.<Pool>empty();
        });
    }

    /**
     * dma-direct's unmap: is_swiotlb_buffer() (an address that is not one is left alone), then
     * swiotlb_tbl_unmap_single: copy back unless skipCpuSync, then delete a transient pool or
     * release the slots. A second unmap finds orig_addr invalid and copies nothing.
     */
    public void unmap(Device dev, long tlb, int size, Direction dir, boolean skipCpuSync) {
        Optional<Pool> found = isSwiotlbBuffer(dev, tlb) ? findPool(dev, tlb) : Optional.empty();
        if (found.isEmpty()) {
            warnings.warn(String.format("unmap of 0x%x: not a swiotlb buffer, skipped", tlb));
            return;
        }
        Pool pool = found.get();
        if (!skipCpuSync && dir.copiesOut()) {
            bounce.out(dev, pool, tlb, size);
        }
        if (pool.isTransient()) {
            deleteTransient(dev, pool);
        } else {
            counters.decUsed(SlotRelease.release(pool, dev, tlb));
        }
    }

    /** swiotlb_sync_single_for_device: original -> bounce for TO_DEVICE and BIDIRECTIONAL. */
    public void syncForDevice(Device dev, long tlb, int size, Direction dir) {
        checkDirection(dir);
        Optional<Pool> pool = findPool(dev, tlb);
        if (dir.copiesIn() && pool.isPresent()) {
            bounce.in(dev, pool.get(), tlb, size);
        }
    }

    /** swiotlb_sync_single_for_cpu: bounce -> original for FROM_DEVICE and BIDIRECTIONAL. */
    public void syncForCpu(Device dev, long tlb, int size, Direction dir) {
        checkDirection(dir);
        Optional<Pool> pool = findPool(dev, tlb);
        if (dir.copiesOut() && pool.isPresent()) {
            bounce.out(dev, pool.get(), tlb, size);
        }
    }

    /** What a device does to the bounce buffer: DMA into it, for tests. */
    public void deviceWrite(Device dev, long tlb, byte[] data) {
        findPool(dev, tlb).orElseThrow().copyIn(tlb, data);
    }

    public byte[] deviceRead(Device dev, long tlb, int length) {
        return findPool(dev, tlb).orElseThrow().copyOut(tlb, length);
    }

    private static void checkDirection(Direction dir) {
        if (dir == Direction.NONE) {
            throw new IllegalArgumentException("BUG: sync with direction NONE");
        }
    }

    /** swiotlb_del_transient (6.6 order: counters first, then unlink and free after a grace period). */
    private void deleteTransient(Device dev, Pool pool) {
        counters.decUsed(pool.nslabs);
        synchronized (dev.poolsLock) {
            List<Pool> next = new ArrayList<>(dev.transientPools(Trace.NONE));
            next.remove(pool);
            dev.publishTransientPools(trace, next);
        }
        rcuCallbacks.execute(() -> { // call_rcu(&pool->rcu, swiotlb_dyn_free)
            rcu.synchronize();
            pool.poison();
        });
    }

    /**
     * swiotlb_alloc (restricted pools): slots with no original address, returned as the page
     * holding the first one. 6.6 asks for no alignment, so the page may start in a slot another
     * allocation owns; 6.9 aligns to the allocation's order and refuses an unaligned result.
     */
    public long alloc(Device dev, int size) {
        if (!restricted) {
            return MAPPING_ERROR;
        }
        long align = kernel.alignment69() ? orderMask(size) : 0;
        Found found = findSlots(dev, 0, size, align);
        if (found == null) {
            return MAPPING_ERROR;
        }
        long tlb = found.pool().start() + (long) found.index() * IoTlb.SIZE;
        if (kernel.alignment69() && (tlb & (IoTlb.PAGE_SIZE - 1)) != 0) {
            warnings.warn("swiotlb_alloc: unaligned result");
            counters.decUsed(SlotRelease.release(found.pool(), dev, tlb));
            return MAPPING_ERROR;
        }
        return tlb & -(long) IoTlb.PAGE_SIZE; // pfn_to_page(PFN_DOWN(tlb_addr))
    }

    /** swiotlb_free: releases the slots at the page's address if it is a bounce buffer. */
    public boolean free(Device dev, long page) {
        Optional<Pool> pool = findPool(dev, page);
        if (pool.isEmpty()) {
            return false;
        }
        counters.decUsed(SlotRelease.release(pool.get(), dev, page));
        return true;
    }

    /** (PAGE_SIZE << get_order(size)) - 1 */
    private static long orderMask(int size) {
        long pages = Math.max(1, (size + IoTlb.PAGE_SIZE - 1L) / IoTlb.PAGE_SIZE);
        int order = 64 - Long.numberOfLeadingZeros(pages - 1);
        return ((long) IoTlb.PAGE_SIZE << order) - 1;
    }

    /** default_swiotlb_base(): a caller that needs a fixed pool address stops growth for good. */
    public long defaultSwiotlbBase() {
        pools.canGrow = false;
        List<Pool> all = pools.list();
        return all.get(all.size() - 1).start();
    }

    public long used() {
        return counters.used();
    }

    public long usedHiwater() {
        return counters.hiwater();
    }

    public Warnings warnings() {
        return warnings;
    }

    /** mem->nslabs: the default pool and growth pools (transient pools are not counted). */
    public long totalSlots() {
        return pools.nslabs();
    }

    public List<Pool> pools() {
        return pools.list();
    }

    public List<Pool> transientPools(Device dev) {
        return dev.transientPools(Trace.NONE);
    }
}
