package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-orig-addr-handoff.litmus (herd7: Sometimes) on the real model: CPU0 maps a
 * buffer (Swiotlb.map: orig_addr stored after find_slots' smp_mb()) and the driver
 * hands the address over with a plain store (WRITE_ONCE); CPU1 takes it, asks is_swiotlb_buffer() (smp_rmb(),
 * the flag) and reads the slot's orig_addr as swiotlb_bounce() and the release do, without a lock.
 * Run: java -jar target/jcstress.jar -t SwiotlbOrigAddrHandoff
 */
@JCStressTest
@Description("the unmapping CPU sees the mapper's origAddr")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "address seen, orig_addr stale: SwiotlbOrigAddrHandoff0")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "address seen with its orig_addr")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "address not handed over yet")
@State
public class SwiotlbOrigAddrHandoff {
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
        r.r2 = tlb != 0 && model.isBuffer(tlb) == 1 && model.swiotlb.pools().get(0).origAddr(ModelFixture.slot(tlb)) == ModelFixture.origOf(0) ? 1 : 0;
    }
}
