package org.lkmm.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkmm.ast.Clause;
import org.lkmm.ast.Cond;
import org.lkmm.ast.InitEntry;
import org.lkmm.ast.Location;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Param;
import org.lkmm.ast.Process;
import org.lkmm.parse.LitmusCParser.ClauseContext;
import org.lkmm.parse.LitmusCParser.ExistsClauseContext;
import org.lkmm.parse.LitmusCParser.FilterTrailerContext;
import org.lkmm.parse.LitmusCParser.InitEntryContext;
import org.lkmm.parse.LitmusCParser.LocationsTrailerContext;
import org.lkmm.parse.LitmusCParser.ProcessContext;
import org.lkmm.parse.LitmusCParser.TestContext;
import org.lkmm.parse.LitmusCParser.TrailerContext;

/** Turns the parse tree of a whole test into a LitmusTest record. */
final class AstBuilder {
    private final Positions positions;
    private final ExprBuilder exprs;
    private final StmtBuilder stmts;
    private final CondBuilder conds;

    AstBuilder(String file) {
        this.positions = new Positions(file);
        this.exprs = new ExprBuilder(positions);
        this.stmts = new StmtBuilder(positions, exprs);
        this.conds = new CondBuilder(positions);
    }

    LitmusTest build(TestContext ctx, Optional<String> expectedResult) throws ParseException {
        String name = ctx.HEADER().getText().substring(1).strip().split("[ \t]", 2)[0];
        List<InitEntry> init = new ArrayList<>();
        if (ctx.init() != null) {
            for (InitEntryContext e : ctx.init().initEntry()) {
                init.add(initEntry(e));
            }
        }
        List<Process> processes = new ArrayList<>();
        for (ProcessContext p : ctx.process()) {
            processes.add(process(p));
        }
        List<Location> locations = new ArrayList<>();
        Optional<Cond> filter = Optional.empty();
        for (TrailerContext t : ctx.trailer()) {
            if (t instanceof LocationsTrailerContext l) {
                l.location().forEach(loc -> locations.add(conds.location(loc)));
            } else {
                filter = Optional.of(conds.visit(((FilterTrailerContext) t).cond()));
            }
        }
        return new LitmusTest(positions.of(ctx), name, init, processes, locations, filter,
                Optional.ofNullable(ctx.clause()).map(this::clause), Optional.empty(), expectedResult, Optional.empty());
    }

    private InitEntry initEntry(InitEntryContext e) {
        var target = e.initTarget();
        int proc = target.proc == null ? -1 : (int) Numbers.int32(target.proc, false);
        String name = target.name.getText();
        if (target.procName != null && CondBuilder.isProcess(target.procName)) {
            proc = CondBuilder.namedProcess(target.procName);
        } else if (target.procName != null) {
            name = target.procName.getText() + ":" + name; // herd's name of a location, as in a condition
        }
        return new InitEntry(positions.of(e),
                Optional.ofNullable(e.typeName()).map(Types::text),
                proc, name,
                Optional.ofNullable(e.expr()).map(exprs::visit));
    }

    private Process process(ProcessContext p) throws ParseException {
        String name = p.ID(p.ID().size() - 1).getText();
        if (!name.matches("P[0-9]+")) {
            throw new ParseException(positions.of(p), "process name '" + name + "' must be P followed by a number");
        }
        List<Param> params = p.param().stream()
                .map(a -> new Param(positions.of(a), Types.text(a.typeName()), a.ID().getText()))
                .toList();
        int id = (int) Numbers.int32(p.ID(p.ID().size() - 1).getSymbol(), name.substring(1), false);
        return new Process(positions.of(p), id, params, stmts.body(p.block()));
    }

    private Clause clause(ClauseContext ctx) {
        if (ctx instanceof ExistsClauseContext e) {
            Clause.Kind kind = e.TILDE() == null ? Clause.Kind.EXISTS : Clause.Kind.NOT_EXISTS;
            return new Clause(positions.of(ctx), kind, conds.visit(e.cond()));
        }
        var f = (LitmusCParser.ForallClauseContext) ctx;
        return new Clause(positions.of(ctx), Clause.Kind.FORALL, conds.visit(f.cond()));
    }
}
