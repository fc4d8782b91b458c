package org.lkmm.parse;

import java.util.List;
import org.lkmm.ast.Expr;
import org.lkmm.parse.LitmusCParser.BinaryExprContext;
import org.lkmm.parse.LitmusCParser.BoolExprContext;
import org.lkmm.parse.LitmusCParser.CallExprContext;
import org.lkmm.parse.LitmusCParser.CastExprContext;
import org.lkmm.parse.LitmusCParser.IndexExprContext;
import org.lkmm.parse.LitmusCParser.IntExprContext;
import org.lkmm.parse.LitmusCParser.NameExprContext;
import org.lkmm.parse.LitmusCParser.ParenExprContext;
import org.lkmm.parse.LitmusCParser.UnaryExprContext;

/** Builds Expr records from expression parse trees. */
final class ExprBuilder extends LitmusCBaseVisitor<Expr> {
    private final Positions positions;

    ExprBuilder(Positions positions) {
        this.positions = positions;
    }

    @Override
    public Expr visitIntExpr(IntExprContext ctx) {
        return new Expr.IntLit(positions.of(ctx), Numbers.int32(ctx.NUMBER().getSymbol(), false));
    }

    @Override
    public Expr visitBoolExpr(BoolExprContext ctx) {
        // herd7's C has no booleans: true and false are register names, never written (so 0)
        return new Expr.Name(positions.of(ctx), ctx.getText());
    }

    @Override
    public Expr visitNameExpr(NameExprContext ctx) {
        return new Expr.Name(positions.of(ctx), ctx.ID().getText());
    }

    @Override
    public Expr visitCallExpr(CallExprContext ctx) {
        List<Expr> args = ctx.expr().stream().map(this::visit).toList();
        return new Expr.Call(positions.of(ctx), ctx.ID().getText(), args);
    }

    @Override
    public Expr visitCastExpr(CastExprContext ctx) {
        return new Expr.Cast(positions.of(ctx), Types.text(ctx.typeName()), visit(ctx.expr()));
    }

    @Override
    public Expr visitParenExpr(ParenExprContext ctx) {
        return visit(ctx.expr());
    }

    @Override
    public Expr visitIndexExpr(IndexExprContext ctx) {
        return new Expr.Index(positions.of(ctx), visit(ctx.expr(0)), visit(ctx.expr(1)));
    }

    @Override
    public Expr visitUnaryExpr(UnaryExprContext ctx) {
        if (ctx.op.getType() == LitmusCParser.MINUS && ctx.expr() instanceof IntExprContext i
                && i.NUMBER().getSymbol().getStartIndex() == ctx.op.getStopIndex() + 1) {
            // herd7's lexer reads "-2147483648" as one constant ('-'? num), which Int32 takes
            return new Expr.IntLit(positions.of(ctx), Numbers.int32(i.NUMBER().getSymbol(), true));
        }
        if (ctx.op.getType() == LitmusCParser.STAR && !(ctx.expr() instanceof NameExprContext
                || ctx.expr() instanceof ParenExprContext
                || ctx.expr() instanceof CastExprContext c && c.expr() instanceof NameExprContext)) {
            // herd7's expressions dereference a name, (expr) or (type)name: "* *y" is its "unexpected '*'"
            throw new Refusal(ctx.expr().getStart(), "unexpected '" + ctx.expr().getStart().getText() + "'");
        }
        Expr operand = visit(ctx.expr());
        return switch (ctx.op.getType()) {
            case LitmusCParser.STAR -> new Expr.Deref(positions.of(ctx), operand);
            case LitmusCParser.AMP -> new Expr.AddressOf(positions.of(ctx), operand);
            default -> new Expr.Unary(positions.of(ctx), ctx.op.getText(), operand);
        };
    }

    @Override
    public Expr visitBinaryExpr(BinaryExprContext ctx) {
        return new Expr.Binary(positions.of(ctx.op), ctx.op.getText(), visit(ctx.expr(0)), visit(ctx.expr(1)));
    }
}
