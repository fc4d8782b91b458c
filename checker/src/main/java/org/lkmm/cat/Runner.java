package org.lkmm.cat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lkmm.ast.cat.AppTest;
import org.lkmm.ast.cat.Ins.TestType;
import org.lkmm.relation.Relation;

/**
 * Runs a model's steps on one execution, in file order, as herd's exec: the first check that
 * fails ends it (its name is the verdict); a with-from takes the member of its set that the
 * execution's rf and co contain, and fails when there is none; flags count only when every
 * check passes, so top-level flags are looked at last. Stateless: one Runner serves all threads.
 */
final class Runner {
    private final Eval eval;
    private final Program program;

    Runner(Eval eval) {
        this.eval = eval;
        this.program = eval.program;
    }

    CatVerdict run(Ctx c, boolean wantFlags) {
        return run(c, wantFlags, null);
    }

    /** As run, leaving out the top-level checks skip marks (null: none). */
    CatVerdict run(Ctx c, boolean wantFlags, boolean[] skip) {
        List<Step.Check> flagSteps = new ArrayList<>();
        Set<String> flags = new TreeSet<>();
        List<Step> steps = program.steps;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String failed = null;
            if (s instanceof Step.Check check && check.type() == TestType.FLAG) {
                if (wantFlags) {
                    flagSteps.add(check);
                }
            } else if (s instanceof Step.Check check) {
                if ((skip == null || !skip[i]) && !topLevelHolds(check, i, c)) {
                    failed = failure(check, flags);
                }
            } else if (s instanceof Step.With w) {
                failed = choose(w, c) ? null : "with " + w.var();
            } else {
                failed = new Bodies(this).run(List.of(s), Locals.NONE, c, flags, wantFlags);
            }
            if (failed != null) {
                return new CatVerdict(Optional.of(failed), Set.of());
            }
        }
        for (Step.Check f : flagSteps) {
            if (f.name() != null && holds(f, Locals.NONE, c)) {
                flags.add(f.name());
            }
        }
        return new CatVerdict(Optional.empty(), flags);
    }

    /**
     * Which of the candidate top-level checks hold on an over-approximation (its rf and co
     * hold those of many executions): every step is run, failures included, and each with-from
     * variable is the whole of rf | co, which holds the member any of those executions takes.
     * A check that cannot be evaluated there counts as failed.
     */
    boolean[] runOver(Ctx c, boolean[] candidates) {
        List<Step> steps = program.steps;
        boolean[] passed = new boolean[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s instanceof Step.With w) {
                c.dyn[w.slot()] = new Value.Rel(c.choices());
                c.dynReads[w.slot()] = program.slots.get(w.slot()).deps;
            } else if (s instanceof Step.Check check && candidates[i]) {
                try {
                    passed[i] = topLevelHolds(check, i, c);
                } catch (CatError e) {
                    passed[i] = false;
                }
            }
        }
        return passed;
    }

    /**
     * What the steps say of co in an execution whose co is not chosen (Ctx.withoutCo): the
     * orders each location may take, as the with-from that takes generate_orders' value asks;
     * NONE when a step before it fails (then every co fails the model there too: nothing it
     * read was co); UNKNOWN when the model needs co before that, or chooses co otherwise.
     */
    CoRun runWithoutCo(Ctx c) {
        List<Step> steps = program.steps;
        try {
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                if (s instanceof Step.Check check && check.type() == TestType.FLAG) {
                    continue;
                } else if (s instanceof Step.Check check) {
                    if (!topLevelHolds(check, i, c)) {
                        if (check.type() == TestType.ASSERT) {
                            return CoRun.UNKNOWN; // the run with co stops with the assertion's error
                        } else if (check.type() == TestType.CHECK) {
                            return CoRun.NONE;
                        }
                    }
                } else if (s instanceof Step.With w) {
                    CoRun chosen = chooseWithoutCo(w, c);
                    if (chosen != null) {
                        return chosen;
                    }
                } else if (new Bodies(this).run(List.of(s), Locals.NONE, c, new TreeSet<>(), false) != null) {
                    return CoRun.NONE;
                }
                if (c.wanted != null) {
                    return CoRun.UNKNOWN; // orders generated for something else than a with-from
                }
            }
            return CoRun.UNKNOWN; // no with-from chooses co
        } catch (Ctx.CoUnknown | CatError e) {
            return CoRun.UNKNOWN;
        }
    }

    /**
     * A with-from without co: the orders, when its set is generate_orders' marker; else the
     * member of its set within rf (null: chosen, go on), as choose would take it with any co.
     * A member that some co could make fit leaves it UNKNOWN.
     */
    private CoRun chooseWithoutCo(Step.With w, Ctx c) {
        Value set = eval.eval(w.set(), Locals.NONE, c);
        if (c.wanted != null) {
            return set == c.wanted.marker() ? CoRun.orders(c.wanted.orders()) : CoRun.UNKNOWN;
        }
        if (set instanceof Value.Empty) {
            return CoRun.NONE;
        }
        if (!(set instanceof Value.ValSet vs)) {
            return CoRun.UNKNOWN;
        }
        Value best = null;
        Relation bestRel = null;
        for (Value member : vs.elements()) {
            Relation r = member instanceof Value.Empty ? c.st.emptyRel() : c.st.ops.asRel(member, w.pos());
            Relation beyondRf = r.minus(c.rf);
            if (!beyondRf.isEmpty()) {
                if (beyondRf.minus(c.coSpace).isEmpty()) {
                    return CoRun.UNKNOWN; // some co may hold the rest
                }
                continue; // no co holds it
            }
            if (bestRel == null || bestRel.minus(r).isEmpty()) {
                best = member;
                bestRel = r;
            } else if (!r.minus(bestRel).isEmpty()) {
                return CoRun.UNKNOWN;
            }
        }
        if (best == null) {
            return CoRun.NONE;
        }
        c.dyn[w.slot()] = best;
        c.dynReads[w.slot()] = program.slots.get(w.slot()).deps;
        return null;
    }

    /** What running a model without co found: the orders of each location co may take, none, or unknown. */
    record CoRun(Kind kind, java.util.Map<Integer, List<int[]>> orders) {
        enum Kind { ORDERS, NONE, UNKNOWN }

        static final CoRun NONE = new CoRun(Kind.NONE, java.util.Map.of());
        static final CoRun UNKNOWN = new CoRun(Kind.UNKNOWN, java.util.Map.of());

        static CoRun orders(java.util.Map<Integer, List<int[]>> orders) {
            return new CoRun(Kind.ORDERS, orders);
        }
    }

    /** A check at top level; one that needs nothing of the execution is decided once per structure. */
    private boolean topLevelHolds(Step.Check check, int step, Ctx c) {
        if (!(check.exp().isStatic() && check.exp().closed)) {
            return holds(check, Locals.NONE, c);
        }
        Boolean known = c.st.staticCheck(step);
        if (known == null) {
            known = holds(check, Locals.NONE, c.st.ctx);
            c.st.staticCheck(step, known);
        }
        return known;
    }

    /**
     * What a failed test does: a check ends the execution (returns its name), undefined_unless
     * raises herd's Undef flag, assert stops everything.
     */
    String failure(Step.Check check, Set<String> flags) {
        if (check.type() == TestType.UNDEFINED_UNLESS) {
            flags.add("Undef");
            return null;
        } else if (check.type() == TestType.ASSERT) {
            throw new CatError(check.pos(), (check.name() == null ? "(unknown)" : check.name())
                    + " assertion failed, check input test.");
        }
        return check.name() != null ? check.name()
                : check.kind().name().toLowerCase(Locale.ROOT) + " check at " + check.pos();
    }

    boolean holds(Step.Check check, Locals l, Ctx c) {
        Value v = eval.eval(check.exp(), l, c);
        boolean result;
        if (check.kind() == AppTest.Kind.EMPTY) {
            result = v instanceof Value.Events e ? e.set().isEmpty()
                    : !(v instanceof Value.Event) && c.st.ops.asRel(v, check.exp().pos).isEmpty();
        } else {
            if (v instanceof Value.Events || v instanceof Value.Event) {
                throw new CatError(check.exp().pos, "relation expected");
            }
            Relation r = c.st.ops.asRel(v, check.exp().pos);
            result = check.kind() == AppTest.Kind.ACYCLIC ? r.isAcyclic() : r.isIrreflexive();
        }
        return check.negated() != result;
    }

    /** with x from S: the member of S within rf | co; the largest when several are. */
    private boolean choose(Step.With w, Ctx c) {
        Value set = eval.eval(w.set(), Locals.NONE, c);
        if (set instanceof Value.Empty) {
            return false;
        }
        if (!(set instanceof Value.ValSet vs)) {
            throw new CatError(w.set().pos, "set expected");
        }
        Relation choices = c.choices();
        Value best = null;
        Relation bestRel = null;
        for (Value member : vs.elements()) {
            Relation r = member instanceof Value.Empty ? c.st.emptyRel() : c.st.ops.asRel(member, w.pos());
            if (!r.minus(choices).isEmpty()) {
                continue;
            }
            if (bestRel == null || bestRel.minus(r).isEmpty()) {
                best = member;
                bestRel = r;
            } else if (!r.minus(bestRel).isEmpty()) {
                throw new CatError(w.pos(), "the execution does not tell which member of the set " + w.var() + " is");
            }
        }
        if (best == null) {
            return false;
        }
        c.dyn[w.slot()] = best;
        c.dynReads[w.slot()] = program.slots.get(w.slot()).deps;
        return true;
    }

    Eval eval() {
        return eval;
    }

    /** The steps of a procedure call, forall or instruction-level match, with their locals. */
    static final class Bodies {
        private final Runner runner;

        Bodies(Runner runner) {
            this.runner = runner;
        }

        String run(List<Step> steps, Locals l, Ctx c, Set<String> flags, boolean wantFlags) {
            Locals locals = l;
            Eval eval = runner.eval();
            for (Step s : steps) {
                String failed = null;
                if (s instanceof Step.Check check) {
                    boolean flag = check.type() == TestType.FLAG;
                    if (flag && wantFlags && check.name() != null && runner.holds(check, locals, c)) {
                        flags.add(check.name());
                    } else if (!flag && !runner.holds(check, locals, c)) {
                        failed = runner.failure(check, flags);
                    }
                } else if (s instanceof Step.LocalLet let) {
                    locals = new Fixpoint(eval).bind(let.bindings(), let.recursive(), locals, c);
                } else if (s instanceof Step.Call call) {
                    Value p = eval.eval(call.procedure(), locals, c);
                    if (!(p instanceof Value.Procedure proc)) {
                        throw new CatError(call.pos(), "procedure expected");
                    }
                    Locals frame = Eval.bindParams(proc.params(), eval.eval(call.argument(), locals, c), Locals.NONE, call.pos());
                    failed = run(proc.body(), frame, c, flags, wantFlags);
                } else if (s instanceof Step.Forall f) {
                    failed = forall(f, locals, c, flags, wantFlags);
                } else if (s instanceof Step.Match m) {
                    failed = match(m, locals, c, flags, wantFlags);
                }
                if (failed != null) {
                    return failed;
                }
            }
            return null;
        }

        private String forall(Step.Forall f, Locals l, Ctx c, Set<String> flags, boolean wantFlags) {
            Value set = Ops.tagToSet(runner.eval().eval(f.set(), l, c));
            if (set instanceof Value.Empty) {
                return null;
            }
            if (!(set instanceof Value.ValSet vs)) {
                throw new CatError(f.pos(), "forall instruction applied to non-set value");
            }
            for (Value v : vs.elements()) {
                String failed = run(f.body(), l.bind(f.var(), v), c, flags, wantFlags);
                if (failed != null) {
                    return failed;
                }
            }
            return null;
        }

        private String match(Step.Match m, Locals l, Ctx c, Set<String> flags, boolean wantFlags) {
            Value v = runner.eval().eval(m.scrutinee(), l, c);
            if (!(v instanceof Value.Tag t)) {
                throw new CatError(m.pos(), "matching on non-tag value of type '" + Value.typeName(v) + "'");
            }
            List<Step> body = m.clauses().getOrDefault(t.name(), m.otherwise());
            if (body == null) {
                throw new CatError(m.pos(), "pattern matching failed on value '" + t.name() + "'");
            }
            return run(body, l, c, flags, wantFlags);
        }
    }
}
