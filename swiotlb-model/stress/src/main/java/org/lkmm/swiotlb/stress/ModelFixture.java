package org.lkmm.swiotlb.stress;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.lkmm.swiotlb.Config;
import org.lkmm.swiotlb.Device;
import org.lkmm.swiotlb.Kernel;
import org.lkmm.swiotlb.Direction;
import org.lkmm.swiotlb.Ram;
import org.lkmm.swiotlb.Swiotlb;

/** A tiny real swiotlb for the mirrors that exercise the model classes themselves. */
final class ModelFixture {
    static final long RAM = 0x1000_0000L;
    static final long POOL = 0x8000_0000L;

    final Device device = new Device(0);
    /** Growth work queued; the work itself is never run, so the pending bit stays set. */
    final AtomicInteger queuedWork = new AtomicInteger();
    final Swiotlb swiotlb;

    ModelFixture(int slots, boolean canGrow) {
        Executor countOnly = task -> queuedWork.incrementAndGet();
        swiotlb = new Swiotlb(new Ram(RAM, 1 << 16), POOL, new Config(slots, 1, canGrow, Kernel.V6_6_3), countOnly, Runnable::run);
    }

    /** Maps one slot: 1 when the default pool had room, 0 when it was full. */
    int mapOneSlot() {
        long tlb = swiotlb.map(device, RAM, 64, Direction.TO_DEVICE);
        return tlb != Swiotlb.MAPPING_ERROR && swiotlb.pools().get(swiotlb.pools().size() - 1).contains(tlb) ? 1 : 0;
    }
}
