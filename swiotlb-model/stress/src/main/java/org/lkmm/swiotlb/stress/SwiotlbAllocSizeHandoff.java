package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-alloc-size-handoff.litmus (herd7: Never) on the real model: CPU0 maps a
 * buffer (Swiotlb.map: alloc_size stored under the area lock, before find_slots' smp_mb()) and the driver
 * hands the address over with a plain store (WRITE_ONCE); CPU1 takes it, asks is_swiotlb_buffer() (smp_rmb(),
 * the flag) and reads the slot's alloc_size as swiotlb_bounce() and the release do, without a lock.
 * Run: java -jar target/jcstress.jar -t SwiotlbAllocSizeHandoff
 */
@JCStressTest
@Description("the unmapping CPU sees the mapper's allocSize")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "address seen, alloc_size stale: SwiotlbAllocSizeHandoff0")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "address seen with its alloc_size")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "address not handed over yet")
@State
public class SwiotlbAllocSizeHandoff {
    final ModelFixture model = ModelFixture.withFreeSlots(1);
    final AtomicLong buf = new AtomicLong();

    @Actor
    public void mapper() {
        buf.setOpaque(model.map(0));
    }

    @Actor
    public void unmapper(II_Result r) {
        long tlb = buf.getOpaque();
        r.r1 = tlb != 0 ? 1 : 0;
        r.r2 = tlb != 0 && model.isBuffer(tlb) == 1 && model.swiotlb.pools().get(0).allocSize(ModelFixture.slot(tlb)) == 64 ? 1 : 0;
    }
}
