package org.lkmm.swiotlb;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The swiotlb of Linux 6.6 with CONFIG_SWIOTLB_DYNAMIC: map (find slots, grow, fall back to a
 * transient pool), unmap, syncs, and the is_swiotlb_buffer() lookup, over simulated memory.
 * The kernel's barriers are kept where the patterns of SWIOTLB.md need them: the mapper's
 * smp_mb() after setting dma_uses_io_tlb (fullFence) and the lookup's smp_rmb() (loadLoadFence).
 */
public final class Swiotlb {
    private static final int MAX_MAPPING = IoTlb.SEGSIZE * IoTlb.SIZE;

    private final Ram ram;
    private final Pools pools;
    private final Counters counters = new Counters();
    private final GracePeriods rcu = new GracePeriods();
    private final Executor rcuCallbacks;

    /**
     * A default pool of nslabs slots in nareas areas at defaultStart; growth pools of the same
     * size are added by worker when canGrow; rcuCallbacks runs call_rcu() frees.
     */
    public Swiotlb(Ram ram, long defaultStart, int nslabs, int nareas, boolean canGrow, Executor worker,
                   Executor rcuCallbacks) {
        this.ram = ram;
        this.pools = new Pools(new Pool(defaultStart, nslabs, nareas, false), worker,
                Math.min(nslabs, 2048), nareas, canGrow);
        this.rcuCallbacks = rcuCallbacks;
    }

    /** swiotlb_map for size bytes: no extra alignment. */
    public long map(Device dev, long orig, int size, Direction dir) {
        return map(dev, orig, size, size, 0, dir);
    }

    /** swiotlb_tbl_map_single: returns the bounce (tlb) address of orig. */
    public long map(Device dev, long orig, int mappingSize, int allocSize, long allocAlignMask, Direction dir) {
        if (mappingSize <= 0 || allocSize <= 0) {
            throw new IllegalArgumentException("mapping size must be positive");
        }
        if (mappingSize > allocSize) {
            throw new IllegalArgumentException("mapping size " + mappingSize + " exceeds allocation " + allocSize);
        }
        int offset = IoTlb.alignOffset(dev, orig);
        if (allocSize + offset > MAX_MAPPING) {
            throw new IllegalArgumentException("mapping of " + allocSize + " bytes exceeds the maximum " + MAX_MAPPING);
        }
        Found found = findSlots(dev, orig, allocSize + offset, allocAlignMask);
        // orig_addr is written after find_slots' smp_mb(), as in the kernel (pattern P9)
        Pool pool = found.pool();
        for (int i = 0; i < IoTlb.slots(allocSize + offset); i++) {
            pool.origAddr[found.index() + i] = orig + (long) i * IoTlb.SIZE;
        }
        long tlb = pool.start() + (long) found.index() * IoTlb.SIZE + offset;
        pool.copyIn(tlb, ram.read(orig, mappingSize)); // copied in whatever the direction
        return tlb;
    }

    private record Found(Pool pool, int index) {}

    /** swiotlb_find_slots (v6.6, pool-major), then growth and the transient fallback. */
    private Found findSlots(Device dev, long orig, int allocSize, long allocAlignMask) {
        int cpu = (int) Thread.currentThread().getId();
        Found found = rcu.read(() -> {
            for (Pool pool : pools.list()) {
                for (int k = 0; k < pool.areas.length; k++) {
                    int area = (cpu + k) & (pool.areas.length - 1);
                    int index = SlotSearch.claim(pool, area, dev, orig, allocSize, allocAlignMask);
                    if (index >= 0) {
                        return new Found(pool, index);
                    }
                }
            }
            return null;
        });
        if (found == null) {
            found = grow(dev, orig, allocSize, allocAlignMask);
        }
        counters.incUsed(IoTlb.slots(allocSize));
        dev.setUsesIoTlb();
        VarHandle.fullFence(); // smp_mb(): pairs with is_swiotlb_buffer()'s smp_rmb() (P1, P3)
        return found;
    }

    private Found grow(Device dev, long orig, int allocSize, long allocAlignMask) {
        if (!pools.canGrow) {
            throw new SwiotlbFullException("swiotlb buffer is full (" + pools.nslabs() + " slots, "
                    + counters.used() + " used) and may not grow");
        }
        pools.scheduleGrowth();
        Pool pool = pools.allocate(IoTlb.slots(allocSize), 1, true);
        int index = SlotSearch.claim(pool, 0, dev, orig, allocSize, allocAlignMask);
        if (index < 0) {
            throw new SwiotlbFullException("no transient pool fits " + allocSize + " bytes with this alignment");
        }
        synchronized (dev.poolsLock) {
            List<Pool> next = new ArrayList<>();
            next.add(pool);
            next.addAll(dev.transientPools());
            dev.publishTransientPools(next);
        }
        return new Found(pool, index);
    }

