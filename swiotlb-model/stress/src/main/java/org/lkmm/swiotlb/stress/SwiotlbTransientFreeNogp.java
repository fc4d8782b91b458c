package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-transient-free-nogp.litmus (herd7: Sometimes). As
 * SwiotlbTransientFreeGp, but freed right after unlinking: a reader standing on it sees it
 * freed, on any machine.
 * Run: java -jar target/jcstress.jar -t SwiotlbTransientFreeNogp
 */
@JCStressTest
@Description("a reader standing on a transient pool never sees it freed")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "reader standing on the removed pool sees it freed")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "reader on the removed pool, still alive")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "reader on the list after the removal")
@State
public class SwiotlbTransientFreeNogp {
    final PoolCell tpool = new PoolCell(1);
    final PoolCell upool = new PoolCell(1);
    final AtomicReference<PoolCell> devPools = new AtomicReference<>(tpool);
    final GracePeriod rcu = new GracePeriod();

    @Actor
    public void deletePool() {
        devPools.setRelease(upool); // list_del_rcu: T -> U becomes U
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
