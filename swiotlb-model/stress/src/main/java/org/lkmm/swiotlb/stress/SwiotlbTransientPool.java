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
 * Mirrors litmus/swiotlb/swiotlb-transient-pool.litmus (herd7: Never) on the real model: the
 * default pool is full, so Swiotlb.map initialises a transient pool, links it into the
 * device's list under the device lock, sets the flag and does smp_mb(); the driver hands the
 * address on with a plain store; the other CPU's is_swiotlb_buffer() must find the pool
 * through the device list. Run: java -jar target/jcstress.jar -t SwiotlbTransientPool
 */
@JCStressTest
@Description("a transient pool is found by a lookup on another CPU")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "address seen, transient pool not found")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "address seen and its transient pool found")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "address not handed over yet")
@State
public class SwiotlbTransientPool {
    final ModelFixture model = ModelFixture.exhausted(Runnable::run);
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
