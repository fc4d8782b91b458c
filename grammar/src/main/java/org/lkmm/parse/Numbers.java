package org.lkmm.parse;

import org.antlr.v4.runtime.Token;

/** Integer literals as herd7 reads them: its C values are 32-bit (OCaml's Int32.of_string). */
final class Numbers {
    /** A literal herd7 cannot read, with where it is; turned into a ParseException by the parser. */
    private Numbers() {}

    /**
     * Int32.of_string: decimal within [-2^31, 2^31-1], or hexadecimal up to 0xffffffff read as
     * the 32-bit pattern it is (0xffffffff is -1).
     */
    static long int32(Token token, boolean negative) {
        return int32(token, token.getText(), negative);
    }

    /** As above, for digits that are part of the token's text (the 1 of "P1"). */
    static long int32(Token token, String text, boolean negative) {
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                long v = Long.parseLong(text.substring(2), 16);
                if (v > 0xffffffffL) {
                    throw new NumberFormatException();
                }
                int bits = (int) v;
                return negative ? -(long) bits : bits;
            }
            long v = Long.parseLong(negative ? "-" + text : text);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new Refusal(token, "number " + (negative ? "-" : "") + text
                    + " does not fit in 32 bits, as herd7's values must");
        }
    }

}
