package org.lkmm.swiotlb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocator's rules, after SWIOTLB.md sections 4.1-4.13. */
class SwiotlbTest {
    private final Device plainDevice = new Device(0);

    @Test
    void bouncedDataRoundTripsForEachDirection() {
        Fixture f = new Fixture(256, 1, false);
        long orig = Fixture.RAM_BASE + 100;
        f.ram.write(orig, new byte[] {1, 2, 3, 4});
        long tlb = f.tlb.map(plainDevice, orig, 4, Direction.FROM_DEVICE);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, f.tlb.deviceRead(plainDevice, tlb, 4), "copied in even FROM_DEVICE");
        f.tlb.deviceWrite(plainDevice, tlb, new byte[] {9, 8});
        f.tlb.unmap(plainDevice, tlb, 4, Direction.FROM_DEVICE, false);
        assertArrayEquals(new byte[] {9, 8, 3, 4}, f.ram.read(orig, 4), "device bytes back, untouched bytes kept");

        long tlb2 = f.tlb.map(plainDevice, orig, 4, Direction.TO_DEVICE);
        f.tlb.deviceWrite(plainDevice, tlb2, new byte[] {7, 7, 7, 7});
        f.tlb.unmap(plainDevice, tlb2, 4, Direction.TO_DEVICE, false);
        assertArrayEquals(new byte[] {9, 8, 3, 4}, f.ram.read(orig, 4), "TO_DEVICE never copies out");
    }

    @Test
    void partialSyncsCopyExactlyTheWindow() {
        Fixture f = new Fixture(256, 1, false);
        long orig = Fixture.RAM_BASE;
        long tlb = f.tlb.map(plainDevice, orig, 3 * IoTlb.SIZE, Direction.BIDIRECTIONAL);
        f.tlb.deviceWrite(plainDevice, tlb + IoTlb.SIZE + 10, new byte[] {5, 6});
        f.tlb.syncForCpu(plainDevice, tlb + IoTlb.SIZE + 10, 1, Direction.BIDIRECTIONAL);
        assertArrayEquals(new byte[] {5, 0}, f.ram.read(orig + IoTlb.SIZE + 10, 2));
    }

    @Test
    void minAlignMaskBitsOfTheOriginalAreKept() {
        Fixture f = new Fixture(512, 1, false);
        Device nvme = new Device(4096 - 1);
        for (long orig : new long[] {Fixture.RAM_BASE + 0x123, Fixture.RAM_BASE + 0xabc, Fixture.RAM_BASE + 0xfff}) {
            long tlb = f.tlb.map(nvme, orig, 100, Direction.TO_DEVICE);
            assertEquals(orig & 4095, tlb & 4095, "tlb keeps the device's min_align_mask bits");
        }
    }

    @Test
    void pageSizedMappingsArePageAlignedAndStrideSkipsMisalignedSlots() {
        Fixture f = new Fixture(512, 1, false);
        f.tlb.map(plainDevice, Fixture.RAM_BASE, 100, Direction.TO_DEVICE); // takes slot 0
        long tlb = f.tlb.map(plainDevice, Fixture.RAM_BASE, IoTlb.PAGE_SIZE, Direction.TO_DEVICE);
        assertEquals(0, tlb & (IoTlb.PAGE_SIZE - 1), "alloc_size >= PAGE_SIZE is page aligned");
        long aligned = f.tlb.map(plainDevice, Fixture.RAM_BASE, 100, 100, 8 * IoTlb.SIZE - 1, Direction.TO_DEVICE);
        assertEquals(0, (aligned - Fixture.POOL_BASE) % (8 * IoTlb.SIZE), "alloc_align_mask honoured");
    }

    @Test
    void mappingsNeverCrossASegment() {
        Fixture f = new Fixture(256, 1, false);
        f.tlb.map(plainDevice, Fixture.RAM_BASE, 100 * IoTlb.SIZE, Direction.TO_DEVICE); // slots 0..99
        long tlb = f.tlb.map(plainDevice, Fixture.RAM_BASE, 40 * IoTlb.SIZE, Direction.TO_DEVICE);
        assertEquals(128, (tlb - Fixture.POOL_BASE) >> IoTlb.SHIFT, "28 slots left in segment 0: starts segment 1");
        Fixture.checkFreeRuns(f.tlb.pools().get(0));
    }

    @Test
    void searchWrapsAroundFromTheAreaIndexToZero() {
        Fixture f = new Fixture(256, 1, false);
        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < 256 / 64; i++) {
            taken.add(f.tlb.map(plainDevice, Fixture.RAM_BASE, 64 * IoTlb.SIZE, Direction.TO_DEVICE));
        }
        f.tlb.unmap(plainDevice, taken.get(0), 10, Direction.TO_DEVICE, true);
        long again = f.tlb.map(plainDevice, Fixture.RAM_BASE, 64 * IoTlb.SIZE, Direction.TO_DEVICE);
        assertEquals(taken.get(0), again, "index past the end wraps to slot 0");
    }

    @Test
    void releaseMergesFreeRunsAndRestoresTheInitialState() {
        Fixture f = new Fixture(256, 2, false);
        int[] initial = f.tlb.pools().get(0).freeRuns();
        List<Long> taken = new ArrayList<>();
        for (int size : new int[] {3000, 100, 9000, 2048, 70000}) {
            taken.add(f.tlb.map(plainDevice, Fixture.RAM_BASE, size, Direction.TO_DEVICE));
            Fixture.checkFreeRuns(f.tlb.pools().get(0));
        }
        for (int i : new int[] {1, 3, 0, 4, 2}) {
            f.tlb.unmap(plainDevice, taken.get(i), 1, Direction.TO_DEVICE, true);
            Fixture.checkFreeRuns(f.tlb.pools().get(0));
        }
        assertArrayEquals(initial, f.tlb.pools().get(0).freeRuns());
        assertEquals(0, f.tlb.used());
    }

    @Test
    void exhaustionWithoutGrowthFailsCleanly() {
        Fixture f = new Fixture(128, 1, false);
        f.tlb.map(plainDevice, Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE);
        int[] before = f.tlb.pools().get(0).freeRuns();
        assertEquals(Swiotlb.MAPPING_ERROR, f.tlb.map(plainDevice, Fixture.RAM_BASE, 10, Direction.TO_DEVICE));
        assertTrue(f.tlb.warnings().any("swiotlb buffer is full"));
        assertArrayEquals(before, f.tlb.pools().get(0).freeRuns(), "a failed map changes nothing");
    }

    @Test
    void exhaustionFallsBackToATransientPoolAndSchedulesGrowth() {
        Fixture f = new Fixture(128, 1, true);
        f.tlb.map(plainDevice, Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE);
        long tlb = f.tlb.map(plainDevice, Fixture.RAM_BASE, 3 * IoTlb.SIZE, Direction.TO_DEVICE);
        assertEquals(1, f.tlb.transientPools(plainDevice).size());
        assertTrue(f.tlb.isSwiotlbBuffer(plainDevice, tlb));
        assertEquals(128, f.tlb.totalSlots(), "transient pools do not count in mem->nslabs");
        f.runPendingWork(); // the growth worker adds a pool
        assertEquals(2, f.tlb.pools().size());
        assertEquals(256, f.tlb.totalSlots());
        assertEquals(131, f.tlb.used());

        Pool transientPool = f.tlb.transientPools(plainDevice).get(0);
        f.tlb.unmap(plainDevice, tlb, 10, Direction.TO_DEVICE, true);
        assertEquals(0, f.tlb.transientPools(plainDevice).size(), "unlinked at unmap");
        assertFalse(transientPool.isFreed(), "not freed before a grace period");
        f.runPendingWork();
        assertTrue(transientPool.isFreed(), "freed (poisoned) after the grace period");
        assertThrows(IllegalStateException.class, () -> transientPool.contains(tlb), "a later look at it is a use after free");
        assertEquals(128, f.tlb.used());
    }

    @Test
    void highWaterMarkFollowsTheLargestUse() {
        Fixture f = new Fixture(256, 1, false);
        long a = f.tlb.map(plainDevice, Fixture.RAM_BASE, 10 * IoTlb.SIZE, Direction.TO_DEVICE);
        f.tlb.map(plainDevice, Fixture.RAM_BASE, 5 * IoTlb.SIZE, Direction.TO_DEVICE);
        f.tlb.unmap(plainDevice, a, 1, Direction.TO_DEVICE, true);
        assertEquals(5, f.tlb.used());
        assertEquals(15, f.tlb.usedHiwater());
    }

    @Test
    void badRequestsFailTheMapAndBadUnmapsAreSkippedWithoutDamage() {
        Fixture f = new Fixture(256, 1, false);
        int[] before = f.tlb.pools().get(0).freeRuns();
        assertEquals(Swiotlb.MAPPING_ERROR, f.tlb.map(plainDevice, Fixture.RAM_BASE, 0, Direction.TO_DEVICE));
        assertEquals(Swiotlb.MAPPING_ERROR, f.tlb.map(plainDevice, Fixture.RAM_BASE, 200, 100, 0, Direction.TO_DEVICE),
                "mapping_size > alloc_size: a warning and DMA_MAPPING_ERROR");
        f.tlb.unmap(plainDevice, Fixture.RAM_BASE, 1, Direction.TO_DEVICE, false);
        assertTrue(f.tlb.warnings().any("not a swiotlb buffer"), "dma-direct leaves a foreign address alone");
        assertArrayEquals(before, f.tlb.pools().get(0).freeRuns());

        long tlb = f.tlb.map(plainDevice, Fixture.RAM_BASE, 100, Direction.FROM_DEVICE);
        f.tlb.unmap(plainDevice, tlb, 100, Direction.FROM_DEVICE, false);
        f.tlb.unmap(plainDevice, tlb, 100, Direction.FROM_DEVICE, false); // alloc_size 0: releases nothing
        assertArrayEquals(before, f.tlb.pools().get(0).freeRuns());
        assertEquals(0, f.tlb.used());
        assertThrows(IllegalArgumentException.class, () -> new Device(5), "min_align_mask must be 2^n - 1");
    }

    @Test
    void concurrentMappersNeverShareSlots() throws Exception {
        Fixture f = new Fixture(1024, 4, false);
        List<Thread> threads = new ArrayList<>();
        List<List<Long>> perThread = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            List<Long> mine = new ArrayList<>();
            perThread.add(mine);
            threads.add(new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    mine.add(f.tlb.map(plainDevice, Fixture.RAM_BASE, 2 * IoTlb.SIZE, Direction.TO_DEVICE));
                }
            }));
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        java.util.Set<Long> slots = new java.util.HashSet<>();
        for (List<Long> mine : perThread) {
            for (long tlb : mine) {
                assertTrue(slots.add(tlb) && slots.add(tlb + IoTlb.SIZE), "slot handed out twice");
            }
        }
        assertEquals(400, f.tlb.used());
    }
}
