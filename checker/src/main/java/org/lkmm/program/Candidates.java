package org.lkmm.program;

/** The values a read of each location may return: what is initially there or ever written. */
interface Candidates {
    long[] of(int location);
}
