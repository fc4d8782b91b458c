package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-transient-free-gp.litmus (herd7: Never). swiotlb_del_pool()
 * unlinks the pool and frees it after a grace period (emulated with a read-write lock); the
 * reader sits inside rcu_read_lock().
 * Run: java -jar target/jcstress.jar -t SwiotlbTransientFreeGp
 */
@JCStressTest
@Description("a reader standing on a transient pool never sees it freed")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "reader on the removed pool sees it freed")
@Outcome(expect = ACCEPTABLE, desc = "reader on a live pool")
@State
public class SwiotlbTransientFreeGp {
    final PoolCell tpool = new PoolCell(1);
    final PoolCell upool = new PoolCell(1);
    final AtomicReference<PoolCell> devPools = new AtomicReference<>(tpool);
    final GracePeriod rcu = new GracePeriod();

    @Actor
    public void deletePool() {
        devPools.setRelease(upool); // list_del_rcu: T -> U becomes U
        rcu.synchronize(); // call_rcu: free after a grace period
        tpool.start.setOpaque(0); // the free, made visible
    }

    @Actor
    public void lookup(II_Result r) {
        rcu.readLock();
        try {
            PoolCell p = devPools.getAcquire();
            r.r1 = p == tpool ? 1 : 0;
            r.r2 = p.start.getOpaque();
        } finally {
            rcu.readUnlock();
        }
    }
}
