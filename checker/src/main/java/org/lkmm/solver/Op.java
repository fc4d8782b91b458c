package org.lkmm.solver;

/**
 * The binary operators of herd7's C (lib/CParser.mly): arithmetic, bitwise and comparisons, in
 * the order herd's Op.op declares them (its equations are ordered by it).
 */
public enum Op {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), AND("&"), OR("|"), XOR("^"), ANDNOT("&~"),
    LT("<"), GT(">"), EQ("=="), NE("!="), LE("<="), GE(">=");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Op of(String symbol) {
        for (Op o : values()) {
            if (o.symbol.equals(symbol)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no operator " + symbol);
    }

    public boolean isComparison() {
        return ordinal() >= LT.ordinal();
    }
}
