package org.lkmm.swiotlb;

/** swiotlb_release_slots: give a mapping's slots back, merging free runs within the segment. */
final class SlotRelease {
    private SlotRelease() {}

    /**
     * Returns the number of slots released. nslots comes from the first slot's alloc_size, read
     * without the lock; a second release of a free slot (alloc_size 0) releases nothing, or one
     * slot when the device keeps in-slot offset bits, as in the kernel.
     */
    static int release(Pool pool, Device dev, long tlbAddr) {
        int offset = IoTlb.alignOffset(dev, tlbAddr);
        int index = (int) ((tlbAddr - offset - pool.start()) >> IoTlb.SHIFT);
        index -= pool.padSlots[index]; // 0 before 6.9
        int nslots = IoTlb.slots(pool.allocSize[index] + offset);
        int areaIndex = index / pool.areaNslabs;
        if (areaIndex >= pool.areas.length) {
            throw new IllegalStateException("BUG: slot " + index + " is in no area"); // the kernel's BUG_ON
        }
        Area area = pool.areas[areaIndex];
        area.lock(pool.trace);
        try {
            int end = index + nslots;
            int segmentEnd = (index / IoTlb.SEGSIZE + 1) * IoTlb.SEGSIZE;
            int count = end < segmentEnd && end < pool.nslabs ? pool.list[end] : 0;
            for (int i = end - 1; i >= index; i--) {
                pool.list[i] = ++count;
                pool.trace.step("orig_addr", "WRITE_ONCE");
                pool.origAddr[i] = IoTlb.INVALID_PHYS_ADDR;
                pool.allocSize[i] = 0;
                pool.padSlots[i] = 0;
            }
            for (int i = index - 1; i >= 0 && i % IoTlb.SEGSIZE != IoTlb.SEGSIZE - 1 && pool.list[i] != 0; i--) {
                pool.list[i] = ++count;
            }
            area.used -= nslots;
        } finally {
            area.unlock(pool.trace);
        }
        return nslots;
    }
}
