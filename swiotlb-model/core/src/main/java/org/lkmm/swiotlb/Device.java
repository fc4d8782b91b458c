package org.lkmm.swiotlb;

import java.util.List;

/**
 * What swiotlb needs of struct device: the bits of the original address it must keep
 * (min_align_mask), its segment boundary, the dma_uses_io_tlb flag and its transient pools
 * (newest first, published RCU-style as an immutable list under the device's lock).
 */
public final class Device {
    private final long minAlignMask;
    private final long segBoundaryMask;
    private final Cell<Boolean> usesIoTlb = new Cell<>("dma_uses_io_tlb", false);
    private final Cell<List<Pool>> transientPools = new Cell<>("dev_pools", List.of());
    /** dev->dma_io_tlb_lock */
    final Object poolsLock = new Object();

    public Device(long minAlignMask) {
        this(minAlignMask, -1L);
    }

    public Device(long minAlignMask, long segBoundaryMask) {
        if (minAlignMask < 0 || Long.bitCount(minAlignMask + 1) != 1) {
            throw new IllegalArgumentException("min_align_mask must be 2^n - 1");
        }
        if (segBoundaryMask != -1L && (segBoundaryMask < IoTlb.SIZE - 1 || Long.bitCount(segBoundaryMask + 1) != 1)) {
            throw new IllegalArgumentException("segment boundary mask must be 2^n - 1, at least a slot");
        }
        this.minAlignMask = minAlignMask;
        this.segBoundaryMask = segBoundaryMask;
    }

    public long minAlignMask() {
        return minAlignMask;
    }

    public long segBoundaryMask() {
        return segBoundaryMask;
    }

    /** WRITE_ONCE(dev->dma_uses_io_tlb, true) */
    void setUsesIoTlb(Trace trace) {
        usesIoTlb.setOpaque(trace, true);
    }

    /** READ_ONCE(dev->dma_uses_io_tlb) */
    boolean usesIoTlb(Trace trace) {
        return usesIoTlb.getOpaque(trace);
    }

    public boolean usesIoTlb() {
        return usesIoTlb(Trace.NONE);
    }

    /** rcu_dereference of the list head: getAcquire, as Java has no dependency ordering. */
    List<Pool> transientPools(Trace trace) {
        return transientPools.getAcquire(trace);
    }

    /** list_add_rcu / list_del_rcu under dma_io_tlb_lock: publish a new immutable list with release. */
    void publishTransientPools(Trace trace, List<Pool> pools) {
        transientPools.setRelease(trace, List.copyOf(pools));
    }
}
