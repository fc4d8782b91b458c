package org.lkmm.cat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lkmm.ast.cat.Exp.OpKind;
import org.lkmm.ast.cat.Pat;

/**
 * What each definition depends on and how: for every node, the inputs of the execution its
 * value turns on (deps: rf, FW, a with-from choice ...), those it only grows with (pos) and
 * those it only shrinks with (neg); an input in both is used non-monotonically. Union,
 * intersection, sequence, closures, inverse, [S], domain and range keep the direction;
 * \ flips it on its right, ~ flips it; sets of values, matches and tests on a dynamic value
 * use it both ways. A function application is analysed through the function's body.
 * Nodes with no free local and no input are marked to be computed once per structure.
 */
final class Analysis {
    /** What an expression's value depends on; fun, when the value is a known function. */
    record Facts(int deps, int grows, int shrinks, FunRef fun, boolean unstable, boolean empty) {
        static final Facts NONE = new Facts(0, 0, 0, null, false, false);
        /** Known to be empty, whatever the execution: it takes away what it is composed with. */
        static final Facts EMPTY = new Facts(0, 0, 0, null, false, true);

        Facts(int deps, int grows, int shrinks, FunRef fun, boolean unstable) {
            this(deps, grows, shrinks, fun, unstable, false);
        }

        Facts mixed(int more) {
            return new Facts(deps | more, grows | more, shrinks | more, null, unstable);
        }
    }

    /** Whether a closed static node is empty on the structure at hand (null: not known). */
    interface Known {
        Boolean isEmpty(Node n);
    }

    /** A function and the locals it was made with. */
    record FunRef(Node.Fun fun, Map<String, Facts> env) {}

    private final List<Slot> slots;
    private final Set<Integer> iterating = new HashSet<>();
    /** On one structure: static values known, and the slots' facts as found there. */
    private final Known known;
    private final Facts[] refined;
    private final Set<Node.Fun> expanding = new HashSet<>();
    private final FreeLocals free = new FreeLocals();
    int cacheSize;
    int memoSize;
    int runSize;

    Analysis(List<Slot> slots) {
        this(slots, null);
    }

    /** The analysis on one structure, where known says which static parts are empty. */
    Analysis(List<Slot> slots, Known known) {
        this.slots = slots;
        this.known = known;
        this.refined = known == null ? null : new Facts[slots.size()];
    }

    void annotate(Node n) {
        visit(n, Map.of(), true);
    }

    void define(Slot s) {
        Facts f;
        if (s.kind == Slot.Kind.COMPONENT) {
            Slot whole = slots.get(s.whole);
            f = new Facts(whole.deps, whole.grows, whole.shrinks, null, false);
        } else {
            f = visit(s.node, Map.of(), true);
        }
        set(s, f);
    }

    private void set(Slot s, Facts f) {
        s.deps = f.deps();
        s.grows = f.grows();
        s.shrinks = f.shrinks();
        s.function = f.fun() != null && f.fun().env().isEmpty() ? f.fun().fun() : null;
    }

    /** A let rec group: iterate the facts of its slots to a fixed point, then mark the nodes. */
    void defineGroup(List<Slot> group) {
        for (Slot s : group) {
            iterating.add(s.index);
            s.function = s.node instanceof Node.Fun fun ? fun : null;
        }
        for (int round = 0; round < 64; round++) {
            boolean changed = false;
            for (Slot s : group) {
                Facts f = visit(s.node, Map.of(), false);
                int deps = s.deps | f.deps();
                int grows = s.grows | f.grows();
                int shrinks = s.shrinks | f.shrinks();
                changed |= deps != s.deps || grows != s.grows || shrinks != s.shrinks;
                s.deps = deps;
                s.grows = grows;
                s.shrinks = shrinks;
            }
            if (!changed) {
                break;
            }
        }
        int deps = 0;
        for (Slot s : group) {
            deps |= s.deps;
        }
        for (Slot s : group) {
            s.deps |= deps; // the group is computed in one go, per structure or per execution
            visit(s.node, Map.of(), true);
        }
        group.forEach(s -> iterating.remove(s.index));
    }

    /** On a structure (known given): the facts of every slot, in model order. */
    Facts[] refineSlots() {
        for (Slot s : slots) {
            if (refined[s.index] != null) {
                continue;
            }
            if (s.kind == Slot.Kind.LET) {
                refined[s.index] = visit(s.node, Map.of(), false);
            } else if (s.kind == Slot.Kind.COMPONENT) {
                Facts whole = refined[s.whole];
                refined[s.index] = new Facts(whole.deps(), whole.grows(), whole.shrinks(), null, false);
            } else if (s.kind == Slot.Kind.REC) {
                refineGroup(s.group);
            } else {
                refined[s.index] = new Facts(s.deps, s.grows, s.shrinks, null, false);
            }
        }
        return refined;
    }

