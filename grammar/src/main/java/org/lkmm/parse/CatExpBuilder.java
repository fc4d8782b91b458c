package org.lkmm.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.lkmm.ast.cat.Binding;
import org.lkmm.ast.cat.Exp;
import org.lkmm.ast.cat.Exp.Op1Kind;
import org.lkmm.ast.cat.Exp.OpKind;
import org.lkmm.ast.cat.Pat;
import org.lkmm.parse.CatParser.*;

/** Cat expressions: one visit per labelled alternative of exp, base, arg and simple. */
final class CatExpBuilder extends CatBaseVisitor<Exp> {
    private final Positions positions;
    private final CatPieces pieces;

    CatExpBuilder(Positions positions) {
        this.positions = positions;
        this.pieces = new CatPieces(positions, this);
    }

    CatPieces pieces() {
        return pieces;
    }

    // ---- exp ----

    @Override
    public Exp visitLetExp(LetExpContext ctx) {
        return new Exp.Bind(positions.of(ctx), pieces.bindings(ctx.patBind()), visit(ctx.exp()));
    }

    @Override
    public Exp visitLetRecExp(LetRecExpContext ctx) {
        return new Exp.BindRec(positions.of(ctx), pieces.bindings(ctx.patBind()), visit(ctx.exp()));
    }

    @Override
    public Exp visitFunExp(FunExpContext ctx) {
        return new Exp.Fun(positions.of(ctx), Pat.single(pieces.pat0(ctx.pat0())), visit(ctx.exp()), "*fun*");
    }

    @Override
    public Exp visitFunTupleExp(FunTupleExpContext ctx) {
        return new Exp.Fun(positions.of(ctx), pieces.formals(ctx.formals()), visit(ctx.exp()), "*fun*");
    }

    @Override
    public Exp visitTryExp(TryExpContext ctx) {
        return new Exp.Try(positions.of(ctx), visit(ctx.exp(0)), visit(ctx.exp(1)));
    }

    @Override
    public Exp visitIfExp(IfExpContext ctx) {
        return new Exp.If(positions.of(ctx), pieces.condition(ctx.cond()), visit(ctx.exp(0)), visit(ctx.exp(1)));
    }

    @Override
    public Exp visitMatchExp(MatchExpContext ctx) {
        TagClausesContext c = ctx.tagClauses();
        List<Exp.TagClause> clauses = new ArrayList<>();
        for (TagClauseContext t : c.tagClause()) {
            clauses.add(new Exp.TagClause(t.TAG().getText().substring(1), visit(t.exp())));
        }
        Optional<Exp> otherwise = Optional.ofNullable(c.exp()).map(this::visit);
        return new Exp.Match(positions.of(ctx), visit(ctx.exp()), clauses, otherwise);
    }

    @Override
    public Exp visitMatchSetExp(MatchSetExpContext ctx) {
        SetClausesContext c = ctx.setClauses();
        Exp ifEmpty = visit(c.emptyClause().exp());
        Exp.SetClause clause;
        if (c.elementClause() instanceof EltRemClauseContext e) {
            clause = new Exp.EltRem(pieces.pat0(e.elem), pieces.pat0(e.rest), visit(e.exp()));
        } else {
            PreEltPostClauseContext e = (PreEltPostClauseContext) c.elementClause();
            clause = new Exp.PreEltPost(pieces.pat0(e.pre), pieces.pat0(e.elem), pieces.pat0(e.post), visit(e.exp()));
        }
        return new Exp.MatchSet(positions.of(ctx), visit(ctx.exp()), ifEmpty, clause);
    }

    @Override
    public Exp visitTupleExp(TupleExpContext ctx) {
        return new Exp.Op(positions.of(ctx), OpKind.TUPLE, ctx.base().stream().map(this::visit).toList());
    }

    @Override
    public Exp visitBaseExp(BaseExpContext ctx) {
        return visit(ctx.base());
    }

    // ---- base ----

    @Override
    public Exp visitInverseBase(InverseBaseContext ctx) {
        return op1(ctx, Op1Kind.INV, ctx.base());
    }

    @Override
    public Exp visitPostfixBase(PostfixBaseContext ctx) {
        Op1Kind kind = switch (ctx.op.getType()) {
            case CatLexer.STAR -> Op1Kind.STAR;
            case CatLexer.PLUS -> Op1Kind.PLUS;
            default -> Op1Kind.OPT;
        };
        return op1(ctx, kind, ctx.base());
    }

    @Override
    public Exp visitComplementBase(ComplementBaseContext ctx) {
        return op1(ctx, Op1Kind.COMP, ctx.base());
    }