    /** is_swiotlb_buffer (v6.6, DYNAMIC). */
    public boolean isSwiotlbBuffer(Device dev, long addr) {
        VarHandle.loadLoadFence(); // smp_rmb(): pairs with the mapper's smp_mb()
        return dev.usesIoTlb() && findPool(dev, addr).isPresent();
    }

    /** swiotlb_find_pool: mem->pools, then the device's transient pools, under RCU. */
    public Optional<Pool> findPool(Device dev, long addr) {
        return rcu.read(() -> {
            for (Pool p : pools.list()) {
                if (p.contains(addr)) {
                    return Optional.of(p);
                }
            }
            for (Pool p : dev.transientPools()) {
                if (p.contains(addr)) {
                    return Optional.of(p);
                }
            }
            return Optional.<Pool>empty();
        });
    }

    /** swiotlb_tbl_unmap_single. */
    public void unmap(Device dev, long tlb, int size, Direction dir, boolean skipCpuSync) {
        Pool pool = mappedPool(dev, tlb);
        if (!skipCpuSync && dir.copiesOut()) {
            bounceOut(dev, pool, tlb, size);
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
        if (dir.copiesIn()) {
            Pool pool = mappedPool(dev, tlb);
            Window w = window(dev, pool, tlb, size);
            pool.copyIn(tlb, ram.read(w.orig(), w.length()));
        }
    }

    /** swiotlb_sync_single_for_cpu: bounce -> original for FROM_DEVICE and BIDIRECTIONAL. */
    public void syncForCpu(Device dev, long tlb, int size, Direction dir) {
        checkDirection(dir);
        if (dir.copiesOut()) {
            bounceOut(dev, mappedPool(dev, tlb), tlb, size);
        }
    }

    /** What a device does to the bounce buffer: DMA into it, for tests. */
    public void deviceWrite(Device dev, long tlb, byte[] data) {
        mappedPool(dev, tlb).copyIn(tlb, data);
    }

    public byte[] deviceRead(Device dev, long tlb, int length) {
        return mappedPool(dev, tlb).copyOut(tlb, length);
    }

    private void bounceOut(Device dev, Pool pool, long tlb, int size) {
        Window w = window(dev, pool, tlb, size);
        ram.write(w.orig(), pool.copyOut(tlb, w.length()));
    }

    private record Window(long orig, int length) {}

    /** swiotlb_bounce (v6.6): which original bytes a (partial) sync at tlb covers. */
    private Window window(Device dev, Pool pool, long tlb, int size) {
        int i = (int) ((tlb - pool.start()) >> IoTlb.SHIFT);
        long orig = pool.origAddr[i];
        int t = (int) (tlb & (IoTlb.SIZE - 1));
        int o = IoTlb.alignOffset(dev, orig);
        if (t < o) {
            throw new IllegalArgumentException(String.format("access before mapping start at 0x%x", tlb));
        }
        t -= o;
        if (t > pool.allocSize[i]) {
            throw new IllegalArgumentException(String.format("access after mapping end at 0x%x", tlb));
        }
        int avail = pool.allocSize[i] - t;
        if (size > avail) {
            throw new IllegalArgumentException("sync of " + size + " bytes overruns the mapping (" + avail + " left)");
        }
        return new Window(orig + t, size);
    }

    private Pool mappedPool(Device dev, long tlb) {
        Pool pool = findPool(dev, tlb).orElseThrow(() ->
                new IllegalArgumentException(String.format("0x%x is not a swiotlb buffer", tlb)));
        int i = (int) ((tlb - pool.start()) >> IoTlb.SHIFT);
        if (pool.origAddr[i] == IoTlb.INVALID_PHYS_ADDR) {
            throw new IllegalArgumentException(String.format("0x%x is not mapped (double unmap?)", tlb));
        }
        return pool;
    }

    private static void checkDirection(Direction dir) {
        if (dir == Direction.NONE) {
            throw new IllegalArgumentException("sync with direction NONE");
        }
    }

    /** swiotlb_del_transient (6.6 order: counters first, then unlink and free after a grace period). */
    private void deleteTransient(Device dev, Pool pool) {
        counters.decUsed(pool.nslabs);
        synchronized (dev.poolsLock) {
            List<Pool> next = new ArrayList<>(dev.transientPools());
            next.remove(pool);
            dev.publishTransientPools(next);
        }
        rcuCallbacks.execute(() -> {
            rcu.synchronize();
            pool.poison();
        });
    }

    public long used() {
        return counters.used();
    }

    public long usedHiwater() {
        return counters.hiwater();
    }

    /** mem->nslabs: the default pool and growth pools (transient pools are not counted). */
    public long totalSlots() {
        return pools.nslabs();
    }

    public List<Pool> pools() {
        return pools.list();
    }

    public List<Pool> transientPools(Device dev) {
        return dev.transientPools();
    }
}
