package org.lkmm.swiotlb.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.lkmm.swiotlb.Swiotlb;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mirrors litmus/swiotlb/swiotlb-area-lock.litmus (herd7: Never) on the real model: the default
 * pool (one area) has one free slot and may not grow; two CPUs map one slot each, so both
 * search the area for its only free run; SlotSearch tests and claims it under the area lock.
 * Run: java -jar target/jcstress.jar -t SwiotlbAreaLock
 */
@JCStressTest
@Description("two CPUs search one area for its only free run")
@Outcome(id = "1, 1", expect = FORBIDDEN, desc = "both CPUs claimed the run: a double allocation")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "neither got it: the only free slot was lost")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "CPU0 got the run, CPU1 found the pool full")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "CPU1 got the run, CPU0 found the pool full")
@State
public class SwiotlbAreaLock {
    final ModelFixture model = ModelFixture.withFreeSlots(1);

    @Actor
    public void cpu0(II_Result r) {
        r.r1 = model.map(0) != Swiotlb.MAPPING_ERROR ? 1 : 0;
    }

    @Actor
    public void cpu1(II_Result r) {
        r.r2 = model.map(1) != Swiotlb.MAPPING_ERROR ? 1 : 0;
    }
}
