package org.lkmm.swiotlb;

/**
 * swiotlb_area_find_slots (v6.6): find and claim nslots slots in one area of one pool that keep
 * the device's min_align_mask bits of orig, honour the allocation alignment and stride, and do
 * not cross a segment or the device's boundary; all under the area lock.
 */
final class SlotSearch {
    private SlotSearch() {}

    /** The claimed pool-relative slot index, or -1. allocSize already includes the in-slot offset. */
    static int claim(Pool pool, int areaIndex, Device dev, long orig, int allocSize, long allocAlignMask) {
        Area area = pool.areas[areaIndex];
        long boundary = dev.segBoundaryMask();
        long tbl = pool.start() & boundary;
        long maxSlots = (boundary >>> IoTlb.SHIFT) + 1;
        int nslots = IoTlb.slots(allocSize);
        int offset = IoTlb.alignOffset(dev, orig);
        long mask = dev.minAlignMask() | allocAlignMask;
        if (allocSize >= IoTlb.PAGE_SIZE) {
            mask |= IoTlb.PAGE_SIZE - 1;
        }
        mask &= ~(long) (IoTlb.SIZE - 1);
        int stride = (int) (mask >>> IoTlb.SHIFT) + 1;
        int base = areaIndex * pool.areaNslabs;

        area.lock.lock();
        try {
            if (nslots > pool.areaNslabs - area.used) {
                return -1;
            }
            int idx = area.index;
            for (int checked = 0; checked < pool.areaNslabs; ) {
                int s = base + idx;
                long slotAddr = tbl + (long) s * IoTlb.SIZE;
                if (orig != 0 && (slotAddr & mask) != (orig & mask)) {
                    idx = wrap(pool, idx + 1);
                    checked++;
                    continue;
                }
                boolean crosses = (((tbl + IoTlb.SIZE - 1) / IoTlb.SIZE + s) & (maxSlots - 1)) + nslots > maxSlots;
                if (!crosses && pool.list[s] >= nslots) {
                    take(pool, s, nslots, allocSize, offset);
                    area.index = wrap(pool, idx + nslots);
                    area.used += nslots;
                    return s;
                }
                idx = wrap(pool, idx + stride);
                checked += stride;
            }
            return -1;
        } finally {
            area.lock.unlock();
        }
    }

    private static void take(Pool pool, int s, int nslots, int allocSize, int offset) {
        for (int i = s; i < s + nslots; i++) {
            pool.list[i] = 0;
            pool.allocSize[i] = allocSize - (offset + (i - s) * IoTlb.SIZE);
        }
        // the free run before s now ends at s
        int count = 0;
        for (int i = s - 1; i >= 0 && i % IoTlb.SEGSIZE != IoTlb.SEGSIZE - 1 && pool.list[i] != 0; i--) {
            pool.list[i] = ++count;
        }
    }

    private static int wrap(Pool pool, int i) {
        return i >= pool.areaNslabs ? 0 : i;
    }
}