    private void refineGroup(List<Slot> group) {
        for (Slot g : group) {
            iterating.add(g.index);
            refined[g.index] = Facts.EMPTY; // herd's fixed point starts from empty values
        }
        for (int round = 0; round < 64; round++) {
            boolean changed = false;
            for (Slot g : group) {
                Facts old = refined[g.index];
                Facts f = visit(g.node, Map.of(), false);
                Facts now = new Facts(old.deps() | f.deps(), old.grows() | f.grows(), old.shrinks() | f.shrinks(), null,
                        false, old.empty() && f.empty());
                changed |= !now.equals(old);
                refined[g.index] = now;
            }
            if (!changed) {
                break;
            }
        }
        group.forEach(g -> iterating.remove(g.index));
    }

    /** The facts of an expression on the structure at hand (after refineSlots). */
    Facts of(Node n) {
        return visit(n, Map.of(), false);
    }

    void annotateStep(Step s) {
        annotateSteps(List.of(s), new HashMap<>());
    }

    private void annotateSteps(List<Step> steps, Map<String, Facts> env) {
        Map<String, Facts> scope = new HashMap<>(env);
        for (Step s : steps) {
            if (s instanceof Step.Check c) {
                visit(c.exp(), scope, true);
            } else if (s instanceof Step.With w) {
                visit(w.set(), scope, true);
            } else if (s instanceof Step.LocalLet let) {
                scope = bindAll(let.bindings(), let.recursive(), scope, true);
            } else if (s instanceof Step.Call c) {
                visit(c.procedure(), scope, true);
                visit(c.argument(), scope, true);
            } else if (s instanceof Step.Forall f) {
                Facts set = visit(f.set(), scope, true);
                Map<String, Facts> inner = new HashMap<>(scope);
                inner.put(f.var(), set.mixed(set.deps()));
                annotateSteps(f.body(), inner);
            } else if (s instanceof Step.Match m) {
                visit(m.scrutinee(), scope, true);
                for (List<Step> body : m.clauses().values()) {
                    annotateSteps(body, scope);
                }
                if (m.otherwise() != null) {
                    annotateSteps(m.otherwise(), scope);
                }
            }
        }
    }

    static int stepsDeps(List<Step> steps) {
        int deps = 0;
        for (Step s : steps) {
            if (s instanceof Step.Check c) {
                deps |= c.exp().deps;
            } else if (s instanceof Step.LocalLet let) {
                for (Node.LocalBinding b : let.bindings()) {
                    deps |= b.value().deps;
                }
            } else if (s instanceof Step.Call c) {
                deps |= c.procedure().deps | c.argument().deps;
            } else if (s instanceof Step.Forall f) {
                deps |= f.set().deps | stepsDeps(f.body());
            } else if (s instanceof Step.Match m) {
                deps |= m.scrutinee().deps;
                for (List<Step> body : m.clauses().values()) {
                    deps |= stepsDeps(body);
                }
                if (m.otherwise() != null) {
                    deps |= stepsDeps(m.otherwise());
                }
            }
        }
        return deps;
    }

    // ---- the traversal ----

    private Facts visit(Node n, Map<String, Facts> env, boolean record) {
        Facts f = facts(n, env, record);
        if (record) {
            n.deps = f.deps();
            n.grows = f.grows();
            n.shrinks = f.shrinks();
            n.closed = free.of(n).isEmpty();
            n.unstable = f.unstable();
            if (n.cacheIndex < 0 && n.closed && f.deps() == 0 && !f.unstable() && worthCaching(n)) {
                n.cacheIndex = cacheSize++;
            }
            if (n.memoIndex < 0 && n.closed && f.deps() != 0 && !f.unstable() && worthRemembering(n)) {
                n.memoIndex = memoSize++;
            }
            if (n instanceof Node.Nary op && op.op == OpKind.SEQ && op.runBase < 0 && n.closed && f.unstable()) {
                op.runBase = runSize;
                runSize += op.operands.size();
            }
        }
        return f;
    }

    /** Closures and sequences: what costs most, and often turns on rf alone (cumul-fence*). */
    private static boolean worthRemembering(Node n) {
        return n instanceof Node.Unary u && (u.op == org.lkmm.ast.cat.Exp.Op1Kind.STAR || u.op == org.lkmm.ast.cat.Exp.Op1Kind.PLUS)
                || n instanceof Node.Nary op && op.op == OpKind.SEQ;
    }

