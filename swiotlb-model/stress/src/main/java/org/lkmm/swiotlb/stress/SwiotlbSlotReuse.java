package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.lkmm.swiotlb.Direction;
import org.lkmm.swiotlb.Swiotlb;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-slot-reuse.litmus (herd7: Never) on the real model: the pool's
 * last free slot holds a mapping; CPU0 unmaps it (swiotlb_release_slots resets orig_addr and
 * frees the run under the area lock); CPU1 maps a new buffer, which gets that slot only after
 * the release, and writes its orig_addr after unlocking. The arbiter reads the slot's orig_addr.
 * Run: java -jar target/jcstress.jar -t SwiotlbSlotReuse
 */
@JCStressTest
@Description("slots freed on one CPU and claimed on another keep the new orig_addr")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "the releaser's reset erased the new mapping's orig_addr")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "the new owner's orig_addr stayed")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "the map came first and found the pool full")
@State
public class SwiotlbSlotReuse {
    final ModelFixture model = ModelFixture.withFreeSlots(1);
    final long old = model.map(0);

    @Actor
    public void release() {
        model.swiotlb.unmap(model.device, old, 64, Direction.TO_DEVICE, true);
    }

    @Actor
    public void map(II_Result r) {
        r.r1 = model.map(1) != Swiotlb.MAPPING_ERROR ? 1 : 0;
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r2 = model.swiotlb.pools().get(0).origAddr(ModelFixture.slot(old)) == ModelFixture.origOf(1) ? 1 : 0;
    }
}
