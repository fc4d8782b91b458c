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
 * Mirrors litmus/swiotlb/swiotlb-flag-mp.litmus (herd7: Never) on the real model: a device
 * that never bounced maps a buffer in the default pool (listed since boot, so only the flag
 * races); Swiotlb.map sets dma_uses_io_tlb and does smp_mb(); the driver hands the address on
 * with a plain store; the other CPU loads it and is_swiotlb_buffer() does smp_rmb() before
 * testing the flag. Run: java -jar target/jcstress.jar -t SwiotlbFlagMp
 */
@JCStressTest
@Description("dma_uses_io_tlb fast path: a CPU that sees the bounce address also sees the flag")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "address seen, flag clear: is_swiotlb_buffer() says no")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "address seen and recognised")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "address not handed over yet")
@State
public class SwiotlbFlagMp {
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
        r.r2 = tlb != 0 ? model.isBuffer(tlb) : 0;
    }
}
