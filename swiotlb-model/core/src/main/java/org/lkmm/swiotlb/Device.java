package org.lkmm.swiotlb;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * What swiotlb needs of struct device: the bits of the original address it must keep
 * (min_align_mask), its segment boundary, the dma_uses_io_tlb flag and its transient pools
 * (newest first, published RCU-style as an immutable list under the device's lock).
 */
public final class Device {
    private static final VarHandle USES_IO_TLB;
    private static final VarHandle TRANSIENT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            USES_IO_TLB = l.findVarHandle(Device.class, "usesIoTlb", boolean.class);
            TRANSIENT = l.findVarHandle(Device.class, "transientPools", List.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long minAlignMask;
    private final long segBoundaryMask;
    @SuppressWarnings("unused") // accessed through USES_IO_TLB
    private boolean usesIoTlb;
    @SuppressWarnings("unused") // accessed through TRANSIENT
    private List<Pool> transientPools = List.of();
    final Object poolsLock = new Object();

    public Device(long minAlignMask) {
        this(minAlignMask, -1L);
    }

    public Device(long minAlignMask, long segBoundaryMask) {
        if (minAlignMask < 0 || Long.bitCount(minAlignMask + 1) != 1) {
            throw new IllegalArgumentException("min_align_mask must be 2^n - 1");
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
    void setUsesIoTlb() {
        USES_IO_TLB.setOpaque(this, true);
    }

    /** READ_ONCE(dev->dma_uses_io_tlb) */
    public boolean usesIoTlb() {
        return (boolean) USES_IO_TLB.getOpaque(this);
    }

    /** rcu_dereference of the list head: getAcquire, as Java has no dependency ordering. */
    @SuppressWarnings("unchecked")
    List<Pool> transientPools() {
        return (List<Pool>) TRANSIENT.getAcquire(this);
    }

    /** list_add_rcu / list_del_rcu under dma_io_tlb_lock: publish a new immutable list with release. */
    void publishTransientPools(List<Pool> pools) {
        TRANSIENT.setRelease(this, List.copyOf(pools));
    }
}
