package org.lkmm.swiotlb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What v6.6 does at the edges: it warns and carries on, or fails the map; it never throws. */
class EdgeCasesTest {
    private final Device plainDevice = new Device(0);

    @Test
    void aRequestAboveASegmentFailsTheMapAfterTryingGrowthIn66() {
        Fixture f = new Fixture(256, 1, true);
        assertEquals(Swiotlb.MAPPING_ERROR, f.tlb.map(plainDevice, Fixture.RAM_BASE, 129 * IoTlb.SIZE, Direction.TO_DEVICE));
        assertEquals(1, f.work.size(), "6.6 searched, found nothing, and scheduled growth (3dc2f209208d stops this in 6.8)");
        assertTrue(f.tlb.transientPools(plainDevice).isEmpty(), "the useless transient pool was freed unpublished");

        Fixture f68 = new Fixture(new Config(256, 1, true, Kernel.V6_8));
        assertEquals(Swiotlb.MAPPING_ERROR, f68.tlb.map(plainDevice, Fixture.RAM_BASE, 129 * IoTlb.SIZE, Direction.TO_DEVICE));
        assertEquals(0, f68.work.size(), "6.8 rejects it up front");
    }

    @Test
    void anOverlongSyncIsClampedWithAWarning() {
        Fixture f = new Fixture(256, 1, false);
        long orig = Fixture.RAM_BASE;
        long tlb = f.tlb.map(plainDevice, orig, 100, Direction.FROM_DEVICE);
        f.tlb.deviceWrite(plainDevice, tlb, filled(200, (byte) 7));
        f.tlb.syncForCpu(plainDevice, tlb, 200, Direction.FROM_DEVICE);
        assertTrue(f.tlb.warnings().any("Buffer overflow detected"));
        assertArrayEquals(filled(100, (byte) 7), f.ram.read(orig, 100), "the mapping's 100 bytes copied");
        assertArrayEquals(new byte[100], f.ram.read(orig + 100, 100), "nothing past them");
    }

    @Test
    void aSyncBeforeTheMappingsStartIsSkippedWithAWarning() {
        Fixture f = new Fixture(256, 1, false);
        Device nvme = new Device(4096 - 1);
        long orig = Fixture.RAM_BASE + 0x100;
        long tlb = f.tlb.map(nvme, orig, 64, Direction.FROM_DEVICE);
        f.tlb.deviceWrite(nvme, tlb - 0x10, filled(0x20, (byte) 3));
        f.tlb.syncForCpu(nvme, tlb - 0x10, 8, Direction.FROM_DEVICE);
        assertTrue(f.tlb.warnings().any("Access before mapping start"));
        assertArrayEquals(new byte[0x20], f.ram.read(orig - 0x10, 0x20), "nothing copied");
    }

    @Test
    void maxMappingSizeLeavesRoomForTheMinAlignMask() {
        assertEquals(128 * IoTlb.SIZE, Swiotlb.maxMappingSize(plainDevice));
        assertEquals(128 * IoTlb.SIZE - 4096, Swiotlb.maxMappingSize(new Device(4096 - 1)));
        assertEquals(128 * IoTlb.SIZE - 2048, Swiotlb.maxMappingSize(new Device(63)));
        Fixture f = new Fixture(256, 1, false);
        Device nvme = new Device(4096 - 1);
        long orig = Fixture.RAM_BASE + 4095;
        assertNotEquals(Swiotlb.MAPPING_ERROR, f.tlb.map(nvme, orig, (int) Swiotlb.maxMappingSize(nvme), Direction.TO_DEVICE),
                "the largest size it promises fits whatever the offset");
    }

    @Test
    void defaultSwiotlbBaseStopsGrowthForGood() {
        Fixture f = new Fixture(128, 1, true);
        assertEquals(Fixture.POOL_BASE, f.tlb.defaultSwiotlbBase());
        f.tlb.map(plainDevice, Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE);
        assertEquals(Swiotlb.MAPPING_ERROR, f.tlb.map(plainDevice, Fixture.RAM_BASE, 10, Direction.TO_DEVICE));
        assertEquals(0, f.work.size(), "can_grow is false: no growth, no transient pool");
    }

    @Test
    void aRestrictedPoolNeverGrowsAndServesSwiotlbAlloc() {
        Ram ram = new Ram(Fixture.RAM_BASE, 1 << 20);
        Swiotlb restricted = Swiotlb.restricted(ram, Fixture.POOL_BASE, 128, Kernel.V6_6_3, Runnable::run);
        assertEquals(1, restricted.pools().get(0).nareas());
        long page = restricted.alloc(plainDevice, IoTlb.PAGE_SIZE);
        assertEquals(Fixture.POOL_BASE, page);
        assertTrue(restricted.free(plainDevice, page));
        assertEquals(0, restricted.used());
        restricted.map(plainDevice, Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE);
        assertEquals(Swiotlb.MAPPING_ERROR, restricted.map(plainDevice, Fixture.RAM_BASE, 1, Direction.TO_DEVICE));
        assertFalse(new Fixture(128, 1, false).tlb.alloc(plainDevice, 10) != Swiotlb.MAPPING_ERROR,
                "swiotlb_alloc is for restricted pools only");
    }

    private static byte[] filled(int n, byte b) {
        byte[] a = new byte[n];
        java.util.Arrays.fill(a, b);
        return a;
    }
}
