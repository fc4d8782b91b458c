package org.lkmm.program;

import java.util.List;
import java.util.Optional;
import org.lkmm.ast.SourcePos;
import org.lkmm.solver.Op;

/**
 * A thread's code as herd7 runs it: its C with every kernel macro expanded into herd's own
 * forms (lib/CBase.ml: __load, __store, __fence, __xchg, __cmpxchg, __lock, ...). Each node
 * keeps where it came from and which primitive it expands.
 */
public final class Code {
    private Code() {}

    /** Where a node comes from: the source position and the primitive ("*" for plain C). */
    public record Origin(SourcePos pos, String primitive) {}

    sealed interface Exp {
        Origin origin();
    }

    record Const(Origin origin, long value) implements Exp {}

    record LoadReg(Origin origin, String register) implements Exp {}

    /** __load{annotation}(loc), or a plain *loc when the annotation is empty. */
    record LoadMem(Origin origin, Exp location, String annotation) implements Exp {}

    record Binary(Origin origin, Op op, Exp left, Exp right) implements Exp {}

    record Exchange(Origin origin, Exp location, Exp value, String annotation) implements Exp {}

    record CmpExchange(Origin origin, Exp location, Exp expected, Exp desired, String annotation) implements Exp {}

    /** __atomic_op_return / __atomic_fetch_op: returns the new value, or the old one when fetch. */
    record AtomicOpReturn(Origin origin, Exp location, Op op, Exp operand, boolean fetch, String annotation)
            implements Exp {}

    /** __atomic_add_unless{annotation}(loc, addend, limit), or herd's built-in atomic_add_unless (annotation ""). */
    record AtomicAddUnless(Origin origin, Exp location, Exp addend, Exp limit, String annotation) implements Exp {}

    /** __srcu{srcu-lock}(loc): the value is herd's cookie. */
    record SrcuLock(Origin origin, Exp location) implements Exp {}

    record TryLock(Origin origin, Exp location) implements Exp {}

    record IsLocked(Origin origin, Exp location) implements Exp {}

    sealed interface Stmt {
        Origin origin();
    }

    /** A block, from braces in the source or a macro's { ... } body. */
    record Seq(Origin origin, List<Stmt> body) implements Stmt {}

    record If(Origin origin, Exp condition, Stmt then, Optional<Stmt> otherwise) implements Stmt {}

    record While(Origin origin, Exp condition, Stmt body) implements Stmt {}

    /** A declaration inside a nested block (herd drops those at the top of a thread). */
    record DeclReg(Origin origin, String register) implements Stmt {}

    /** r = e, or an expression evaluated for its effects when register is empty. */
    record StoreReg(Origin origin, Optional<String> register, Exp value) implements Stmt {}

    /** (void)e. */
    record CastExpr(Origin origin, Exp value) implements Stmt {}

    /** __store{annotation}(loc, v), or *loc = v when the annotation is empty. */
    record StoreMem(Origin origin, Exp location, Exp value, String annotation) implements Stmt {}

    record Lock(Origin origin, Exp location) implements Stmt {}

    record Unlock(Origin origin, Exp location) implements Stmt {}

    record Fence(Origin origin, String kind) implements Stmt {}

    /** __atomic_op(loc, op, v): a non-returning RMW. */
    /** __atomic_op{annotation}(loc, op, operand); LKMM v1 ignores the annotation. */
    record AtomicOp(Origin origin, Exp location, Op op, Exp operand, String annotation) implements Stmt {}

    /** __srcu{srcu-unlock}(loc, v) or __srcu{sync-srcu}(loc). */
    record Srcu(Origin origin, Exp location, String kind, Optional<Exp> value) implements Stmt {}
}
