package org.lkmm.ast;

import java.util.List;
import java.util.Optional;

/** Statements of a process body. */
public sealed interface Stmt {
    SourcePos pos();

    record Declare(SourcePos pos, String type, String name, Optional<Expr> init) implements Stmt {}

    record Assign(SourcePos pos, String register, Expr value) implements Stmt {}

    /** {@code *target = value}: a plain store through a pointer. */
    record Store(SourcePos pos, Expr target, Expr value) implements Stmt {}

    record Eval(SourcePos pos, Expr expr) implements Stmt {}

    record If(SourcePos pos, Expr condition, Stmt then, Optional<Stmt> otherwise) implements Stmt {}

    record While(SourcePos pos, Expr condition, Stmt body) implements Stmt {}

    record Block(SourcePos pos, List<Stmt> body) implements Stmt {}
}
