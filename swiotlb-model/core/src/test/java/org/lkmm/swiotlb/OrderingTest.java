package org.lkmm.swiotlb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's own barriers, checked path by path against the litmus tests of
 * litmus/swiotlb/: each test records the ordering steps (Trace) one kernel path of the model
 * takes and asserts that they are the litmus process's steps, in its order and with at least
 * its strength. On x86 with HotSpot no stress run can see a missing smp_mb/smp_rmb or an
 * acquire weakened to opaque (TSO and C2 keep these accesses in order), so this is where
 * deleting one of them fails the build.
 */
class OrderingTest {
    private final Device dev = new Device(0);

    /** Records the steps of one path. */
    private static final class Recorder implements Trace {
        private final List<String> steps = new ArrayList<>();
        private boolean on;

        @Override
        public void step(String what, String primitive) {
            if (on) {
                steps.add(primitive + "(" + what + ")");
            }
        }

        List<String> during(Runnable path) {
            steps.clear();
            on = true;
            try {
                path.run();
            } finally {
                on = false;
            }
            return List.copyOf(steps);
        }
    }

    private final Recorder trace = new Recorder();

    /** swiotlb-new-pool P0 / swiotlb-pool-publish P0: add_mem_pool publishes with rcu_assign_pointer. */
    @Test
    void growthPublishesThePoolWithRelease() {
        Fixture f = exhausted();
        List<String> steps = trace.during(f::runPendingWork);
        assertTrue(steps.contains("release(mem_pools)"), steps::toString);
        assertTrue(steps.stream().noneMatch(s -> s.startsWith("WRITE_ONCE(mem_pools")), steps::toString);
    }

    /**
     * swiotlb-new-pool P1: the list head is read with (at least) rcu_dereference, then the flag
     * is set, then smp_mb(), and nothing the pattern needs comes after the barrier.
     */
    @Test
    void theMapperReadsTheListThenSetsTheFlagThenFullFence() {
        Fixture f = exhausted();
        f.runPendingWork();
        List<String> steps = trace.during(() -> f.tlb.map(dev, Fixture.RAM_BASE, 64, Direction.TO_DEVICE));
        assertInOrder(steps, "acquire(mem_pools)", "WRITE_ONCE(dma_uses_io_tlb)", "smp_mb()");
        assertTrue(steps.lastIndexOf("smp_mb()") > steps.lastIndexOf("WRITE_ONCE(dma_uses_io_tlb)"), steps::toString);
        assertTrue(steps.lastIndexOf("smp_mb()") > steps.lastIndexOf("acquire(mem_pools)"), steps::toString);
    }

    /** swiotlb-flag-mp P1, swiotlb-new-pool P2: smp_rmb(), the flag, then both lists by rcu_dereference. */
    @Test
    void isSwiotlbBufferFencesBeforeTheFlagAndTheLists() {
        Fixture f = new Fixture(128, 1, false, trace);
        long tlb = f.tlb.map(dev, Fixture.RAM_BASE, 64, Direction.TO_DEVICE);
        long other = Fixture.RAM_BASE; // not a bounce address: both lists are walked
        List<String> steps = trace.during(() -> f.tlb.isSwiotlbBuffer(dev, other));
        assertEquals(List.of("smp_rmb()", "READ_ONCE(dma_uses_io_tlb)", "acquire(mem_pools)", "acquire(dev_pools)"), steps);
        assertTrue(f.tlb.isSwiotlbBuffer(dev, tlb));
    }

    /** swiotlb-transient-pool P0: the pool is published, the flag set, then smp_mb(). */
    @Test
    void aTransientPoolIsPublishedBeforeTheFlagAndTheFence() {
        Fixture f = exhausted();
        List<String> steps = trace.during(() -> f.tlb.map(dev, Fixture.RAM_BASE, 64, Direction.TO_DEVICE));
        assertInOrder(steps, "release(dev_pools)", "WRITE_ONCE(dma_uses_io_tlb)", "smp_mb()");
    }

    /** swiotlb-transient-free-gp P0: unlink, a grace period, and only then the free. */
    @Test
    void aTransientPoolIsFreedOnlyAfterAGracePeriod() {
        Fixture f = exhausted();
        long tlb = f.tlb.map(dev, Fixture.RAM_BASE, 64, Direction.TO_DEVICE);
        List<String> steps = trace.during(() -> {
            f.tlb.unmap(dev, tlb, 64, Direction.TO_DEVICE, false);
            f.runPendingWork();
        });
        assertInOrder(steps, "release(dev_pools)", "synchronize_rcu()", "free(pool)");
    }

    /** swiotlb-slot-reuse P0: every orig_addr reset of a release happens inside the area lock. */
    @Test
    void releaseResetsOrigAddrInsideTheAreaLock() {
        Fixture f = new Fixture(new Config(256, 1, false, Kernel.V6_6_3), trace);
        long tlb = f.tlb.map(dev, Fixture.RAM_BASE, 3 * IoTlb.SIZE, Direction.TO_DEVICE);
        List<String> steps = trace.during(() -> f.tlb.unmap(dev, tlb, 1, Direction.TO_DEVICE, true));
        int lock = steps.lastIndexOf("spin_lock(area_lock)");
        int unlock = steps.lastIndexOf("spin_unlock(area_lock)");
        List<Integer> resets = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).equals("WRITE_ONCE(orig_addr)")) {
                resets.add(i);
            }
        }
        assertEquals(3, resets.size(), steps::toString);
        assertTrue(resets.stream().allMatch(i -> i > lock && i < unlock), steps::toString);
    }

    /**
     * swiotlb-orig-addr-handoff P0: the mapper stores orig_addr after find_slots' smp_mb(), as
     * the kernel does; the hand-over to the unmapping CPU is the driver's business (P9).
     */
    @Test
    void theMapperWritesOrigAddrAfterTheFence() {
        Fixture f = new Fixture(128, 1, false, trace);
        List<String> steps = trace.during(() -> f.tlb.map(dev, Fixture.RAM_BASE, 64, Direction.TO_DEVICE));
        assertInOrder(steps, "spin_unlock(area_lock)", "smp_mb()", "WRITE_ONCE(orig_addr)");
    }

    /** The default pool full, one mapping in a transient pool, growth queued but not run. */
    private Fixture exhausted() {
        Fixture f = new Fixture(new Config(128, 1, true, Kernel.V6_6_3), trace);
        f.tlb.map(dev, Fixture.RAM_BASE, 128 * IoTlb.SIZE, Direction.TO_DEVICE);
        f.tlb.map(dev, Fixture.RAM_BASE, 1, Direction.TO_DEVICE);
        return f;
    }

    private static void assertInOrder(List<String> steps, String... wanted) {
        int at = 0;
        for (String w : wanted) {
            int i = steps.subList(at, steps.size()).indexOf(w);
            assertTrue(i >= 0, "missing " + w + " after step " + at + " in " + steps);
            at += i + 1;
        }
    }
}
