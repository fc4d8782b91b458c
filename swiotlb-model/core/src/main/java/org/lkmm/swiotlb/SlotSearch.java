package org.lkmm.swiotlb;

/**
 * swiotlb_area_find_slots (v6.6; swiotlb_search_pool_area from 6.8): find and claim nslots
 * slots in one area of one pool that keep the device's min_align_mask bits of orig, honour the
 * allocation alignment and stride, and do not cross a segment or the device's boundary; all
 * under the area lock. Alignment follows v6.6 or, with Kernel.alignment69, the 6.9 form.
 */
final class SlotSearch {
    private SlotSearch() {}

    /** What "aligned" means for one request: the stride and the test of a candidate slot address. */
    private record Alignment(int stride, long allocMask, long origMask) {
        boolean misaligned(long slotAddr, long orig) {
            return (slotAddr & allocMask) != 0 || (orig != 0 && (slotAddr & origMask) != (orig & origMask));
        }
    }

    private static Alignment alignment(Kernel kernel, Device dev, int allocSize, long allocAlignMask) {
        if (!kernel.alignment69()) {
            long mask = dev.minAlignMask() | allocAlignMask;
            if (allocSize >= IoTlb.PAGE_SIZE) {
                mask |= IoTlb.PAGE_SIZE - 1;
            }
            mask &= ~(long) (IoTlb.SIZE - 1);
            return new Alignment((int) (mask >>> IoTlb.SHIFT) + 1, 0, mask);
        }
        long iotlb = dev.minAlignMask();
        long alloc = allocAlignMask;
        if (alloc == 0 && iotlb == 0 && allocSize >= IoTlb.PAGE_SIZE) {
            alloc = IoTlb.PAGE_SIZE - 1;
        }
        alloc |= IoTlb.SIZE - 1;
        iotlb &= ~alloc;
        return new Alignment((int) (Math.max(alloc, iotlb) >>> IoTlb.SHIFT) + 1, alloc & ~(long) (IoTlb.SIZE - 1), iotlb);
    }

    /** The claimed pool-relative slot index, or -1. allocSize already includes the in-slot offset. */
    static int claim(Pool pool, int areaIndex, Device dev, long orig, int allocSize, long allocAlignMask, Kernel kernel) {
        Area area = pool.areas[areaIndex];
        long boundary = dev.segBoundaryMask();
        long tbl = pool.start() & boundary;
        long maxSlots = (boundary >>> IoTlb.SHIFT) + 1;
        int nslots = IoTlb.slots(allocSize);
        int offset = IoTlb.alignOffset(dev, orig);
        Alignment align = alignment(kernel, dev, allocSize, allocAlignMask);
        int base = areaIndex * pool.areaNslabs;

        area.lock(pool.trace);
        try {
            if (nslots > pool.areaNslabs - area.used) {
                return -1;
            }
            int idx = area.index;
            for (int checked = 0; checked < pool.areaNslabs; ) {
                int s = base + idx;
                if (align.misaligned(tbl + (long) s * IoTlb.SIZE, orig)) {
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
                idx = wrap(pool, idx + align.stride());
                checked += align.stride();
            }
            return -1;
        } finally {
            area.unlock(pool.trace);
        }
    }

    /** Claims [s, s + nslots); with 6.6.0's free runs this can write past the pool's end. */
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
