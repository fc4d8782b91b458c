package org.lkmm.swiotlb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The allocator's invariants (SWIOTLB.md 4.13) over random boot geometry (swiotlb=nslabs,nareas
 * through Config.boot), kernel versions and operation sequences: maps for devices with random
 * min_align_mask and segment boundary, with random alloc_align_mask, sizes and offsets; unmaps
 * in any order; the growth worker and RCU callbacks run between operations. jqwik shrinks a
 * failure to a short sequence. After every operation: free runs consistent, the used counts
 * match, live mappings disjoint and each inside one segment, one boundary window, one area
 * and its pool; the device's address bits kept; a plain device's map never fails while the
 * allocator may grow. At the end everything is unmapped and every pool is as fresh.
 */
class AllocatorPropertiesTest {
    /** One step: a map (size, in-page offset, device and alignment choice), an unmap, or running work. */
    record Op(int kind, int size, int offset, int device, int align, int pick) {}

    record Live(Device dev, long orig, int size, long tlb, Direction dir, byte[] back, long allocAlign) {}

    private static final long[] MIN_ALIGN = {0, 0, 63, 4095, 16383};
    private static final long[] BOUNDARY = {-1L, -1L, (1 << 16) - 1, (1 << 18) - 1};
    private static final long[] ALLOC_ALIGN = {0, 0, 4095, 16383};

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(1, 128 * IoTlb.SIZE).edgeCases(e -> e.add(IoTlb.PAGE_SIZE)),
                Arbitraries.integers().between(0, IoTlb.PAGE_SIZE - 1).edgeCases(e -> e.add(0)),
                Arbitraries.integers().between(0, MIN_ALIGN.length * BOUNDARY.length - 1),
                Arbitraries.integers().between(0, ALLOC_ALIGN.length - 1),
                Arbitraries.integers().between(0, 1000)).as(Op::new);
        return op.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Kernel> kernels() {
        return Arbitraries.of(Kernel.V6_6_3, Kernel.V6_8, Kernel.V6_9);
    }

    @Property(tries = 150, seed = "20231006")
    void invariantsHoldAfterEveryOperation(@ForAll("ops") List<Op> ops, @ForAll("kernels") Kernel kernel,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 8192) int nslabs,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 64) int nareas,
            @ForAll boolean canGrow, @ForAll boolean fillFirst) {
        Fixture f = new Fixture(Config.boot(nslabs, nareas, canGrow, kernel));
        List<Live> live = new ArrayList<>();
        Device plain = new Device(0);
        if (fillFirst) { // take the default pool, 128 slots at a time, until a map goes elsewhere
            for (int i = 0; i < nslabs / IoTlb.SEGSIZE + 1; i++) {
                long tlb = f.tlb.map(plain, Fixture.RAM_BASE, 1, 128 * IoTlb.SIZE, 0, Direction.TO_DEVICE);
                if (tlb == Swiotlb.MAPPING_ERROR) {
                    break;
                }
                live.add(new Live(plain, Fixture.RAM_BASE, 128 * IoTlb.SIZE, tlb, Direction.TO_DEVICE, null, 0));
            }
            f.runPendingWork();
            check(f, live, kernel);
        }
        Map<Integer, Device> devices = new HashMap<>();
        long nextOrig = Fixture.RAM_BASE + (1 << 20);
        for (Op op : ops) {
            if (op.kind() < 6) {
                Device dev = devices.computeIfAbsent(op.device(), d -> new Device(MIN_ALIGN[d % MIN_ALIGN.length],
                        BOUNDARY[d / MIN_ALIGN.length]));
                long orig = nextOrig + op.offset();
                nextOrig += 128 * IoTlb.SIZE + IoTlb.PAGE_SIZE;
                if (nextOrig > Fixture.RAM_BASE + (4 << 20) - 132 * IoTlb.SIZE) {
                    nextOrig = Fixture.RAM_BASE + (1 << 20);
                }
                Live m = map(f, dev, orig, op, live);
                if (m == null) {
                    // in 6.6 a page-sized map must agree with orig's bit 11, which slot 0 of an
                    // exact-size transient pool may not: then the kernel fails it too
                    boolean pageRule = !kernel.alignment69() && op.size() >= IoTlb.PAGE_SIZE && (orig & IoTlb.SIZE) != 0;
                    boolean plainRequest = dev.minAlignMask() == 0 && dev.segBoundaryMask() == -1L
                            && ALLOC_ALIGN[op.align()] == 0 && !pageRule;
                    assertTrue(!plainRequest || !canGrow, "a plain map failed although the allocator may grow: " + op);
                } else {
                    live.add(m);
                }
            } else if (op.kind() < 9 && !live.isEmpty()) {
                unmap(f, live.remove(op.pick() % live.size()));
            } else {
                f.runPendingWork();
            }
            check(f, live, kernel);
        }
        while (!live.isEmpty()) {
            unmap(f, live.remove(live.size() - 1));
        }
        f.runPendingWork();
        check(f, live, kernel);
        assertEquals(0, f.tlb.used());
        for (Pool p : f.tlb.pools()) {
            assertArrayEquals(p.initialFreeRuns(), p.freeRuns(), "free runs restored");
        }
        for (Device d : devices.values()) {
            assertTrue(f.tlb.transientPools(d).isEmpty(), "transient pools deleted");
        }
    }

    private static Live map(Fixture f, Device dev, long orig, Op op, List<Live> live) {
        Direction dir = Direction.values()[op.kind() % 3];
        byte[] data = new byte[Math.min(op.size(), 64)];
        java.util.Arrays.fill(data, (byte) (op.pick() + 1));
        f.ram.write(orig, data);
        int size = Math.max(op.size(), data.length);
        long tlb = f.tlb.map(dev, orig, size, size, ALLOC_ALIGN[op.align()], dir);
        if (tlb == Swiotlb.MAPPING_ERROR) {
            return null;
        }
        assertEquals(orig & dev.minAlignMask(), tlb & dev.minAlignMask(), "min_align_mask bits kept");
        assertArrayEquals(data, f.tlb.deviceRead(dev, tlb, data.length), "copied in");
        byte[] back = null;
        if (dir != Direction.TO_DEVICE) {
            back = new byte[data.length];
            java.util.Arrays.fill(back, (byte) ~(op.pick() + 1));
            f.tlb.deviceWrite(dev, tlb, back);
        }
        return new Live(dev, orig, size, tlb, dir, back, ALLOC_ALIGN[op.align()]);
    }

    private static void unmap(Fixture f, Live m) {
        f.tlb.unmap(m.dev(), m.tlb(), m.size(), m.dir(), false);
        if (m.back() != null) {
            assertArrayEquals(m.back(), f.ram.read(m.orig(), m.back().length), "copied back");
        }
    }

    /** The invariants that hold whenever no operation is in flight. */
    private static void check(Fixture f, List<Live> live, Kernel kernel) {
        Map<Long, Live> owner = new HashMap<>();
        long slots = 0;
        for (Live m : live) {
            Pool p = f.tlb.findPool(m.dev(), m.tlb()).orElseThrow(() -> new AssertionError("live mapping in no pool"));
            int offset = IoTlb.alignOffset(m.dev(), m.orig());
            int real = (int) ((m.tlb() - offset - p.start()) >> IoTlb.SHIFT);
            int first = real - p.padSlots[real]; // 6.9 pads in front to keep min_align_mask bits
            int n = real - first + IoTlb.slots(m.size() + offset);
            int last = first + n - 1;
            slots += n;
            assertTrue(last < p.nslabs(), "inside the pool");
            assertEquals(first / IoTlb.SEGSIZE, last / IoTlb.SEGSIZE, "inside one segment");
            int areaSlots = p.nslabs() / p.nareas();
            assertEquals(first / areaSlots, last / areaSlots, "inside one area of " + areaSlots);
            long boundary = m.dev().segBoundaryMask();
            long a = p.start() + (long) first * IoTlb.SIZE;
            assertEquals(a & ~boundary, (a + (long) n * IoTlb.SIZE - 1) & ~boundary, "inside one boundary window");
            long start = p.start() + (long) first * IoTlb.SIZE;
            if (kernel.alignment69()) {
                assertEquals(0, start & m.allocAlign(), "6.9: the allocation starts on alloc_align_mask");
            } else {
                long mask = m.dev().minAlignMask() | m.allocAlign()
                        | (m.size() + offset >= IoTlb.PAGE_SIZE ? IoTlb.PAGE_SIZE - 1 : 0);
                mask &= ~(long) (IoTlb.SIZE - 1);
                assertEquals(m.orig() & mask, start & mask, "6.6: the start agrees with orig on the aligned bits");
            }
            int[] runs = p.freeRuns();
            for (int s = first; s <= last; s++) {
                assertEquals(0, runs[s], "a live slot is not free");
                Live other = owner.put(p.start() + (long) s * IoTlb.SIZE, m);
                assertTrue(other == null, "slot handed out twice");
            }
        }
        for (Pool p : f.tlb.pools()) {
            assertEquals(0, p.start() & (IoTlb.PAGE_SIZE - 1), "pools start on a page");
            Fixture.checkFreeRuns(p);
            int areaSlots = p.nslabs() / p.nareas();
            int[] runs = p.freeRuns();
            for (int a = 0; a < p.nareas(); a++) {
                int zero = 0;
                for (int s = a * areaSlots; s < (a + 1) * areaSlots; s++) {
                    zero += runs[s] == 0 ? 1 : 0;
                }
                assertEquals(zero, p.used(a), "area " + a + ": used equals its allocated slots");
            }
        }
        assertEquals(slots, f.tlb.used(), "total_used is the live mappings' slots");
        assertTrue(f.tlb.usedHiwater() >= f.tlb.used(), "hiwater >= used");
    }
}
