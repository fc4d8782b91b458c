package org.lkmm.kernel;

/** What an argument of a primitive stands for. */
public enum Role {
    /** An lvalue such as {@code *x}: the access goes to its address. */
    LV,
    /** A pointer value: the access goes to the address it holds. */
    PTR,
    VAL,
    OLD,
    NEW,
    UNLESS
}
