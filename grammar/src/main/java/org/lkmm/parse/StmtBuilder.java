package org.lkmm.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkmm.ast.Stmt;
import org.lkmm.parse.LitmusCParser.AssignStmtContext;
import org.lkmm.parse.LitmusCParser.BlockContext;
import org.lkmm.parse.LitmusCParser.BlockStmtContext;
import org.lkmm.parse.LitmusCParser.DeclStmtContext;
import org.lkmm.parse.LitmusCParser.DeclaratorContext;
import org.lkmm.parse.LitmusCParser.ExprStmtContext;
import org.lkmm.parse.LitmusCParser.IfStmtContext;
import org.lkmm.parse.LitmusCParser.StmtContext;
import org.lkmm.parse.LitmusCParser.StoreStmtContext;
import org.lkmm.parse.LitmusCParser.WhileStmtContext;

/** Builds Stmt records; a declaration of several registers becomes a block of declarations. */
final class StmtBuilder extends LitmusCBaseVisitor<Stmt> {
    private final Positions positions;
    private final ExprBuilder exprs;

    StmtBuilder(Positions positions, ExprBuilder exprs) {
        this.positions = positions;
        this.exprs = exprs;
    }

    List<Stmt> body(BlockContext block) {
        List<Stmt> out = new ArrayList<>();
        for (StmtContext s : block.stmt()) {
            Stmt stmt = visit(s);
            if (stmt != null) {
                out.add(stmt);
            }
        }
        return out;
    }

    @Override
    public Stmt visitDeclStmt(DeclStmtContext ctx) {
        String type = Types.text(ctx.typeName());
        List<Stmt> decls = new ArrayList<>();
        for (DeclaratorContext d : ctx.declarator()) {
            decls.add(new Stmt.Declare(positions.of(d), type, d.ID().getText(),
                    Optional.ofNullable(d.expr()).map(exprs::visit)));
        }
        return decls.size() == 1 ? decls.get(0) : new Stmt.Block(positions.of(ctx), decls);
    }

    @Override
    public Stmt visitAssignStmt(AssignStmtContext ctx) {
        return new Stmt.Assign(positions.of(ctx), ctx.ID().getText(), exprs.visit(ctx.expr()));
    }

    @Override
    public Stmt visitStoreStmt(StoreStmtContext ctx) {
        return new Stmt.Store(positions.of(ctx), target(ctx.expr(0)), exprs.visit(ctx.expr(1)));
    }

    /** herd7's store target (location: a name, * location or (expr)), so "**p = 1" is taken. */
    private org.lkmm.ast.Expr target(LitmusCParser.ExprContext e) {
        if (e instanceof LitmusCParser.UnaryExprContext u && u.op.getType() == LitmusCParser.STAR) {
            return new org.lkmm.ast.Expr.Deref(positions.of(u), target(u.expr()));
        }
        return exprs.visit(e);
    }

    @Override
    public Stmt visitIfStmt(IfStmtContext ctx) {
        return new Stmt.If(positions.of(ctx), exprs.visit(ctx.expr()), visit(ctx.stmt(0)),
                Optional.ofNullable(ctx.stmt().size() > 1 ? visit(ctx.stmt(1)) : null));
    }

    @Override
    public Stmt visitWhileStmt(WhileStmtContext ctx) {
        return new Stmt.While(positions.of(ctx), exprs.visit(ctx.expr()), visit(ctx.stmt()));
    }

    @Override
    public Stmt visitBlockStmt(BlockStmtContext ctx) {
        if (ctx.block().stmt().isEmpty()) {
            // herd7's blocks hold one instruction at least (ins_seq)
            throw new Refusal(ctx.block().RBRACE().getSymbol(), "unexpected '}'");
        }
        return new Stmt.Block(positions.of(ctx), body(ctx.block()));
    }

    @Override
    public Stmt visitExprStmt(ExprStmtContext ctx) {
        return new Stmt.Eval(positions.of(ctx), exprs.visit(ctx.expr()));
    }
}
