package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-slot-reuse-late-reset.litmus (herd7: Sometimes). The reset
 * after unlocking can land after the new owner's store, on any machine.
 * Run: java -jar target/jcstress.jar -t SwiotlbSlotReuseLateReset
 */
@JCStressTest
@Description("slots freed on one CPU and claimed on another keep the new orig_addr")
@Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "the releaser's late reset erased the new mapping's orig_addr")
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "the new owner's orig_addr stayed")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "the map came first and found no free run")
@State
public class SwiotlbSlotReuseLateReset {
    final AtomicInteger orig = new AtomicInteger(1);
    final AtomicInteger list = new AtomicInteger(0);
    final Object lock = new Object();

    @Actor
    public void release() {
        synchronized (lock) {
            list.setOpaque(1);
        }
        orig.setOpaque(0); // reset after unlocking
    }

    @Actor
    public void map(II_Result r) {
        int got;
        synchronized (lock) {
            got = list.getOpaque();
            if (got >= 1) {
                list.setOpaque(0);
            }
        }
        if (got >= 1) {
            orig.setOpaque(2); // new orig_addr, written after unlocking
        }
        r.r1 = got;
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r2 = orig.getOpaque();
    }
}
