package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-slot-reuse.litmus (herd7: Never). swiotlb_release_slots()
 * resets orig_addr inside the area lock; unlock then lock hands the reset over.
 * Run: java -jar target/jcstress.jar -t SwiotlbSlotReuse
 */
@JCStressTest
@Description("slots freed on one CPU and claimed on another keep the new orig_addr")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "the releaser's reset erased the new mapping's orig_addr")
@Outcome(expect = ACCEPTABLE, desc = "orig_addr is the new owner's")
@State
public class SwiotlbSlotReuse {
    final AtomicInteger orig = new AtomicInteger(1);
    final AtomicInteger list = new AtomicInteger(0);
    final Object lock = new Object();

    @Actor
    public void release() {
        synchronized (lock) {
            orig.setOpaque(0);
            list.setOpaque(1);
        }
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
