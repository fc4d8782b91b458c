package org.lkmm.ast.cat;

/** The condition of an {@code if ... then ... else} expression (herd's cond). */
public sealed interface Condition {
    record Eq(Exp left, Exp right) implements Condition {}

    record Subset(Exp left, Exp right) implements Condition {}

    record In(Exp element, Exp set) implements Condition {}

    record Variant(VariantCond test) implements Condition {}
}
