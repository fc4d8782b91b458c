package org.lkmm.ast;

/** A constant in the final clause: an integer or the address of a shared variable. */
public sealed interface Value {
    record Int(long value) implements Value {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    record Address(String variable) implements Value {
        @Override
        public String toString() {
            return variable;
        }
    }

    /** Another location's final value, as in {@code 0:r1=1:r2}. */
    record Of(Location location) implements Value {
        @Override
        public String toString() {
            return location.toString();
        }
    }
}
