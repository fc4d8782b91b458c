package org.lkmm.swiotlb;

/**
 * Where the model's ordering-relevant steps can be watched: every access to a variable of the
 * litmus tests (list heads, the dma_uses_io_tlb flag, orig_addr), every fence, area lock and
 * grace period is reported with the kernel primitive it stands for. The model runs with
 * {@link #NONE}; OrderingTest records the steps of one path and compares them with the litmus
 * test's, which is how a dropped barrier or a weakened access mode shows on x86, where no stress
 * run can observe it.
 */
@FunctionalInterface
public interface Trace {
    /** A step: what it touches (a litmus variable, "area 2", ...) and as which primitive. */
    record Step(String what, String primitive) {
        @Override
        public String toString() {
            return primitive + "(" + what + ")";
        }
    }

    void step(String what, String primitive);

    Trace NONE = (what, primitive) -> {};
}
