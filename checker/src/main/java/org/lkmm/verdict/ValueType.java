package org.lkmm.verdict;

import java.util.Optional;

/**
 * How herd7 prints an integer held by a location, from the type the init block gives it
 * (archExtra_herd.ml, pp_typed): values are 32-bit and kept whole; a narrower type sign-extends
 * or masks them for printing, and a 32-bit unsigned type ({@code atomic_t}, {@code uint32_t},
 * pointers) prints them unsigned. Untyped locations and registers are {@code int}.
 */
record ValueType(int bits, boolean signed) {
    static final ValueType INT = new ValueType(32, true);

    /** The type of an init-block declaration such as "atomic_t" or "int *"; none is int. */
    static ValueType of(Optional<String> declared) {
        if (declared.isEmpty()) {
            return INT;
        }
        String t = declared.get().strip();
        if (t.endsWith("*")) {
            return new ValueType(32, false);
        }
        return switch (t) {
            case "char", "int8_t" -> new ValueType(8, true);
            case "uint8_t" -> new ValueType(8, false);
            case "short", "int16_t" -> new ValueType(16, true);
            case "uint16_t" -> new ValueType(16, false);
            case "atomic_t", "uint32_t", "uintptr_t" -> new ValueType(32, false);
            case "int64_t" -> new ValueType(64, true);
            case "uint64_t" -> new ValueType(64, false);
            default -> INT; // int, long, int32_t, intptr_t (herd's is_signed), and types it rejects earlier
        };
    }

    /** A 32-bit value as herd prints it for this type. */
    String show(int value) {
        if (bits == 32) {
            return signed ? Integer.toString(value) : Integer.toUnsignedString(value);
        }
        if (bits > 32) {
            return Integer.toString(value); // Scalar.sxt/mask beyond the machine size change nothing
        }
        int shift = 32 - bits;
        int cast = signed ? (value << shift) >> shift : value & ((1 << bits) - 1);
        return Integer.toString(cast);
    }
}
