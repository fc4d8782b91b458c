package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-area-lock.litmus (herd7: Never) on the real model: two CPUs
 * map into a default pool with a single slot, so both search one area for its only free run;
 * SlotSearch tests and claims it under the area lock. Run: java -jar target/jcstress.jar -t SwiotlbAreaLock
 */
@JCStressTest
@Description("two CPUs search one area for its only free run")
@Outcome(id = "1, 1", expect = FORBIDDEN, desc = "both CPUs claimed the run: a double allocation")
@Outcome(expect = ACCEPTABLE, desc = "one CPU got it, the other found the pool full")
@State
public class SwiotlbAreaLock {
    final ModelFixture model = new ModelFixture(1, false);

    @Actor
    public void cpu0(II_Result r) {
        r.r1 = model.mapOneSlot();
    }

    @Actor
    public void cpu1(II_Result r) {
        r.r2 = model.mapOneSlot();
    }
}
