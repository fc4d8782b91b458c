package org.lkmm.parse.herd;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * herd7's Morello locations, which its state parser reads in any test (lib/stateParser.mly):
 * {@code x:3} is x with a capability tag and {@code 8:x:1} adds permissions. No program reaches
 * them, so they only print, sort and read their initial value; this class owns how.
 */
public final class Capability {
    private static final Pattern PRINTED = Pattern.compile("(0|0x[0-9a-f]+):([^:]+):([01])");

    private Capability() {}

    /**
     * The location herd prints (lib/constant.ml, mk_sym_morello then pp_symbolic_data): the
     * permissions keep their bits above the low three, the tag is 0 or 1, and a capability of 0
     * is the plain location ("x:0" is x).
     */
    public static String name(String perms, String base, String tag) {
        long cap = (int64(perms) >>> 3) | ((number(tag).signum() != 0 ? 1L : 0L) << 33);
        if (cap == 0) {
            return base;
        }
        long low = (cap & 0x1ffffffffL) << 3;
        return (low == 0 ? "0" : "0x" + Long.toHexString(low)) + ":" + base + ":" + (cap >>> 33);
    }

    /** Int64.of_string, as herd reads the permissions; a number beyond it is refused. */
    private static long int64(String text) {
        BigInteger v = number(text);
        if (v.bitLength() > 64 || (v.bitLength() == 64 && !isHex(text))) {
            throw new NumberFormatException("number " + text + " does not fit in 64 bits");
        }
        return v.longValue();
    }

    private static BigInteger number(String text) {
        return isHex(text) ? new BigInteger(text.substring(2), 16) : new BigInteger(text);
    }

    private static boolean isHex(String text) {
        return text.startsWith("0x") || text.startsWith("0X");
    }

    /**
     * A global as herd compares it (compare_symbolic_data): by the variable's name, then by tag
     * ("x:red", none first), then by capability.
     */
    public record Key(String base, String tag, long cap) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::base)
                .thenComparing(Key::tag).thenComparingLong(Key::cap);

        /** The key of a global from the name herd prints for it. */
        public static Key of(String printed) {
            Matcher m = PRINTED.matcher(printed);
            if (m.matches()) {
                long low = m.group(1).equals("0") ? 0 : Long.parseUnsignedLong(m.group(1).substring(2), 16);
                return new Key(m.group(2), "", (low >>> 3) | (Long.parseLong(m.group(3)) << 33));
            }
            int colon = printed.indexOf(':');
            return colon < 0 ? new Key(printed, "", 0)
                    : new Key(printed.substring(0, colon), printed.substring(colon + 1), 0);
        }

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }
}
