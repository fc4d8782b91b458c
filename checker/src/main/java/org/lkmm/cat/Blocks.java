package org.lkmm.cat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkmm.ast.cat.Ins;
import org.lkmm.diag.InputError;

/**
 * Instructions that do something per execution, as steps: checks and flags, procedure calls,
 * forall and instruction-level match, and inside their bodies local lets. Show, unshow and
 * debug change what herd draws, not what it decides, and are dropped. Unlike herd, lets inside
 * an instruction-level match do not outlive it.
 */
final class Blocks {
    private final Compiler compiler;
    private final Expressions expressions;

    Blocks(Compiler compiler, Expressions expressions) {
        this.compiler = compiler;
        this.expressions = expressions;
    }

    /** The body of a procedure, forall or match; scope holds the locals bound so far. */
    List<Step> steps(List<Ins> body, Set<String> scope) throws InputError {
        Set<String> inner = new HashSet<>(scope);
        List<Step> out = new ArrayList<>();
        for (Ins i : body) {
            if (i instanceof Ins.Let let) {
                out.add(new Step.LocalLet(let.pos(), expressions.bindings(let.bindings(), inner), false));
                inner = Expressions.with(inner, let.bindings());
            } else if (i instanceof Ins.LetRec rec) {
                inner = Expressions.with(inner, rec.bindings());
                out.add(new Step.LocalLet(rec.pos(), expressions.bindings(rec.bindings(), inner), true));
            } else if (i instanceof Ins.IfVariant v) {
                out.addAll(steps(Variants.holds(v.test(), compiler.variants) ? v.then() : v.otherwise(), inner));
            } else {
                Optional<Step> s = step(i, inner);
                if (s.isPresent()) {
                    out.add(s.get());
                } else if (!(i instanceof Ins.Show || i instanceof Ins.Unshow || i instanceof Ins.ShowAs
                        || i instanceof Ins.Debug || i instanceof Ins.Events)) {
                    throw new InputError(i.pos(), "this instruction is not supported inside a procedure, forall or match yet");
                }
            }
        }
        return out;
    }

    Optional<Step> step(Ins i, Set<String> scope) throws InputError {
        if (i instanceof Ins.Test t) {
            var test = t.test();
            return Optional.of(new Step.Check(t.pos(), test.kind(), test.negated(),
                    expressions.compile(test.exp(), scope), t.type(), test.name().orElse(null)));
        } else if (i instanceof Ins.Call c) {
            Node proc = expressions.compile(new org.lkmm.ast.cat.Exp.Var(c.pos(), c.name()), scope);
            return Optional.of(new Step.Call(c.pos(), proc, expressions.compile(c.argument(), scope)));
        } else if (i instanceof Ins.Forall f) {
            Set<String> inner = new HashSet<>(scope);
            inner.add(f.var());
            return Optional.of(new Step.Forall(f.pos(), f.var(), expressions.compile(f.set(), scope),
                    steps(f.body(), inner)));
        } else if (i instanceof Ins.InsMatch m) {
            Map<String, List<Step>> clauses = new LinkedHashMap<>();
            for (Ins.InsClause c : m.clauses()) {
                clauses.putIfAbsent(c.tag(), steps(c.body(), scope));
            }
            List<Step> otherwise = m.otherwise().isPresent() ? steps(m.otherwise().get(), scope) : null;
            return Optional.of(new Step.Match(m.pos(), expressions.compile(m.scrutinee(), scope), clauses, otherwise));
        }
        return Optional.empty(); // show, unshow, debug; bell declarations are read by BellTags
    }
}
