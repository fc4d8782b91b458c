package org.lkmm.swiotlb;

/** swiotlb_release_slots: give a mapping's slots back, merging free runs within the segment. */
final class SlotRelease {
    private SlotRelease() {}

    /** Returns the number of slots released. */
    static int release(Pool pool, Device dev, long tlbAddr) {
        int offset = IoTlb.alignOffset(dev, tlbAddr);
        int index = (int) ((tlbAddr - offset - pool.start()) >> IoTlb.SHIFT);
        int nslots = IoTlb.slots(pool.allocSize[index] + offset);
        Area area = pool.areas[index / pool.areaNslabs];
        area.lock.lock();
        try {
            int end = index + nslots;
            int segmentEnd = (index / IoTlb.SEGSIZE + 1) * IoTlb.SEGSIZE;
            int count = end < segmentEnd && end < pool.nslabs ? pool.list[end] : 0;
            for (int i = end - 1; i >= index; i--) {
                pool.list[i] = ++count;
                pool.origAddr[i] = IoTlb.INVALID_PHYS_ADDR;
                pool.allocSize[i] = 0;
            }
            for (int i = index - 1; i >= 0 && i % IoTlb.SEGSIZE != IoTlb.SEGSIZE - 1 && pool.list[i] != 0; i--) {
                pool.list[i] = ++count;
            }
            area.used -= nslots;
        } finally {
            area.lock.unlock();
        }
        return nslots;
    }
}
