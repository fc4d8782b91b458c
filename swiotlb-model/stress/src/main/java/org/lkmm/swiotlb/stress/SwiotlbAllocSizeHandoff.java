package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-alloc-size-handoff.litmus (herd7: Never). alloc_size is
 * stored under the area lock before the smp_mb(), so swiotlb's own barriers cover it.
 * Run: java -jar target/jcstress.jar -t SwiotlbAllocSizeHandoff
 */
@JCStressTest
@Description("the unmapping CPU sees the mapper's allocSize")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "buffer seen, allocSize stale")
@Outcome(expect = ACCEPTABLE, desc = "other outcomes")
@State
public class SwiotlbAllocSizeHandoff {
    final AtomicInteger flag = new AtomicInteger();
    final AtomicInteger allocSize = new AtomicInteger();
    final AtomicInteger buf = new AtomicInteger();
    final Object areaLock = new Object();

    @Actor
    public void mapper() {
        synchronized (areaLock) {
            allocSize.setOpaque(1);
        }
        flag.setOpaque(1);
        VarHandle.fullFence(); // smp_mb
        buf.setOpaque(1);
    }

    @Actor
    public void unmapper(II_Result r) {
        r.r1 = buf.getOpaque();
        VarHandle.loadLoadFence(); // smp_rmb
        int seenFlag = flag.getOpaque();
        r.r2 = allocSize.getOpaque();
    }
}