    @Override
    public Exp visitCartesianBase(CartesianBaseContext ctx) {
        return binary(ctx, OpKind.CARTESIAN, ctx.base(0), ctx.base(1));
    }

    @Override
    public Exp visitInterBase(InterBaseContext ctx) {
        return binary(ctx, OpKind.INTER, ctx.base(0), ctx.base(1));
    }

    @Override
    public Exp visitDiffBase(DiffBaseContext ctx) {
        return binary(ctx, OpKind.DIFF, ctx.base(0), ctx.base(1));
    }

    @Override
    public Exp visitSeqBase(SeqBaseContext ctx) {
        return flattened(ctx, OpKind.SEQ, ctx.base(0), ctx.base(1));
    }

    @Override
    public Exp visitAddBase(AddBaseContext ctx) {
        return binary(ctx, OpKind.ADD, ctx.base(0), ctx.base(1));
    }

    @Override
    public Exp visitUnionBase(UnionBaseContext ctx) {
        return flattened(ctx, OpKind.UNION, ctx.base(0), ctx.base(1));
    }

    /** {@code f a b} applies f to a, then the result to b, as herd's exp0. */
    @Override
    public Exp visitAppBase(AppBaseContext ctx) {
        Exp e = new Exp.Var(positions.of(ctx.NAME().getSymbol()), ctx.NAME().getText());
        for (ArgContext a : ctx.arg()) {
            e = new Exp.App(positions.of(ctx), e, visit(a));
        }
        return e;
    }

    @Override
    public Exp visitSimpleBase(SimpleBaseContext ctx) {
        return visit(ctx.simple());
    }

    @Override
    public Exp visitNameArg(NameArgContext ctx) {
        return new Exp.Var(positions.of(ctx), ctx.NAME().getText());
    }

    @Override
    public Exp visitSimpleArg(SimpleArgContext ctx) {
        return visit(ctx.simple());
    }

    // ---- simple ----

    @Override
    public Exp visitEmptySimple(EmptySimpleContext ctx) {
        return new Exp.Konst(positions.of(ctx), Exp.Konst.Kind.EMPTY);
    }

    @Override
    public Exp visitTagSimple(TagSimpleContext ctx) {
        return new Exp.Tag(positions.of(ctx), ctx.TAG().getText().substring(1));
    }

    @Override
    public Exp visitSetSimple(SetSimpleContext ctx) {
        return new Exp.ExplicitSet(positions.of(ctx), args(ctx.args()));
    }

    @Override
    public Exp visitUniverseSimple(UniverseSimpleContext ctx) {
        return new Exp.Konst(positions.of(ctx), Exp.Konst.Kind.UNIVERSE);
    }

    @Override
    public Exp visitUnitSimple(UnitSimpleContext ctx) {
        return new Exp.Op(positions.of(ctx), OpKind.TUPLE, List.of());
    }

    @Override
    public Exp visitParenSimple(ParenSimpleContext ctx) {
        return visit(ctx.exp());
    }

    @Override
    public Exp visitToIdSimple(ToIdSimpleContext ctx) {
        return new Exp.Op1(positions.of(ctx), Op1Kind.TO_ID, visit(ctx.exp()));
    }

    List<Exp> args(ArgsContext ctx) {
        return ctx.base().stream().map(this::visit).toList();
    }

    private Exp op1(ParserRuleContext ctx, Op1Kind kind, BaseContext operand) {
        return new Exp.Op1(positions.of(ctx), kind, visit(operand));
    }

    private Exp binary(ParserRuleContext ctx, OpKind kind, BaseContext left, BaseContext right) {
        return new Exp.Op(positions.of(ctx), kind, List.of(visit(left), visit(right)));
    }

    /** herd's do_op: a | (b | c) and (a | b) | c both become one union of three. */
    private Exp flattened(ParserRuleContext ctx, OpKind kind, BaseContext left, BaseContext right) {
        List<Exp> operands = new ArrayList<>();
        for (Exp e : List.of(visit(left), visit(right))) {
            if (e instanceof Exp.Op op && op.op() == kind) {
                operands.addAll(op.operands());
            } else {
                operands.add(e);
            }
        }
        return new Exp.Op(positions.of(ctx), kind, operands);
    }

    Binding funBinding(ParserRuleContext ctx, String name, Pat params, Exp body) {
        return new Binding(positions.of(ctx), Pat.single(Optional.of(name)),
                new Exp.Fun(positions.of(ctx), params, body, name));
    }
}
