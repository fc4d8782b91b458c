package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import org.lkmm.swiotlb.Pool;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-pool-publish-acquire.litmus (herd7: Never): the link read with
 * smp_load_acquire() and no dependency, which is exactly the model's Pools.list (getAcquire).
 * Here the walker is mem_used()'s: it sums the areas' used counts of every listed pool, so it
 * takes the new pool's area locks. CPU0 runs the queued growth work.
 * Run: java -jar target/jcstress.jar -t SwiotlbPoolPublishAcquire
 */
@JCStressTest
@Description("a walker that reaches a newly published pool sees it initialised")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "new pool reached but seen uninitialised")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "new pool reached and initialised")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "the walk read the old head: only the default pool")
@State
public class SwiotlbPoolPublishAcquire {
    final ModelFixture model = ModelFixture.growthQueued();

    @Actor
    public void addMemPool() {
        model.runGrowth();
    }

    @Actor
    public void walker(II_Result r) {
        List<Pool> pools = model.swiotlb.pools();
        int used = 0;
        for (Pool p : pools) {
            used += p.used();
        }
        r.r1 = pools.size() == 2 ? 1 : 0;
        r.r2 = r.r1 == 1 && used == 128 && SwiotlbPoolPublish.initialised(pools.get(0)) ? 1 : 0;
    }
}
