package org.lkmm.cat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lkmm.ast.cat.Binding;
import org.lkmm.ast.cat.Condition;
import org.lkmm.ast.cat.Exp;
import org.lkmm.ast.cat.Pat;

/**
 * Cat expressions to nodes: a name is a local when a parameter or local let in scope binds it,
 * else the global slot it names at this point of the model, else a node that fails when
 * evaluated ("unbound var", as herd reports it lazily, so that try ... with can catch it).
 */
final class Expressions {
    private final Compiler compiler;

    Expressions(Compiler compiler) {
        this.compiler = compiler;
    }

    Node compile(Exp e, Set<String> scope) {
        if (e instanceof Exp.Konst k) {
            return new Node.Konst(k.pos(), k.kind() == Exp.Konst.Kind.UNIVERSE);
        } else if (e instanceof Exp.Tag t) {
            String type = compiler.tags.get(t.name());
            return type == null ? new Node.Fail(t.pos(), "tag '" + t.name() + " is undefined")
                    : new Node.TagLit(t.pos(), type, t.name());
        } else if (e instanceof Exp.Var v) {
            if (scope.contains(v.name())) {
                return new Node.Local(v.pos(), v.name());
            }
            Integer slot = compiler.globals.get(v.name());
            return slot == null ? new Node.Fail(v.pos(), "unbound var: " + v.name())
                    : new Node.Global(v.pos(), slot, v.name());
        } else if (e instanceof Exp.Op1 op) {
            return new Node.Unary(op.pos(), op.op(), compile(op.operand(), scope));
        } else if (e instanceof Exp.Op op) {
            return new Node.Nary(op.pos(), op.op(), all(op.operands(), scope));
        } else if (e instanceof Exp.App app) {
            return new Node.App(app.pos(), compile(app.function(), scope), compile(app.argument(), scope));
        } else if (e instanceof Exp.Bind b) {
            Set<String> inner = with(scope, b.bindings());
            return new Node.LetIn(b.pos(), bindings(b.bindings(), scope), false, compile(b.body(), inner));
        } else if (e instanceof Exp.BindRec b) {
            Set<String> inner = with(scope, b.bindings());
            return new Node.LetIn(b.pos(), bindings(b.bindings(), inner), true, compile(b.body(), inner));
        } else if (e instanceof Exp.Fun f) {
            return new Node.Fun(f.pos(), f.params(), compile(f.body(), with(scope, f.params())), f.name());
        } else if (e instanceof Exp.ExplicitSet s) {
            return new Node.SetLit(s.pos(), all(s.elements(), scope));
        } else if (e instanceof Exp.Match m) {
            Map<String, Node> clauses = new LinkedHashMap<>();
            for (Exp.TagClause c : m.clauses()) {
                clauses.putIfAbsent(c.tag(), compile(c.body(), scope));
            }
            return new Node.MatchTag(m.pos(), compile(m.scrutinee(), scope), clauses,
                    m.otherwise().map(o -> compile(o, scope)).orElse(null));
        } else if (e instanceof Exp.MatchSet m) {
            return matchSet(m, scope);
        } else if (e instanceof Exp.Try t) {
            return new Node.Try(t.pos(), compile(t.body(), scope), compile(t.fallback(), scope));
        }
        return ifNode((Exp.If) e, scope);
    }

    private Node matchSet(Exp.MatchSet m, Set<String> scope) {
        Node scrutinee = compile(m.scrutinee(), scope);
        Node ifEmpty = compile(m.ifEmpty(), scope);
        Set<String> inner = new HashSet<>(scope);
        if (m.clause() instanceof Exp.EltRem c) {
            c.element().ifPresent(inner::add);
            c.rest().ifPresent(inner::add);
            return new Node.MatchSet(m.pos(), scrutinee, ifEmpty, false, null, c.element().orElse(null),
                    c.rest().orElse(null), compile(c.body(), inner));
        }
        Exp.PreEltPost c = (Exp.PreEltPost) m.clause();
        c.before().ifPresent(inner::add);
        c.element().ifPresent(inner::add);
        c.after().ifPresent(inner::add);
        return new Node.MatchSet(m.pos(), scrutinee, ifEmpty, true, c.before().orElse(null),
                c.element().orElse(null), c.after().orElse(null), compile(c.body(), inner));
    }

    private Node ifNode(Exp.If i, Set<String> scope) {
        Condition c = i.condition();
        if (c instanceof Condition.Variant v) { // the variants are known: keep the branch taken
            return compile(Variants.holds(v.test(), compiler.variants) ? i.then() : i.otherwise(), scope);
        }
        Node.If.Kind kind;
        Exp left;
        Exp right;
        if (c instanceof Condition.Eq eq) {
            kind = Node.If.Kind.EQ;
            left = eq.left();
            right = eq.right();
        } else if (c instanceof Condition.Subset s) {
            kind = Node.If.Kind.SUBSET;
            left = s.left();
            right = s.right();
        } else {
            Condition.In in = (Condition.In) c;
            kind = Node.If.Kind.IN;
            left = in.element();
            right = in.set();
        }
        return new Node.If(i.pos(), kind, compile(left, scope), compile(right, scope),
                compile(i.then(), scope), compile(i.otherwise(), scope));
    }

    List<Node.LocalBinding> bindings(List<Binding> list, Set<String> scope) {
        List<Node.LocalBinding> out = new ArrayList<>();
        for (Binding b : list) {
            out.add(new Node.LocalBinding(b.pat(), compile(b.exp(), scope)));
        }
        return out;
    }

    private List<Node> all(List<Exp> list, Set<String> scope) {
        List<Node> out = new ArrayList<>(list.size());
        for (Exp e : list) {
            out.add(compile(e, scope));
        }
        return out;
    }

    static Set<String> with(Set<String> scope, List<Binding> bindings) {
        Set<String> out = new HashSet<>(scope);
        for (Binding b : bindings) {
            b.pat().names().forEach(n -> n.ifPresent(out::add));
        }
        return out;
    }

    static Set<String> with(Set<String> scope, Pat pat) {
        Set<String> out = new HashSet<>(scope);
        pat.names().forEach(n -> n.ifPresent(out::add));
        return out;
    }
}
