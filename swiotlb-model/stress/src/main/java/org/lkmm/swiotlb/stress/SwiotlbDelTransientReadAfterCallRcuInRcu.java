package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-del-transient-read-after-call-rcu-in-rcu.litmus (herd7:
 * Never). As SwiotlbDelTransientReadAfterCallRcu with the steps inside rcu_read_lock(): the
 * grace period waits for the read.
 * Run: java -jar target/jcstress.jar -t SwiotlbDelTransientReadAfterCallRcuInRcu
 */
@JCStressTest
@Description("swiotlb_del_transient() reads nslabs after queueing the free")
@Outcome(id = "0, 1", expect = FORBIDDEN, desc = "nslabs read after the pool was freed")
@Outcome(id = "4, 1", expect = ACCEPTABLE, desc = "read before the free")
@Outcome(id = "4, 0", expect = ACCEPTABLE, desc = "the callback ran before the free was queued: nothing freed")
@State
public class SwiotlbDelTransientReadAfterCallRcuInRcu {
    final AtomicInteger nslabs = new AtomicInteger(4);
    final AtomicInteger cbq = new AtomicInteger();
    final GracePeriod rcu = new GracePeriod();

    @Actor
    public void delTransient(II_Result r) {
        rcu.readLock();
        try {
            cbq.setOpaque(1); // call_rcu(free)
            r.r1 = nslabs.getOpaque(); // then read pool->nslabs
        } finally {
            rcu.readUnlock();
        }
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
