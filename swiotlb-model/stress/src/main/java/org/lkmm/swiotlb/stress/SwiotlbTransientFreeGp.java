package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.lkmm.swiotlb.Direction;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-transient-free-gp.litmus (herd7: Never) on the real model: a
 * device has two transient pools, T (newest, list head) and U. CPU0 unmaps T's buffer:
 * swiotlb_del_transient unlinks T, and the RCU callback (run in place) waits for a grace
 * period and frees T. CPU1 looks up U's address: find_pool walks the device list, possibly
 * from the old head, stepping on T. The model poisons a freed pool and a look at it throws,
 * so a free that does not wait for the reader shows as a use after free.
 * Run: java -jar target/jcstress.jar -t SwiotlbTransientFreeGp
 */
@JCStressTest
@Description("a reader standing on a transient pool never sees it freed")
@Outcome(id = "0", expect = FORBIDDEN, desc = "the lookup stepped on the freed pool: a use after free")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "U found, T alive or already unlinked")
@State
public class SwiotlbTransientFreeGp {
    final ModelFixture model = ModelFixture.exhausted(Runnable::run);
    final long u = model.map(0);
    final long t = model.map(1);

    @Actor
    public void deletePool() {
        model.swiotlb.unmap(model.device, t, 64, Direction.TO_DEVICE, true);
    }

    @Actor
    public void lookup(I_Result r) {
        try {
            r.r1 = model.swiotlb.findPool(model.device, u).isPresent() ? 1 : 2;
        } catch (IllegalStateException useAfterFree) {
            r.r1 = 0;
        }
    }
}
