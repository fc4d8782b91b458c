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
 * Mirrors litmus/swiotlb/swiotlb-orig-addr-handoff.litmus (herd7: Sometimes). orig_addr is
 * written after find_slots' smp_mb(); with a plain driver hand-over nothing orders it before
 * the address store.
 * Run: java -jar target/jcstress.jar -t SwiotlbOrigAddrHandoff
 */
@JCStressTest
@Description("the unmapping CPU sees the mapper's origAddr")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "buffer seen, origAddr stale")
@Outcome(expect = ACCEPTABLE, desc = "other outcomes")
@State
public class SwiotlbOrigAddrHandoff {
    final AtomicInteger flag = new AtomicInteger();
    final AtomicInteger origAddr = new AtomicInteger();
    final AtomicInteger buf = new AtomicInteger();

    @Actor
    public void mapper() {
        flag.setOpaque(1);
        VarHandle.fullFence(); // smp_mb
        origAddr.setOpaque(1);
        buf.setOpaque(1);
    }

    @Actor
    public void unmapper(II_Result r) {
        r.r1 = buf.getOpaque();
        VarHandle.loadLoadFence(); // smp_rmb
        int seenFlag = flag.getOpaque();
        r.r2 = origAddr.getOpaque();
    }
}
