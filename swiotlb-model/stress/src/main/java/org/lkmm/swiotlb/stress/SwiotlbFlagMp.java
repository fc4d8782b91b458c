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
 * Mirrors litmus/swiotlb/swiotlb-flag-mp.litmus (herd7: Never). The mapper sets
 * dma_uses_io_tlb, smp_mb() (fullFence), then the driver publishes the buffer (opaque, as
 * WRITE_ONCE); the unmapping CPU loads the buffer, smp_rmb() (loadLoadFence), then tests the
 * flag. Run: java -jar target/jcstress.jar -t SwiotlbFlagMp
 */
@JCStressTest
@Description("dma_uses_io_tlb fast path: a CPU that sees the bounce address also sees the flag")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "buffer seen but flag clear: unmap would skip the copy-back")
@Outcome(expect = ACCEPTABLE, desc = "buffer not seen yet, or seen with the flag set")
@State
public class SwiotlbFlagMp {
    final AtomicInteger flag = new AtomicInteger();
    final AtomicInteger buf = new AtomicInteger();

    @Actor
    public void mapper() {
        flag.setOpaque(1);
        VarHandle.fullFence();
        buf.setOpaque(1);
    }

    @Actor
    public void unmapper(II_Result r) {
        r.r1 = buf.getOpaque();
        VarHandle.loadLoadFence();
        r.r2 = flag.getOpaque();
    }
}
