package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-flag-mp-no-rmb.litmus (herd7: Sometimes). As SwiotlbFlagMp
 * without the reader's smp_rmb(): the flag load may pass the buffer load.
 * Run: java -jar target/jcstress.jar -t SwiotlbFlagMpNoRmb
 */
@JCStressTest
@Description("without the reader's smp_rmb() the flag may look clear")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "buffer seen but flag clear: the flag load went first")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "buffer seen, flag set")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "nothing seen yet")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "flag seen before the buffer")
@State
public class SwiotlbFlagMpNoRmb {
    final AtomicInteger flag = new AtomicInteger();
    final AtomicInteger buf = new AtomicInteger();

    @Actor
    public void mapper() {
        flag.setOpaque(1);
        VarHandle.fullFence(); // smp_mb
        buf.setOpaque(1);
    }

    @Actor
    public void unmapper(II_Result r) {
        r.r1 = buf.getOpaque();
        r.r2 = flag.getOpaque(); // no smp_rmb
    }
}
