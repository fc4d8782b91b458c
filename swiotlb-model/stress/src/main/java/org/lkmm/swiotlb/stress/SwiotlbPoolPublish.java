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
 * Mirrors litmus/swiotlb/swiotlb-pool-publish.litmus (herd7: Never) on the real model: CPU0 runs
 * the queued growth work (swiotlb_dyn_alloc: a pool is initialised, then add_mem_pool links it
 * at the head); CPU1 walks mem->pools as find_slots does and reads the head's fields. The
 * kernel's address dependency on the loaded head is the model's getAcquire (Pools.list).
 * Run: java -jar target/jcstress.jar -t SwiotlbPoolPublish
 */
@JCStressTest
@Description("a walker that reaches a newly published pool sees it initialised")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "new pool reached but seen uninitialised")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "new pool reached and initialised")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "the walk read the old head: only the default pool")
@State
public class SwiotlbPoolPublish {
    final ModelFixture model = ModelFixture.growthQueued();

    @Actor
    public void addMemPool() {
        model.runGrowth();
    }

    @Actor
    public void walker(II_Result r) {
        List<Pool> pools = model.swiotlb.pools();
        Pool head = pools.get(0);
        r.r1 = pools.size() == 2 ? 1 : 0;
        r.r2 = r.r1 == 1 && initialised(head) ? 1 : 0;
    }

    /** What swiotlb_init_io_tlb_pool wrote: a page-aligned start, the size, free runs of a fresh pool. */
    static boolean initialised(Pool p) {
        return p.start() > 0 && (p.start() & 4095) == 0 && p.nslabs() == 128 && p.nareas() == 1
                && java.util.Arrays.equals(p.initialFreeRuns(), p.freeRuns());
    }
}
