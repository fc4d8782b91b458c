package org.lkmm.swiotlb;

/**
 * swiotlb_bounce (v6.6): copy between a (partial) window of a mapping and the original buffer,
 * reading the slot's orig_addr and alloc_size without a lock. Where v6.6 warns it carries on:
 * an access before the mapping's start or past its end copies nothing, an over-long one is
 * clamped to what the mapping has left.
 */
final class Bounce {
    private final Ram ram;
    private final Warnings warnings;

    Bounce(Ram ram, Warnings warnings) {
        this.ram = ram;
        this.warnings = warnings;
    }

    /** original -> bounce */
    void in(Device dev, Pool pool, long tlb, int size) {
        Window w = window(dev, pool, tlb, size);
        if (w != null) {
            pool.copyIn(tlb, ram.read(w.orig(), w.length()));
        }
    }

    /** bounce -> original */
    void out(Device dev, Pool pool, long tlb, int size) {
        Window w = window(dev, pool, tlb, size);
        if (w != null) {
            ram.write(w.orig(), pool.copyOut(tlb, w.length()));
        }
    }

    private record Window(long orig, int length) {}

    /** Which original bytes a copy at tlb covers, or null for none. */
    private Window window(Device dev, Pool pool, long tlb, int size) {
        int i = (int) ((tlb - pool.start()) >> IoTlb.SHIFT);
        long orig = pool.origAddr[i];
        int allocSize = pool.allocSize[i];
        if (orig == IoTlb.INVALID_PHYS_ADDR) {
            return null;
        }
        int t = (int) (tlb & (IoTlb.SIZE - 1));
        int o = IoTlb.alignOffset(dev, orig);
        if (t < o) {
            warnings.warn(String.format("Access before mapping start detected. orig offset %d, requested offset %d.", o, t));
            return null;
        }
        t -= o;
        if (t > allocSize) {
            warnings.warn(String.format("Buffer overflow detected. Allocation size: %d. Mapping offset: %d.", allocSize, t));
            return null;
        }
        int avail = allocSize - t;
        if (size > avail) {
            warnings.warn(String.format("Buffer overflow detected. Allocation size: %d. Mapping size: %d.", avail, size));
            size = avail;
        }
        return new Window(orig + t, size);
    }
}
