package org.lkmm.swiotlb;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One shared variable of the litmus tests (a list head, the device flag) with the access modes
 * of SWIOTLB.md section 7, each access reported to the trace under the kernel primitive it
 * implements: getAcquire is rcu_dereference/smp_load_acquire (Java keeps no dependency order),
 * getOpaque READ_ONCE, setRelease rcu_assign_pointer, setOpaque WRITE_ONCE.
 */
final class Cell<T> {
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(Cell.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    @SuppressWarnings("unused") // accessed through VALUE
    private Object value;

    Cell(String name, T initial) {
        this.name = name;
        VALUE.setRelease(this, initial);
    }

    @SuppressWarnings("unchecked")
    T getAcquire(Trace trace) {
        trace.step(name, "acquire");
        return (T) VALUE.getAcquire(this);
    }

    @SuppressWarnings("unchecked")
    T getOpaque(Trace trace) {
        trace.step(name, "READ_ONCE");
        return (T) VALUE.getOpaque(this);
    }

    void setRelease(Trace trace, T v) {
        trace.step(name, "release");
        VALUE.setRelease(this, v);
    }

    void setOpaque(Trace trace, T v) {
        trace.step(name, "WRITE_ONCE");
        VALUE.setOpaque(this, v);
    }
}
