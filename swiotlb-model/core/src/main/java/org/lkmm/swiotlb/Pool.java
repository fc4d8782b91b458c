package org.lkmm.swiotlb;

/**
 * struct io_tlb_pool: bounce memory of nslabs slots from start, split into areas, with each
 * slot's original address, allocation size and free-run count. Slot fields are written under
 * their area's lock, except orig_addr, which the mapper writes after the search (as the kernel
 * does). A freed pool is poisoned (start = -1, no memory) so that a use after free shows.
 */
public final class Pool {
    private volatile long start;
    final int nslabs;
    final int areaNslabs;
    final Area[] areas;
    final long[] origAddr;
    final int[] allocSize;
    final int[] list;
    private volatile byte[] memory;
    final boolean transientPool;

    Pool(long start, int nslabs, int nareas, boolean transientPool) {
        if (nslabs <= 0 || nareas <= 0 || Integer.bitCount(nareas) != 1) {
            throw new IllegalArgumentException("bad pool geometry: " + nslabs + " slots, " + nareas + " areas");
        }
        this.start = start;
        this.nslabs = nslabs;
        this.areaNslabs = nslabs / nareas;
        this.areas = new Area[nareas];
        for (int a = 0; a < nareas; a++) {
            areas[a] = new Area();
        }
        this.origAddr = new long[nslabs];
        this.allocSize = new int[nslabs];
        this.list = new int[nslabs];
        for (int i = 0; i < nslabs; i++) {
            origAddr[i] = IoTlb.INVALID_PHYS_ADDR;
            // the 6.7 fix (CVE-2023-52790): a free run never passes the end of the pool
            list[i] = Math.min(IoTlb.SEGSIZE - (i % IoTlb.SEGSIZE), nslabs - i);
        }
        this.memory = new byte[nslabs * IoTlb.SIZE];
        this.transientPool = transientPool;
    }

    public long start() {
        return start;
    }

    public long end() {
        return start + (long) nslabs * IoTlb.SIZE;
    }

    public int nslabs() {
        return nslabs;
    }

    public boolean isTransient() {
        return transientPool;
    }

    public boolean contains(long addr) {
        long s = start;
        return s >= 0 && addr >= s && addr < s + (long) nslabs * IoTlb.SIZE;
    }

    /** Slots in use, summed over the areas under their locks. */
    public int used() {
        int used = 0;
        for (Area a : areas) {
            a.lock.lock();
            try {
                used += a.used;
            } finally {
                a.lock.unlock();
            }
        }
        return used;
    }

    /** A copy of the free-run counts, for checking invariants when nothing is in flight. */
    public int[] freeRuns() {
        return list.clone();
    }

    void copyIn(long tlbAddr, byte[] data) {
        System.arraycopy(data, 0, live(), (int) (tlbAddr - start), data.length);
    }

    byte[] copyOut(long tlbAddr, int length) {
        byte[] out = new byte[length];
        System.arraycopy(live(), (int) (tlbAddr - start), out, 0, length);
        return out;
    }

    private byte[] live() {
        byte[] m = memory;
        if (m == null) {
            throw new IllegalStateException("use of a freed swiotlb pool");
        }
        return m;
    }

    /** The RCU callback's free, made visible. */
    void poison() {
        memory = null;
        start = -1;
    }
}
