package org.lkmm.ast;

import java.util.List;

/** C expressions of process bodies and init values. */
public sealed interface Expr {
    SourcePos pos();

    record IntLit(SourcePos pos, long value) implements Expr {}

    /** A register, a parameter or (in the init block) a shared variable. */
    record Name(SourcePos pos, String name) implements Expr {}

    /** A call {@code name(args)}; the kernel layer decides what it means. */
    record Call(SourcePos pos, String name, List<Expr> args) implements Expr {}

    record Deref(SourcePos pos, Expr pointer) implements Expr {}

    record AddressOf(SourcePos pos, Expr operand) implements Expr {}

    record Cast(SourcePos pos, String type, Expr operand) implements Expr {}

    record Index(SourcePos pos, Expr array, Expr index) implements Expr {}

    record Unary(SourcePos pos, String op, Expr operand) implements Expr {}

    record Binary(SourcePos pos, String op, Expr left, Expr right) implements Expr {}
}
