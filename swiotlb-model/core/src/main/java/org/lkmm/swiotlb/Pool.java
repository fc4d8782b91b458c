package org.lkmm.swiotlb;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * struct io_tlb_pool: bounce memory of nslabs slots from start, split into areas, with each
 * slot's original address, allocation size and free-run count. Slot fields are written under
 * their area's lock, except orig_addr of a new mapping, which the mapper writes after the
 * search (as the kernel does). A freed pool is poisoned (start = -1) and any later use of it,
 * a lookup stepping on it included, throws: the model's use-after-free.
 */
public final class Pool {
    private volatile long start;
    private volatile boolean freed;
    final int nslabs;
    final int areaNslabs;
    final Area[] areas;
    final long[] origAddr;
    final int[] allocSize;
    final int[] list;
    /** pad_slots (6.9): padding slots in front of a mapping, kept in its first real slot. */
    final int[] padSlots;
    /** Zeroed bounce memory, one array per slot allocated on first use (the mirrors make many pools). */
    private final AtomicReferenceArray<byte[]> memory;
    final boolean transientPool;
    final Trace trace;

    Pool(long start, int nslabs, int nareas, boolean transientPool, Kernel kernel, Trace trace) {
        if (nslabs <= 0 || nareas <= 0 || Integer.bitCount(nareas) != 1 || nslabs % nareas != 0) {
            throw new IllegalArgumentException("bad pool geometry: " + nslabs + " slots, " + nareas + " areas");
        }
        this.start = start;
        this.nslabs = nslabs;
        this.areaNslabs = nslabs / nareas;
        this.areas = new Area[nareas];
        for (int a = 0; a < nareas; a++) {
            areas[a] = new Area("area_lock");
        }
        this.origAddr = new long[nslabs];
        this.allocSize = new int[nslabs];
        this.list = new int[nslabs];
        this.padSlots = new int[nslabs];
        this.memory = new AtomicReferenceArray<>(nslabs);
        for (int i = 0; i < nslabs; i++) {
            origAddr[i] = IoTlb.INVALID_PHYS_ADDR;
            int toSegmentEnd = IoTlb.SEGSIZE - (i % IoTlb.SEGSIZE);
            // 6.6.0 assumed whole segments; the 6.6.3 fix (CVE-2023-52790) stops at the pool end
            list[i] = kernel.freeRunsStopAtPoolEnd() ? Math.min(toSegmentEnd, nslabs - i) : toSegmentEnd;
        }
        this.transientPool = transientPool;
        this.trace = trace;
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

    public int nareas() {
        return areas.length;
    }

    public boolean isTransient() {
        return transientPool;
    }

    /** pool->start <= addr < pool->end; reading a freed pool is a use after free. */
    public boolean contains(long addr) {
        long s = start;
        if (freed) {
            throw new IllegalStateException("use of a freed swiotlb pool");
        }
        return addr >= s && addr < s + (long) nslabs * IoTlb.SIZE;
    }

    public boolean isFreed() {
        return freed;
    }

    /** Slots in use, summed over the areas under their locks. */
    public int used() {
        int used = 0;
        for (Area a : areas) {
            a.lock(Trace.NONE);
            try {
                used += a.used;
            } finally {
                a.unlock(Trace.NONE);
            }
        }
        return used;
    }

    /** Slots in use in one area, under its lock. */
    public int used(int area) {
        areas[area].lock(Trace.NONE);
        try {
            return areas[area].used;
        } finally {
            areas[area].unlock(Trace.NONE);
        }
    }

    /** A copy of the free-run counts, for checking invariants when nothing is in flight. */
    public int[] freeRuns() {
        return list.clone();
    }

    /** The free-run counts a fresh pool of this size has. */
    public int[] initialFreeRuns() {
        int[] fresh = new int[nslabs];
        for (int i = 0; i < nslabs; i++) {
            fresh[i] = Math.min(IoTlb.SEGSIZE - (i % IoTlb.SEGSIZE), nslabs - i);
        }
        return fresh;
    }

    void copyIn(long tlbAddr, byte[] data) {
        copy(tlbAddr, data, true);
    }

    byte[] copyOut(long tlbAddr, int length) {
        byte[] out = new byte[length];
        copy(tlbAddr, out, false);
        return out;
    }

    private void copy(long tlbAddr, byte[] buf, boolean in) {
        if (freed) {
            throw new IllegalStateException("use of a freed swiotlb pool");
        }
        long at = tlbAddr - start;
        if (at < 0 || at + buf.length > (long) nslabs * IoTlb.SIZE) {
            throw new IndexOutOfBoundsException(String.format("0x%x+%d is outside the pool", tlbAddr, buf.length));
        }
        for (int done = 0; done < buf.length; ) {
            int slot = (int) ((at + done) >> IoTlb.SHIFT);
            int inSlot = (int) ((at + done) & (IoTlb.SIZE - 1));
            int n = Math.min(buf.length - done, IoTlb.SIZE - inSlot);
            byte[] m = slotMemory(slot);
            if (in) {
                System.arraycopy(buf, done, m, inSlot, n);
            } else {
                System.arraycopy(m, inSlot, buf, done, n);
            }
            done += n;
        }
    }

    private byte[] slotMemory(int slot) {
        byte[] m = memory.get(slot);
        if (m == null) {
            memory.compareAndSet(slot, null, new byte[IoTlb.SIZE]);
            m = memory.get(slot);
        }
        return m;
    }

    /** orig_addr of a slot, as a debugger would read it (tests only; no ordering). */
    public long origAddr(int slot) {
        return origAddr[slot];
    }

    /** alloc_size of a slot, likewise. */
    public int allocSize(int slot) {
        return allocSize[slot];
    }

    /** The RCU callback's free, made visible. */
    void poison() {
        trace.step("pool", "free");
        freed = true;
        start = -1;
    }
}
