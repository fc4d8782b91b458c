package org.lkmm.swiotlb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Fixed kernel bugs replayed as differences between the versions the Kernel switch names. */
class KernelVersionsTest {
    /** NVMe-like: keeps the low 12 bits of the original address. */
    private final Device nvme = new Device(4096 - 1);

    /**
     * CVE-2023-52790: an exact-size transient pool searched from slot 1 (the min_align_mask bits
     * of an original at offset 0x800 of its page) with 6.6.0's free-run counts hands out slots
     * past the pool's end; 6.6.3 fails the map instead.
     */
    @Test
    void transientPoolPastItsEndIn660() {
        long orig = Fixture.RAM_BASE + 0x800;
        Fixture f660 = exhausted(Kernel.V6_6_0);
        assertThrows(ArrayIndexOutOfBoundsException.class,
                () -> f660.tlb.map(nvme, orig, 2 * IoTlb.SIZE, Direction.TO_DEVICE), "6.6.0 writes slot 2 of a 2-slot pool");
        Fixture f663 = exhausted(Kernel.V6_6_3);
        assertEquals(Swiotlb.MAPPING_ERROR, f663.tlb.map(nvme, orig, 2 * IoTlb.SIZE, Direction.TO_DEVICE),
                "6.6.3: list[1] is 1, the run does not fit, the map fails");
    }

    /**
     * The 6.9 double allocation: swiotlb_alloc() asks for no alignment in 6.6, so after a
     * one-slot allocation a page-sized one starts at slot 1 and its page is slot 0's too.
     */
    @Test
    void swiotlbAllocSharesAPageIn66ButNotIn69() {
        Device dev = new Device(0);
        for (Kernel k : new Kernel[] {Kernel.V6_6_3, Kernel.V6_9}) {
            Swiotlb r = Swiotlb.restricted(new Ram(Fixture.RAM_BASE, 1 << 12), Fixture.POOL_BASE, 128, k, Runnable::run);
            long first = r.alloc(dev, 100);
            long second = r.alloc(dev, IoTlb.PAGE_SIZE);
            if (k == Kernel.V6_6_3) {
                assertEquals(first, second, "6.6: both users get the page at slot 0");
            } else {
                assertNotEquals(first, second, "6.9: the page-sized allocation gets a page of its own");
            }
        }
    }

    /**
     * 6.8's area-major search: with a growth pool of 2 areas in front of the default pool,
     * a CPU whose own area of the growth pool is full uses its own area of the default pool in
     * 6.8, but the growth pool's other area in 6.6.
     */
    @Test
    void searchOrderPoolMajorIn66AreaMajorIn68() {
        int cpuArea = (int) Thread.currentThread().getId() & 1;
        for (Kernel k : new Kernel[] {Kernel.V6_6_3, Kernel.V6_8}) {
            Fixture f = new Fixture(new Config(256, 2, true, k));
            Device dev = new Device(0);
            f.tlb.map(dev, Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE);
            f.tlb.map(dev, Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE);
            f.tlb.map(dev, Fixture.RAM_BASE, 1, Direction.TO_DEVICE); // transient; growth scheduled
            f.runPendingWork();
            Pool growth = f.tlb.pools().get(0);
            f.tlb.map(dev, Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE); // fills the CPU's growth area
            // free the CPU's own area of the default pool
            Pool defpool = f.defaultPool();
            f.tlb.unmap(dev, defpool.start() + (long) cpuArea * 128 * IoTlb.SIZE, 1, Direction.TO_DEVICE, true);
            long tlb = f.tlb.map(dev, Fixture.RAM_BASE, IoTlb.SIZE, Direction.TO_DEVICE);
            Pool got = f.tlb.findPool(dev, tlb).orElseThrow();
            assertEquals(k == Kernel.V6_8 ? defpool : growth, got, k + " search order");
        }
    }

    /** A default pool of 128 slots, all taken, that may grow. */
    private static Fixture exhausted(Kernel kernel) {
        Fixture f = new Fixture(new Config(128, 1, true, kernel));
        f.tlb.map(new Device(0), Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE);
        return f;
    }
}
