package org.lkmm.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkmm.ast.cat.AppTest;
import org.lkmm.ast.cat.Binding;
import org.lkmm.ast.cat.Condition;
import org.lkmm.ast.cat.Pat;
import org.lkmm.ast.cat.VariantCond;
import org.lkmm.parse.CatParser.*;

/** The small parts of cat syntax shared by expressions and instructions: patterns, bindings, tests, conditions. */
final class CatPieces {
    private final Positions positions;
    private final CatExpBuilder exps;

    CatPieces(Positions positions, CatExpBuilder exps) {
        this.positions = positions;
        this.exps = exps;
    }

    Optional<String> pat0(Pat0Context ctx) {
        return ctx.NAME() == null ? Optional.empty() : Optional.of(ctx.NAME().getText());
    }

    /** herd's tuple_pat: one formal is a plain name, none or several a tuple. */
    Pat formals(FormalsContext ctx) {
        List<Optional<String>> names = ctx.pat0().stream().map(this::pat0).toList();
        return names.size() == 1 ? Pat.single(names.get(0)) : new Pat(names, true);
    }

    List<Binding> bindings(List<PatBindContext> list) {
        List<Binding> out = new ArrayList<>();
        for (PatBindContext b : list) {
            out.add(binding(b));
        }
        return out;
    }

    private Binding binding(PatBindContext ctx) {
        if (ctx instanceof TupleBindContext t) {
            return new Binding(positions.of(ctx), formals(t.formals()), exps.visit(t.exp()));
        }
        if (ctx instanceof FunTupleBindContext f) {
            return exps.funBinding(ctx, f.NAME().getText(), formals(f.formals()), exps.visit(f.exp()));
        }
        if (ctx instanceof FunBindContext f) {
            return exps.funBinding(ctx, f.NAME().getText(), Pat.single(pat0(f.pat0())), exps.visit(f.exp()));
        }
        VarBindContext v = (VarBindContext) ctx;
        return new Binding(positions.of(ctx), Pat.of(v.pat0().stream().map(this::pat0).toList()), exps.visit(v.exp()));
    }

    AppTest appTest(AppTestContext ctx) {
        AppTest.Kind kind = ctx.testKind().ACYCLIC() != null ? AppTest.Kind.ACYCLIC
                : ctx.testKind().IRREFLEXIVE() != null ? AppTest.Kind.IRREFLEXIVE : AppTest.Kind.EMPTY;
        return new AppTest(positions.of(ctx), kind, ctx.COMP() != null, exps.visit(ctx.exp()),
                Optional.ofNullable(ctx.NAME()).map(n -> n.getText()));
    }

    Condition condition(CondContext ctx) {
        if (ctx instanceof EqCondContext c) {
            return new Condition.Eq(exps.visit(c.exp(0)), exps.visit(c.exp(1)));
        }
        if (ctx instanceof SubsetCondContext c) {
            return new Condition.Subset(exps.visit(c.exp(0)), exps.visit(c.exp(1)));
        }
        if (ctx instanceof InCondContext c) {
            return new Condition.In(exps.visit(c.exp(0)), exps.visit(c.exp(1)));
        }
        return new Condition.Variant(variant(((VariantCondContext) ctx).variant()));
    }

    VariantCond variant(VariantContext ctx) {
        if (ctx instanceof NamedVariantContext v) {
            String s = v.STRING().getText();
            return new VariantCond.Name(s.substring(1, s.length() - 1));
        }
        if (ctx instanceof NotVariantContext v) {
            return new VariantCond.Not(variant(v.variant()));
        }
        if (ctx instanceof AndVariantContext v) {
            return new VariantCond.And(variant(v.variant(0)), variant(v.variant(1)));
        }
        if (ctx instanceof OrVariantContext v) {
            return new VariantCond.Or(variant(v.variant(0)), variant(v.variant(1)));
        }
        return variant(((ParenVariantContext) ctx).variant());
    }
}
