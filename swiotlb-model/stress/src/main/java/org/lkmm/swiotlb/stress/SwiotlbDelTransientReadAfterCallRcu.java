package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-del-transient-read-after-call-rcu.litmus (herd7: Sometimes).
 * 6.9-6.12 read pool->nslabs after call_rcu(), outside any reader: the grace period need not
 * wait for it. A lifetime bug, visible on any machine.
 * Run: java -jar target/jcstress.jar -t SwiotlbDelTransientReadAfterCallRcu
 */
@JCStressTest
@Description("swiotlb_del_transient() reads nslabs after queueing the free")
@Outcome(id = "0, 1", expect = ACCEPTABLE_INTERESTING, desc = "nslabs read after the pool was freed")
@Outcome(id = "4, 1", expect = ACCEPTABLE, desc = "read before the free")
@Outcome(id = "4, 0", expect = ACCEPTABLE, desc = "the callback ran before the free was queued: nothing freed")
@State
public class SwiotlbDelTransientReadAfterCallRcu {
    final AtomicInteger nslabs = new AtomicInteger(4);
    final AtomicInteger cbq = new AtomicInteger();
    final GracePeriod rcu = new GracePeriod();

    @Actor
    public void delTransient(II_Result r) {
        cbq.setOpaque(1); // call_rcu(free)
        r.r1 = nslabs.getOpaque(); // then read pool->nslabs
    }

    @Actor
    public void rcuCallback(II_Result r) {
        r.r2 = cbq.getOpaque();
        rcu.synchronize();
        if (r.r2 == 1) {
            nslabs.setOpaque(0); // the free
        }
    }
}
