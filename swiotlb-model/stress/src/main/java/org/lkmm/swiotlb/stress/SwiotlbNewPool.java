package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicLong;
import org.lkmm.swiotlb.Swiotlb;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-new-pool.litmus (herd7: Never), the seed fix 2d5780bbef8d, on
 * the real model. The default pool is full and cannot grow any more, but one growth run is
 * queued: CPU0 runs it (add_mem_pool publishes the new pool); CPU1 maps a buffer, which
 * succeeds only if its walk saw the new pool, and then sets dma_uses_io_tlb and does smp_mb()
 * inside Swiotlb.map; the driver hands the address on with a plain store (0 = the map failed);
 * CPU2 loads it and asks is_swiotlb_buffer(). As in the litmus test the default pool does not
 * hold the address, so a walk that reads the old list head answers "no".
 * Three actors: on a machine with fewer than 3 CPUs the Oversubscribed harness runs it.
 * Run: java -jar target/jcstress.jar -t SwiotlbNewPool (3+ CPUs)
 */
@JCStressTest
@Description("a bounce address from a new growth pool is always recognised")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "buffer seen, is_swiotlb_buffer() says no: unmap would skip the copy-back")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "buffer seen and recognised")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "no buffer handed over: the map ran before the pool was published, or not yet")
@State
public class SwiotlbNewPool {
    final ModelFixture model = ModelFixture.growthQueued();
    final AtomicLong buf = new AtomicLong();

    @Actor
    public void growthWorker() {
        model.runGrowth();
    }

    @Actor
    public void mapper() {
        long tlb = model.map(0);
        buf.setOpaque(tlb == Swiotlb.MAPPING_ERROR ? 0 : tlb); // WRITE_ONCE(*buf, r1)
    }

    @Actor
    public void unmapper(II_Result r) {
        long tlb = buf.getOpaque();
        r.r1 = tlb != 0 ? 1 : 0;
        r.r2 = tlb != 0 ? model.isBuffer(tlb) : 0;
    }
}
