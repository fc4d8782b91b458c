package org.lkmm.program;

/**
 * A program herd7's semantics fails an internal assertion on: herd stops with a fatal error and
 * no output, and so does the lowering, with this message at this place.
 */
final class HerdAssertion extends RuntimeException {
    private final Code.Origin origin;

    HerdAssertion(Code.Origin origin, String message) {
        super(message, null, false, false);
        this.origin = origin;
    }

    Code.Origin origin() {
        return origin;
    }
}