    private static boolean worthCaching(Node n) {
        return !(n instanceof Node.Konst || n instanceof Node.TagLit || n instanceof Node.Global
                || n instanceof Node.Local || n instanceof Node.Fail || n instanceof Node.Fun);
    }

    private Facts facts(Node n, Map<String, Facts> env, boolean record) {
        if (known != null && n.deps == 0 && n.closed && !n.unstable && !(n instanceof Node.Fun)
                && Boolean.TRUE.equals(known.isEmpty(n))) {
            return Facts.EMPTY;
        }
        if (n instanceof Node.Global g) {
            Slot s = slots.get(g.slot);
            FunRef fun = s.function != null ? new FunRef(s.function, Map.of()) : null;
            Facts r = refined == null ? null : refined[g.slot];
            if (r != null) {
                return new Facts(r.deps(), r.grows(), r.shrinks(), fun, iterating.contains(g.slot), r.empty());
            }
            return new Facts(s.deps, s.grows, s.shrinks, fun, iterating.contains(g.slot));
        } else if (n instanceof Node.Local l) {
            return env.getOrDefault(l.name, Facts.NONE);
        } else if (n instanceof Node.Unary u) {
            Facts a = visit(u.operand, env, record);
            org.lkmm.ast.cat.Exp.Op1Kind op = u.op;
            if (a.empty() && (op == org.lkmm.ast.cat.Exp.Op1Kind.TO_ID || op == org.lkmm.ast.cat.Exp.Op1Kind.INV
                    || op == org.lkmm.ast.cat.Exp.Op1Kind.PLUS)) {
                return Facts.EMPTY;
            }
            return op == org.lkmm.ast.cat.Exp.Op1Kind.COMP
                    ? new Facts(a.deps(), a.shrinks(), a.grows(), null, a.unstable())
                    : new Facts(a.deps(), a.grows(), a.shrinks(), null, a.unstable());
        } else if (n instanceof Node.Nary op) {
            return nary(op, env, record);
        } else if (n instanceof Node.App app) {
            return app(app, env, record);
        } else if (n instanceof Node.LetIn let) {
            Map<String, Facts> inner = bindAll(let.bindings, let.recursive, env, record);
            return visit(let.body, inner, record); // lazy: an unused binding costs nothing
        } else if (n instanceof Node.Fun fun) {
            Map<String, Facts> inner = new HashMap<>(env);
            fun.params.names().forEach(p -> p.ifPresent(x -> inner.put(x, Facts.NONE)));
            Facts body = visit(fun.body, inner, record);
            return new Facts(body.deps(), body.deps(), body.deps(), new FunRef(fun, env), body.unstable());
        } else if (n instanceof Node.SetLit set) {
            if (set.elements.isEmpty()) {
                return Facts.EMPTY;
            }
            Facts all = Facts.NONE;
            for (Node e : set.elements) {
                all = join(all, visit(e, env, record));
            }
            return all.mixed(all.deps());
        } else if (n instanceof Node.MatchTag m) {
            Facts all = visit(m.scrutinee, env, record);
            all = all.mixed(all.deps());
            for (Node c : m.clauses.values()) {
                all = join(all, visit(c, env, record));
            }
            return m.otherwise == null ? all : join(all, visit(m.otherwise, env, record));
        } else if (n instanceof Node.MatchSet m) {
            Facts s = visit(m.scrutinee, env, record);
            Map<String, Facts> inner = new HashMap<>(env);
            Facts part = new Facts(s.deps(), s.deps(), s.deps(), null, s.unstable());
            for (String x : new String[] {m.before, m.element, m.after}) {
                if (x != null) {
                    inner.put(x, part);
                }
            }
            Facts all = join(s.mixed(s.deps()), visit(m.ifEmpty, env, record));
            return join(all, visit(m.body, inner, record));
        } else if (n instanceof Node.Try t) {
            return join(visit(t.body, env, record), visit(t.fallback, env, record));
        } else if (n instanceof Node.If i) {
            Facts c = join(visit(i.left, env, record), visit(i.right, env, record));
            return join(c.mixed(c.deps()), join(visit(i.then, env, record), visit(i.otherwise, env, record)));
        }
        if (n instanceof Node.Konst k && !k.universe) {
            return Facts.EMPTY; // 0
        }
        return Facts.NONE; // _, tags, failures
    }

