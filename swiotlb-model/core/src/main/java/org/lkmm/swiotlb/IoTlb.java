package org.lkmm.swiotlb;

/** The swiotlb constants (include/linux/swiotlb.h) and the arithmetic built on them. */
public final class IoTlb {
    public static final int SHIFT = 11;
    /** Bytes per slot. */
    public static final int SIZE = 1 << SHIFT;
    /** Slots per segment: the most one mapping can take. */
    public static final int SEGSIZE = 128;
    public static final int PAGE_SIZE = 4096;
    /** orig_addr of a slot that shadows nothing. */
    public static final long INVALID_PHYS_ADDR = -1L;

    private IoTlb() {}

    /** Slots needed for size bytes. */
    public static int slots(long size) {
        return (int) ((size + SIZE - 1) >> SHIFT);
    }

    /** The byte offset of orig inside its slot that the device needs kept. */
    public static int alignOffset(Device dev, long orig) {
        return (int) (orig & dev.minAlignMask() & (SIZE - 1));
    }
}
