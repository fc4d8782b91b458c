package org.lkmm.solver;

/**
 * herd7's operations on values (lib/symbValue.ml over Int32): 32-bit integers that wrap,
 * truncating division, signed comparisons; addresses take integer offsets; an address equals no
 * integer. An unknown makes an operation undetermined, except where herd decides without it
 * (0 + S is S, S ^ S and S == S are constants).
 * <p>
 * Integers are {@code long}s within the int range; addresses are the {@code long}s above it that
 * program.Layout hands out, so an address plus a small offset is still an address.
 */
public final class Arithmetic {
    /** The operation needs the value of an unknown. */
    public static final class Undetermined extends Exception {
        static final Undetermined INSTANCE = new Undetermined();

        private Undetermined() {
            super(null, null, false, false);
        }
    }

    /**
     * herd raises this operation's error (Division_by_zero, an illegal operation on addresses),
     * in herd's words (lib/symbValue.ml); an address stands in the message as {N}, for the
     * program's layout to name (Layout.named).
     */
    public static final class Failure extends Exception {
        public Failure(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * What escapes herd7 7.58 on an address | a non-zero integer: its capability arithmetic
     * (binop_cs_cs) fails an assertion of its 32-bit scalars, and herd dies with it.
     */
    public static final String OR_ASSERTION = "File \"lib/int32Scalar.ml\", line 66, characters 17-23: Assertion failed";

    /** herd's message for an operation on constants that herd's symbolic values refuse. */
    private static Failure illegal(Op op, long x, long y) {
        return switch (op) {
            case OR -> new Failure(isAddress(x) && isAddress(y) ? "Illegal | on " + constant(x) + " and " + constant(y)
                    : OR_ASSERTION);
            // herd computes x > y as y < x, and x >= y as y <= x
            case GT -> new Failure("Illegal operation < on constants " + constant(y) + " and " + constant(x));
            case GE -> new Failure("Illegal operation <= on constants " + constant(y) + " and " + constant(x));
            default -> new Failure("Illegal operation " + op.symbol() + " on constants " + constant(x) + " and "
                    + constant(y));
        };
    }

    /** A constant in a failure's message: an integer, or an address as {N}. */
    private static String constant(long v) {
        return isAddress(v) ? "{" + v + "}" : Long.toString(v);
    }

    private Arithmetic() {}

    /**
     * The value an operation herd fails on leaves in memory, as a read from that write sees it
     * (herd's equation for the read then fails as a whole: it raises the first error when an
     * allowed execution holds the write). Every operation on it gives it again, and an equation
     * it stands on holds whatever the other side, so each branch the read decides still runs.
     */
    public static final long POISON = Long.MIN_VALUE + 1;

    public static boolean isAddress(long v) {
        return v > Integer.MAX_VALUE || v < Integer.MIN_VALUE;
    }

    public static Atom apply(Op op, Atom a, Atom b) throws Undetermined, Failure {
        switch (op) {
            case ADD -> {
                if (isZero(a)) {
                    return b;
                }
                if (isZero(b)) {
                    return a;
                }
            }
            case OR -> {
                if (isZero(a)) {
                    return b;
                }
                if (isZero(b)) {
                    return a;
                }
            }
            case XOR -> {
                if (a.equals(b)) {
                    return Atom.of(0);
                }
            }
            case EQ -> {
                if (a.isVar() && a.equals(b)) {
                    return Atom.of(1);
                }
            }
            case NE -> {
                if (a.isVar() && a.equals(b)) {
                    return Atom.of(0);
                }
            }
            default -> { }
        }
        if (!(a instanceof Atom.Val x) || !(b instanceof Atom.Val y)) {
            throw Undetermined.INSTANCE;
        }
        return Atom.of(apply(op, x.value(), y.value()));
    }

    private static boolean isZero(Atom a) {
        return a instanceof Atom.Val v && v.value() == 0;
    }

    /** The operation on two constants. */
    public static long apply(Op op, long x, long y) throws Failure {
        if (x == POISON || y == POISON) {
            return POISON;
        }
        boolean ax = isAddress(x);
        boolean ay = isAddress(y);
        if (ax || ay) {
            return onAddresses(op, x, y, ax, ay);
        }
        int i = (int) x;
        int j = (int) y;
        return switch (op) {
            case ADD -> i + j;
            case SUB -> i - j;
            case MUL -> i * j;
            case DIV -> {
                if (j == 0) {
                    throw new Failure("Division_by_zero");
                }
                yield i == Integer.MIN_VALUE && j == -1 ? i : i / j;
            }
            case AND -> i & j;
            case OR -> i | j;
            case XOR -> i ^ j;
            case ANDNOT -> i & ~j; // herd's AndNot2, atomic_andnot's operator
            case EQ -> i == j ? 1 : 0;
            case NE -> i != j ? 1 : 0;
            case LT -> i < j ? 1 : 0;
            case GT -> i > j ? 1 : 0;
            case LE -> i <= j ? 1 : 0;
            case GE -> i >= j ? 1 : 0;
        };
    }

    private static long onAddresses(Op op, long x, long y, boolean ax, boolean ay) throws Failure {
        switch (op) {
            case ADD -> {
                if (ax != ay) {
                    return x + y; // an offset from the address
                }
            }
            case SUB -> {
                if (ax && ay) {
                    return Long.compare(x, y);
                }
                if (ax) {
                    return x - y;
                }
            }
            case EQ -> {
                return x == y ? 1 : 0;
            }
            case NE -> {
                return x != y ? 1 : 0;
            }
            case XOR -> {
                if (x == y) {
                    return 0;
                }
            }
            case LT -> {
                if (ax && y == 0) {
                    return 0;
                }
                if (ay && x == 0) {
                    return 1;
                }
            }
            case GT -> {
                if (ay && x == 0) {
                    return 0;
                }
                if (ax && y == 0) {
                    return 1;
                }
            }
            default -> { }
        }
        throw illegal(op, x, y);
    }
}
