package org.lkmm.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkmm.ast.Expr;
import org.lkmm.ast.Process;
import org.lkmm.ast.Stmt;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.KernelTable;
import org.lkmm.kernel.Primitive;
import org.lkmm.kernel.Role;
import org.lkmm.program.Code.Exp;
import org.lkmm.program.Code.Origin;
import org.lkmm.solver.Op;

/**
 * A process body in herd7's terms (lib/CParser.mly and the macro expansion of lib/CBase.ml):
 * declarations without a value vanish at the top of a thread; a statement macro becomes its
 * { ... } block and an expression macro its expression, as linux-kernel.def defines them (our
 * primitive table says the same in its own words); names are registers, as parameters are.
 * What herd's C does not have is an error here, in herd's words where it has them.
 */
final class Expansion {
    private final KernelTable kernel;

    Expansion(KernelTable kernel) {
        this.kernel = kernel;
    }

    List<Code.Stmt> thread(Process p) throws InputError {
        return block(p.body(), true);
    }

    private List<Code.Stmt> block(List<Stmt> body, boolean top) throws InputError {
        List<Code.Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            if (s instanceof Stmt.Block b && isDeclarations(b)) {
                out.addAll(block(b.body(), top)); // int r0, r1; is several declarations
            } else {
                stmt(s, top).ifPresent(out::add);
            }
        }
        return out;
    }

    private static boolean isDeclarations(Stmt.Block b) {
        return !b.body().isEmpty() && b.body().stream().allMatch(s -> s instanceof Stmt.Declare);
    }

    private Optional<Code.Stmt> stmt(Stmt s, boolean top) throws InputError {
        Origin o = new Origin(s.pos(), "*");
        if (s instanceof Stmt.Declare d) {
            if (d.init().isPresent()) {
                return Optional.of(new Code.StoreReg(o, Optional.of(d.name()), expr(d.init().get())));
            }
            return top ? Optional.empty() : Optional.of(new Code.DeclReg(o, d.name()));
        }
        if (s instanceof Stmt.Assign a) {
            return Optional.of(new Code.StoreReg(o, Optional.of(a.register()), expr(a.value())));
        }
        if (s instanceof Stmt.Store st) {
            return Optional.of(new Code.StoreMem(o, expr(st.target()), expr(st.value()), ""));
        }
        if (s instanceof Stmt.If i) {
            Optional<Code.Stmt> otherwise = Optional.empty();
            if (i.otherwise().isPresent()) {
                otherwise = Optional.of(branch(i.otherwise().get()));
            }
            return Optional.of(new Code.If(o, expr(i.condition()), branch(i.then()), otherwise));
        }
        if (s instanceof Stmt.While w) {
            return Optional.of(new Code.While(o, expr(w.condition()), branch(w.body())));
        }
        if (s instanceof Stmt.Block b) {
            return Optional.of(new Code.Seq(o, block(b.body(), false)));
        }
        Stmt.Eval e = (Stmt.Eval) s;
        if (e.expr() instanceof Expr.Call c) {
            return Optional.of(statementMacro(c));
        }
        if (e.expr() instanceof Expr.Cast cast && cast.type().equals("void")) {
            return Optional.of(new Code.CastExpr(o, expr(cast.operand())));
        }
        return Optional.of(new Code.StoreReg(o, Optional.empty(), expr(e.expr())));
    }

    /** A branch or loop body: one statement, where a declaration is herd's DeclReg. */
    private Code.Stmt branch(Stmt s) throws InputError {
        return stmt(s, false).orElseThrow();
    }

    private Exp expr(Expr e) throws InputError {
        Origin o = new Origin(e.pos(), "*");
        if (e instanceof Expr.IntLit i) {
            return new Code.Const(o, i.value());
        }
        if (e instanceof Expr.Name n) {
            return new Code.LoadReg(o, n.name());
        }
        if (e instanceof Expr.Deref d) {
            return new Code.LoadMem(o, expr(d.pointer()), "");
        }
        if (e instanceof Expr.Cast c) {
            return expr(c.operand());
        }
        if (e instanceof Expr.Unary u) {
            if (u.op().equals("-")) {
                // herd7's lexer makes "-5" one constant (the parser does too); any other minus is a syntax error
                throw new InputError(u.pos(), "unexpected '-': herd7's C has no unary minus (write a negative constant"
                        + " as -5, without a space)");
            }
            throw new InputError(u.pos(), "operator '" + u.op() + "' is not part of herd7's C");
        }
        if (e instanceof Expr.Binary b) {
            Op op;
            try {
                op = Op.of(b.op());
            } catch (IllegalArgumentException unknown) {
                throw new InputError(b.pos(), "operator '" + b.op() + "' is not part of herd7's C"
                        + (b.op().equals("&&") || b.op().equals("||") ? "; use nested if" : ""));
            }
            return new Code.Binary(o, op, expr(b.left()), expr(b.right()));
        }
        if (e instanceof Expr.Call c) {
            return expressionMacro(c);
        }
        if (e instanceof Expr.AddressOf a) {
            throw new InputError(a.pos(), "herd7's C has no '&': a parameter already holds its variable's address");
        }
        throw new InputError(e.pos(), "arrays are not part of herd7's C");
    }

    private Primitive macro(Expr.Call c, boolean statement) throws InputError {
        Primitive p = kernel.lookup(c.name()).orElse(null);
        if (p == null || p.isStatement() != statement) {
            String hint = p == null ? "" : statement
                    ? " (it is an expression: use its value, or cast it to (void))"
                    : " (it is a statement, not an expression)";
            throw new InputError(c.pos(), "Unknown macro " + c.name() + hint);
        }
        if (p.arity() != c.args().size()) {
            throw new InputError(c.pos(), "Argument mismatch for macro " + c.name() + ": it takes " + p.arity()
                    + " argument" + (p.arity() == 1 ? "" : "s") + ", not " + c.args().size());
        }
        return p;
    }

    /** The address an access primitive works on: X for a pointer argument, the X of *X for an lvalue. */
    private Exp address(Expr.Call c, Primitive p) throws InputError {
        int lv = p.argument(Role.LV);
        if (lv < 0) {
            return arg(c, p, Role.PTR);
        }
        if (c.args().get(lv) instanceof Expr.Deref d) {
            return expr(d.pointer());
        }
        throw new InputError(c.args().get(lv).pos(), "Bad " + (p.isStatement() ? "__store" : "__load")
                + " argument: '" + c.name() + "' needs an lvalue such as *x here");
    }

    private Exp arg(Expr.Call c, Primitive p, Role role) throws InputError {
        return expr(c.args().get(p.argument(role)));
    }

    /** The operand of an atomic: its value argument, or 1 for inc/dec. */
    private Exp operand(Expr.Call c, Primitive p, Origin o) throws InputError {
        return p.argument(Role.VAL) >= 0 ? arg(c, p, Role.VAL) : new Code.Const(o, 1);
    }

    private Code.Stmt statementMacro(Expr.Call c) throws InputError {
        Primitive p = macro(c, true);
        Origin o = new Origin(c.pos(), p.name());
        List<Code.Stmt> body = switch (p.form()) {
            case STORE -> List.of(new Code.StoreMem(o, deref(o, address(c, p)), arg(c, p, Role.VAL), p.tag()));
            case STORE_MB -> List.of(new Code.StoreMem(o, deref(o, address(c, p)), arg(c, p, Role.VAL), p.tag()),
                    new Code.Fence(o, p.fenceAfter()));
            case FENCE -> List.of(new Code.Fence(o, p.tag()));
            case ATOMIC_OP -> List.of(new Code.AtomicOp(o, arg(c, p, Role.PTR), atomicOp(p),
                    operand(c, p, o), p.tag()));
            case LOCK -> List.of(new Code.Lock(o, arg(c, p, Role.PTR)));
            case UNLOCK -> List.of(new Code.Unlock(o, arg(c, p, Role.PTR)));
            case SRCU_UNLOCK -> List.of(new Code.Srcu(o, arg(c, p, Role.PTR), "srcu-unlock",
                    Optional.of(arg(c, p, Role.VAL))));
            case SRCU_SYNC -> List.of(new Code.Srcu(o, arg(c, p, Role.PTR), "sync-srcu", Optional.empty()));
            default -> throw new IllegalStateException(p.form() + " is no statement");
        };
        Code.Stmt s = new Code.Seq(o, body);
        for (int depth = 1; depth < p.blocks(); depth++) {
            s = new Code.Seq(o, List.of(s));
        }
        return s;
    }

    private static Op atomicOp(Primitive p) {
        return Op.of(p.op());
    }

    /** __store{a}(*X, V) wants the location as a dereference, which herd's semantics strips. */
    private static Exp deref(Origin o, Exp address) {
        return new Code.LoadMem(o, address, "");
    }

    private Exp expressionMacro(Expr.Call c) throws InputError {
        Primitive p = macro(c, false);
        Origin o = new Origin(c.pos(), p.name());
        Exp e = switch (p.form()) {
            case LOAD -> new Code.LoadMem(o, deref(o, address(c, p)), p.tag());
            case XCHG -> new Code.Exchange(o, arg(c, p, Role.PTR), arg(c, p, Role.VAL), p.tag());
            case CMPXCHG -> new Code.CmpExchange(o, arg(c, p, Role.PTR), arg(c, p, Role.OLD), arg(c, p, Role.NEW),
                    p.tag());
            case OP_RETURN, FETCH_OP -> new Code.AtomicOpReturn(o, arg(c, p, Role.PTR), atomicOp(p),
                    operand(c, p, o), p.form() == org.lkmm.kernel.Form.FETCH_OP, p.tag());
            case ADD_UNLESS -> new Code.AtomicAddUnless(o, arg(c, p, Role.PTR), arg(c, p, Role.VAL),
                    arg(c, p, Role.UNLESS), p.tag());
            case TRYLOCK -> new Code.TryLock(o, arg(c, p, Role.PTR));
            case IS_LOCKED -> new Code.IsLocked(o, arg(c, p, Role.PTR));
            case SRCU_LOCK -> new Code.SrcuLock(o, arg(c, p, Role.PTR));
            default -> throw new IllegalStateException(p.form() + " is no expression");
        };
        if (p.resultTest().isPresent()) {
            Op test = p.resultTest().get().equals("==0") ? Op.EQ : Op.LT;
            return new Code.Binary(o, test, e, new Code.Const(o, 0));
        }
        return e;
    }
}
