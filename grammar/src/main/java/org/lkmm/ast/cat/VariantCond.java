package org.lkmm.ast.cat;

/** A test on the variants given to herd (-variant lkmmv2): {@code "lkmmv2"}, not, && and ||. */
public sealed interface VariantCond {
    record Name(String name) implements VariantCond {}

    record Not(VariantCond operand) implements VariantCond {}

    record And(VariantCond left, VariantCond right) implements VariantCond {}

    record Or(VariantCond left, VariantCond right) implements VariantCond {}
}
