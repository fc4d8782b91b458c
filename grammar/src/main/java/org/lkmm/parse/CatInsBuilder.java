package org.lkmm.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkmm.ast.cat.CatModel;
import org.lkmm.ast.cat.Ins;
import org.lkmm.ast.cat.Pat;
import org.lkmm.parse.CatParser.*;

/** Cat instructions and whole files: one visit per labelled alternative of topIns and ins. */
final class CatInsBuilder extends CatBaseVisitor<Ins> {
    private final Positions positions;
    private final CatExpBuilder exps;
    private final CatPieces pieces;

    CatInsBuilder(String file) {
        this.positions = new Positions(file);
        this.exps = new CatExpBuilder(positions);
        this.pieces = exps.pieces();
    }

    CatModel model(ModelContext ctx) {
        Optional<String> title = Optional.empty();
        if (ctx.identity() != null) {
            var words = ctx.identity().children.stream().map(t -> t.getText()).toList();
            title = Optional.of(unquote(words.get(words.size() - 1)));
        }
        List<Ins> body = new ArrayList<>();
        for (TopInsContext t : ctx.topIns()) {
            body.add(visit(t));
        }
        return new CatModel(positions.of(ctx), title, ctx.CATDEP() != null, body);
    }

    private static String unquote(String s) {
        return s.startsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private List<Ins> all(List<InsContext> list) {
        List<Ins> out = new ArrayList<>();
        for (InsContext i : list) {
            out.add(visit(i));
        }
        return out;
    }

    @Override
    public Ins visitEnumIns(EnumInsContext ctx) {
        return new Ins.Enum(positions.of(ctx), ctx.NAME().getText(),
                ctx.TAG().stream().map(t -> t.getText().substring(1)).toList());
    }

    @Override
    public Ins visitPlainIns(PlainInsContext ctx) {
        return visit(ctx.ins());
    }

    @Override
    public Ins visitLetIns(LetInsContext ctx) {
        return new Ins.Let(positions.of(ctx), pieces.bindings(ctx.patBind()));
    }

    @Override
    public Ins visitLetRecIns(LetRecInsContext ctx) {
        return new Ins.LetRec(positions.of(ctx), pieces.bindings(ctx.patBind()),
                Optional.ofNullable(ctx.appTest()).map(pieces::appTest));
    }

    @Override
    public Ins visitMatchIns(MatchInsContext ctx) {
        InsClausesContext c = ctx.insClauses();
        List<Ins.InsClause> clauses = new ArrayList<>();
        for (InsClauseContext k : c.insClause()) {
            clauses.add(new Ins.InsClause(k.TAG().getText().substring(1), all(k.ins())));
        }
        Optional<List<Ins>> otherwise = c.UNDERSCORE() == null ? Optional.empty() : Optional.of(all(c.ins()));
        return new Ins.InsMatch(positions.of(ctx), exps.visit(ctx.exp()), clauses, otherwise);
    }

    @Override
    public Ins visitTestIns(TestInsContext ctx) {
        Ins.TestType type = Ins.TestType.CHECK;
        if (ctx.testType() != null) {
            type = ctx.testType().FLAG() != null ? Ins.TestType.FLAG
                    : ctx.testType().ASSERT() != null ? Ins.TestType.ASSERT : Ins.TestType.UNDEFINED_UNLESS;
        }
        return new Ins.Test(positions.of(ctx), pieces.appTest(ctx.appTest()), type);
    }

    @Override
    public Ins visitShowAsIns(ShowAsInsContext ctx) {
        return new Ins.ShowAs(positions.of(ctx), exps.visit(ctx.base()), ctx.NAME().getText());
    }

    @Override
    public Ins visitShowIns(ShowInsContext ctx) {
        return new Ins.Show(positions.of(ctx), ctx.NAME().stream().map(n -> n.getText()).toList());
    }

    @Override
    public Ins visitUnshowIns(UnshowInsContext ctx) {
        return new Ins.Unshow(positions.of(ctx), ctx.NAME().stream().map(n -> n.getText()).toList());
    }

    @Override
    public Ins visitIncludeIns(IncludeInsContext ctx) {
        String s = ctx.STRING().getText();
        return new Ins.Include(positions.of(ctx), s.substring(1, s.length() - 1));
    }

    @Override
    public Ins visitProcedureIns(ProcedureInsContext ctx) {
        ProcParamsContext p = ctx.procParams();
        Pat params = p.formals() != null ? pieces.formals(p.formals()) : Pat.single(pieces.pat0(p.pat0()));
        return new Ins.Procedure(positions.of(ctx), ctx.NAME().getText(), params, all(ctx.ins()), ctx.REC() != null);
    }

    @Override
    public Ins visitCallIns(CallInsContext ctx) {
        Optional<String> as = ctx.NAME().size() > 1 ? Optional.of(ctx.NAME(1).getText()) : Optional.empty();
        return new Ins.Call(positions.of(ctx), ctx.NAME(0).getText(), exps.visit(ctx.simple()), as);
    }

    @Override
    public Ins visitDebugIns(DebugInsContext ctx) {
        return new Ins.Debug(positions.of(ctx), exps.visit(ctx.exp()));
    }

    @Override
    public Ins visitForallIns(ForallInsContext ctx) {
        return new Ins.Forall(positions.of(ctx), ctx.NAME().getText(), exps.visit(ctx.exp()), all(ctx.ins()));
    }

    @Override
    public Ins visitWithIns(WithInsContext ctx) {
        return new Ins.WithFrom(positions.of(ctx), ctx.NAME().getText(), exps.visit(ctx.exp()));
    }

    @Override
    public Ins visitIfVariantIns(IfVariantInsContext ctx) {
        List<Ins> otherwise = ctx.elsePart == null ? List.of() : all(ctx.elsePart.ins());
        return new Ins.IfVariant(positions.of(ctx), pieces.variant(ctx.variant()), all(ctx.thenPart.ins()), otherwise);
    }

    @Override
    public Ins visitInstructionsIns(InstructionsInsContext ctx) {
        return new Ins.Events(positions.of(ctx), ctx.NAME().getText(), exps.args(ctx.args()), false);
    }

    @Override
    public Ins visitDefaultIns(DefaultInsContext ctx) {
        return new Ins.Events(positions.of(ctx), ctx.NAME().getText(), exps.args(ctx.args()), true);
    }
}
