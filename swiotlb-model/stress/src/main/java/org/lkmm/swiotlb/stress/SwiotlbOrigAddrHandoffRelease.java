package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-orig-addr-handoff-release.litmus (herd7: Never). The driver
 * hands the address over with release/acquire, as the model's own tests do.
 * Run: java -jar target/jcstress.jar -t SwiotlbOrigAddrHandoffRelease
 */
@JCStressTest
@Description("the unmapping CPU sees the mapper's origAddr")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "buffer seen, origAddr stale")
@Outcome(expect = ACCEPTABLE, desc = "other outcomes")
@State
public class SwiotlbOrigAddrHandoffRelease {
    final AtomicInteger flag = new AtomicInteger();
    final AtomicInteger origAddr = new AtomicInteger();
    final AtomicInteger buf = new AtomicInteger();

    @Actor
    public void mapper() {
        flag.setOpaque(1);
        VarHandle.fullFence(); // smp_mb
        origAddr.setOpaque(1);
        buf.setRelease(1);
    }

    @Actor
    public void unmapper(II_Result r) {
        r.r1 = buf.getAcquire();
        int seenFlag = flag.getOpaque();
        r.r2 = origAddr.getOpaque();
    }
}