    private Facts nary(Node.Nary op, Map<String, Facts> env, boolean record) {
        if (op.op == OpKind.DIFF) {
            Facts a = visit(op.operands.get(0), env, record);
            Facts b = visit(op.operands.get(1), env, record);
            if (a.empty() || b.empty()) {
                return a; // nothing to take from, or nothing taken
            }
            return new Facts(a.deps() | b.deps(), a.grows() | b.shrinks(), a.shrinks() | b.grows(), null,
                    a.unstable() || b.unstable());
        }
        boolean absorbing = op.op == OpKind.SEQ || op.op == OpKind.INTER || op.op == OpKind.CARTESIAN;
        Facts all = Facts.NONE;
        boolean anyEmpty = false;
        boolean allEmpty = true;
        for (Node x : op.operands) {
            Facts f = visit(x, env, record);
            anyEmpty |= f.empty();
            allEmpty &= f.empty();
            all = join(all, f);
        }
        if (absorbing && anyEmpty || op.op == OpKind.UNION && allEmpty) {
            return Facts.EMPTY; // a sequence through nothing is nothing, whatever else it uses
        }
        return all;
    }

    private Facts app(Node.App app, Map<String, Facts> env, boolean record) {
        Facts f = visit(app.function, env, record);
        Facts a = visit(app.argument, env, record);
        int deps = f.deps() | a.deps();
        boolean unstable = f.unstable() || a.unstable();
        if (app.function instanceof Node.Global g && slots.get(g.slot).constant instanceof Value.Primitive p) {
            if (Primitives.MONOTONE.contains(p.name())) {
                return new Facts(deps, a.grows() | f.grows(), a.shrinks() | f.shrinks(), null, unstable);
            }
            return new Facts(deps, deps, deps, null, unstable);
        }
        if (f.fun() == null || expanding.contains(f.fun().fun())) {
            return new Facts(deps, deps, deps, null, unstable);
        }
        Node.Fun fun = f.fun().fun();
        Map<String, Facts> inner = new HashMap<>(f.fun().env());
        List<java.util.Optional<String>> names = fun.params.names();
        boolean byComponent = fun.params.tuple() && app.argument instanceof Node.Nary t
                && t.op == OpKind.TUPLE && t.operands.size() == names.size();
        for (int k = 0; k < names.size(); k++) {
            Facts pk = byComponent ? visit(((Node.Nary) app.argument).operands.get(k), env, false) : a;
            names.get(k).ifPresent(x -> inner.put(x, pk));
        }
        expanding.add(fun);
        Facts body = visit(fun.body, inner, false);
        expanding.remove(fun);
        return new Facts(deps | body.deps(), body.grows(), body.shrinks(), body.fun(), unstable);
    }

    private Map<String, Facts> bindAll(List<Node.LocalBinding> bindings, boolean recursive,
                                       Map<String, Facts> env, boolean record) {
        Map<String, Facts> inner = new HashMap<>(env);
        if (recursive) {
            for (Node.LocalBinding b : bindings) {
                FunRef fun = b.value() instanceof Node.Fun fn ? new FunRef(fn, inner) : null;
                bindPat(b.pat(), new Facts(0, 0, 0, fun, false), inner);
            }
            for (int round = 0; round < 64; round++) {
                boolean changed = false;
                for (Node.LocalBinding b : bindings) {
                    Facts v = visit(b.value(), inner, false);
                    for (java.util.Optional<String> x : b.pat().names()) {
                        if (x.isPresent()) {
                            Facts old = inner.get(x.get());
                            Facts now = new Facts(old.deps() | v.deps(), old.grows() | v.grows(), old.shrinks() | v.shrinks(),
                                    old.fun(), old.unstable() || v.unstable());
                            changed |= !now.equals(old);
                            inner.put(x.get(), now);
                        }
                    }
                }
                if (!changed) {
                    break;
                }
            }
            if (record) {
                bindings.forEach(b -> visit(b.value(), inner, true));
            }
            return inner;
        }
        for (Node.LocalBinding b : bindings) {
            bindPat(b.pat(), visit(b.value(), env, record), inner);
        }
        return inner;
    }

    private static void bindPat(Pat pat, Facts f, Map<String, Facts> env) {
        for (java.util.Optional<String> x : pat.names()) {
            x.ifPresent(name -> env.put(name, pat.tuple() ? new Facts(f.deps(), f.grows(), f.shrinks(), null, f.unstable()) : f));
        }
    }

    private static Facts join(Facts a, Facts b) {
        return new Facts(a.deps() | b.deps(), a.grows() | b.grows(), a.shrinks() | b.shrinks(), null,
                a.unstable() || b.unstable());
    }
}
