package org.lkmm.swiotlb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Area geometry as the kernel computes it (SWIOTLB.md 2.1) and pools where alloc_pages() puts them. */
class GeometryTest {
    private final Device plainDevice = new Device(0);

    @Test
    void bootRoundsTheCommandLineAsTheKernelDoes() {
        assertEquals(new Config(512, 4, false, Kernel.V6_6_3), Config.boot(256, 4, false),
                "swiotlb=256,4: raised to 128 slots per area");
        assertEquals(new Config(1024, 8, false, Kernel.V6_6_3), Config.boot(1000, 6, false),
                "nslabs aligned to a segment, nareas to a power of two, then nslabs to a power of two");
        assertEquals(new Config(128, 1, false, Kernel.V6_6_3), Config.boot(1, 0, false), "0 areas means 1");
        assertThrows(IllegalArgumentException.class, () -> new Config(256, 4, false, Kernel.V6_6_3),
                "64-slot areas are no kernel's geometry");
        assertThrows(IllegalArgumentException.class, () -> new Config(384, 3, false, Kernel.V6_6_3));
    }

    @Test
    void aGrowthPoolIsCappedAndHasNoMoreAreasThanWholeSegmentsAllow() {
        Fixture f = new Fixture(4096, 32, true);
        f.tlb.map(plainDevice, Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE);
        fill(f);
        f.runPendingWork();
        Pool growth = f.tlb.pools().get(0);
        assertEquals(2048, growth.nslabs(), "one buddy block");
        assertEquals(16, growth.nareas(), "limit_nareas(32, 2048): 16 areas of 128, not 32 of 64");
    }

    @Test
    void poolsStartOnAPageEvenAfterAnOddSizedTransientPool() {
        Fixture f = new Fixture(128, 1, true);
        f.tlb.map(plainDevice, Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE);
        long odd = f.tlb.map(plainDevice, Fixture.RAM_BASE, 3 * IoTlb.SIZE, Direction.TO_DEVICE); // 3-slot transient
        long page = f.tlb.map(plainDevice, Fixture.RAM_BASE, IoTlb.PAGE_SIZE, Direction.TO_DEVICE); // 2-slot transient
        assertNotEquals(Swiotlb.MAPPING_ERROR, odd);
        assertNotEquals(Swiotlb.MAPPING_ERROR, page, "a page-sized map fits an exact-size transient pool on a page");
        assertEquals(0, page & (IoTlb.PAGE_SIZE - 1));
        f.runPendingWork();
        for (Pool p : f.tlb.pools()) {
            assertEquals(0, p.start() & (IoTlb.PAGE_SIZE - 1), "growth pool on a page");
        }
    }

    /**
     * The issue-17 case: the area's search index left at 60 with the area empty, then a
     * 60-slot request. Run on two threads in turn, so that the CPU's area is once even, once odd.
     */
    @Test
    void aMappingNeverLeavesItsArea() throws Exception {
        for (int run = 0; run < 2; run++) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread cpu = new Thread(() -> {
                try {
                    mapSixtyAfterSixty();
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            cpu.start();
            cpu.join();
            if (failure.get() != null) {
                throw new AssertionError("on thread " + cpu.getId(), failure.get());
            }
        }
    }

    private void mapSixtyAfterSixty() {
        Fixture f = new Fixture(4096, 32, true);
        fill(f);
        f.runPendingWork();
        Pool growth = f.tlb.pools().get(0);
        long a = f.tlb.map(plainDevice, Fixture.RAM_BASE, 10 * IoTlb.SIZE, Direction.TO_DEVICE);
        long b = f.tlb.map(plainDevice, Fixture.RAM_BASE, 50 * IoTlb.SIZE, Direction.TO_DEVICE);
        f.tlb.unmap(plainDevice, a, 1, Direction.TO_DEVICE, true);
        f.tlb.unmap(plainDevice, b, 1, Direction.TO_DEVICE, true);
        long c = f.tlb.map(plainDevice, Fixture.RAM_BASE, 60 * IoTlb.SIZE, Direction.TO_DEVICE);
        int s = (int) ((c - growth.start()) >> IoTlb.SHIFT);
        assertEquals(s / growth.areaNslabs, (s + 59) / growth.areaNslabs,
                "slots " + s + ".." + (s + 59) + " stay in one area of " + growth.areaNslabs);
    }

    /** Takes every slot of the default pool. */
    private void fill(Fixture f) {
        while (f.tlb.pools().size() == 1 && f.tlb.transientPools(plainDevice).isEmpty()) {
            f.tlb.map(plainDevice, Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE);
        }
    }
}
