package org.lkmm.swiotlb.stress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.lkmm.swiotlb.Config;
import org.lkmm.swiotlb.Device;
import org.lkmm.swiotlb.Direction;
import org.lkmm.swiotlb.IoTlb;
import org.lkmm.swiotlb.Kernel;
import org.lkmm.swiotlb.Ram;
import org.lkmm.swiotlb.Swiotlb;

/**
 * A small real swiotlb (one 128-slot area) for the mirrors that drive the model: the litmus
 * test's state is set up through the model's own paths, and the actors call them.
 */
final class ModelFixture {
    static final long RAM = 0x1000_0000L;
    static final long POOL = 0x8000_0000L;
    /** The device setup maps its fillers for (whole slots allocated, 64 bytes copied). */
    private final Device setup = new Device(0);

    /** The device whose buffers the actors map. */
    final Device device = new Device(0);
    final Swiotlb swiotlb;
    /** Growth work queued by schedule_work(), kept for an actor (or nobody) to run. */
    final List<Runnable> growthWork = new ArrayList<>();
    final AtomicInteger queued = new AtomicInteger();

    private ModelFixture(boolean canGrow, Executor rcuCallbacks) {
        Executor worker = job -> {
            queued.incrementAndGet();
            growthWork.add(job);
        };
        swiotlb = new Swiotlb(new Ram(RAM, 1 << 13), POOL, new Config(128, 1, canGrow, Kernel.V6_6_3), worker, rcuCallbacks);
    }

    /** The default pool with free slots left (the rest taken by setup), no growth. */
    static ModelFixture withFreeSlots(int free) {
        ModelFixture f = new ModelFixture(false, Runnable::run);
        f.take(128 - free);
        return f;
    }

    /** The default pool full; the next map that fails schedules growth and gets a transient pool. */
    static ModelFixture exhausted(Executor rcuCallbacks) {
        ModelFixture f = new ModelFixture(true, rcuCallbacks);
        f.take(128);
        return f;
    }

    /**
     * The default pool full, growth work queued (not run), and growth then closed by
     * default_swiotlb_base(): a map succeeds only once an actor ran the work.
     */
    static ModelFixture growthQueued() {
        ModelFixture f = exhausted(Runnable::run);
        f.swiotlb.map(f.setup, RAM, 1, Direction.TO_DEVICE); // search fails: growth queued, transient pool
        f.swiotlb.defaultSwiotlbBase();
        return f;
    }

    private void take(int slots) {
        if (slots > 0) {
            swiotlb.map(setup, RAM, 64, slots * IoTlb.SIZE, 0, Direction.TO_DEVICE);
        }
    }

    /** The queued growth work: swiotlb_dyn_alloc, i.e. add_mem_pool. */
    void runGrowth() {
        growthWork.get(0).run();
    }

    /** A one-slot map of the i-th original buffer for the actors' device; MAPPING_ERROR if none. */
    long map(int i) {
        return swiotlb.map(device, RAM + 4096 + i * 64L, 64, Direction.TO_DEVICE);
    }

    static long origOf(int i) {
        return RAM + 4096 + i * 64L;
    }

    /** is_swiotlb_buffer() for the actors' device: 1 or 0. */
    int isBuffer(long tlb) {
        return swiotlb.isSwiotlbBuffer(device, tlb) ? 1 : 0;
    }

    /** The slot index of tlb in the default pool. */
    static int slot(long tlb) {
        return (int) ((tlb - POOL) >> IoTlb.SHIFT);
    }
}
