package org.lkmm.swiotlb;

import java.lang.invoke.VarHandle;

/** The kernel's barriers as JDK fences, reported to the trace. */
final class Fences {
    private Fences() {}

    /** smp_mb() */
    static void mb(Trace trace) {
        trace.step("", "smp_mb");
        VarHandle.fullFence();
    }

    /** smp_rmb() */
    static void rmb(Trace trace) {
        trace.step("", "smp_rmb");
        VarHandle.loadLoadFence();
    }
}
