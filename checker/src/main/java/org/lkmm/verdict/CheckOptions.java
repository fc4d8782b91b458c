package org.lkmm.verdict;

import java.util.OptionalInt;

/**
 * herd7's options that change what a check finds: -speedcheck, and -unroll (how many times a
 * while loop is unrolled; a test's own Unroll= line wins over it, as in herd7).
 */
public record CheckOptions(Speedcheck speedcheck, OptionalInt unroll) {
    /** herd7's defaults: every final state listed, loops unrolled twice. */
    public static final CheckOptions DEFAULT = new CheckOptions(Speedcheck.FALSE, OptionalInt.empty());
}
