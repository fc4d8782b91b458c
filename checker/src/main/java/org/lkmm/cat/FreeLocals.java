package org.lkmm.cat;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.lkmm.ast.cat.Pat;

/** The local names a node uses without binding them (memoised per node): none means closed. */
final class FreeLocals {
    private final Map<Node, Set<String>> memo = new IdentityHashMap<>();

    Set<String> of(Node n) {
        Set<String> s = memo.get(n);
        if (s == null) {
            s = compute(n);
            memo.put(n, s);
        }
        return s;
    }

    private Set<String> compute(Node n) {
        Set<String> out = new HashSet<>();
        if (n instanceof Node.Local l) {
            out.add(l.name);
        } else if (n instanceof Node.Unary u) {
            out.addAll(of(u.operand));
        } else if (n instanceof Node.Nary op) {
            op.operands.forEach(x -> out.addAll(of(x)));
        } else if (n instanceof Node.App a) {
            out.addAll(of(a.function));
            out.addAll(of(a.argument));
        } else if (n instanceof Node.LetIn let) {
            Set<String> bound = new HashSet<>();
            let.bindings.forEach(b -> bound.addAll(names(b.pat())));
            for (Node.LocalBinding b : let.bindings) {
                Set<String> f = new HashSet<>(of(b.value()));
                if (let.recursive) {
                    f.removeAll(bound);
                }
                out.addAll(f);
            }
            Set<String> body = new HashSet<>(of(let.body));
            body.removeAll(bound);
            out.addAll(body);
        } else if (n instanceof Node.Fun fun) {
            out.addAll(of(fun.body));
            out.removeAll(names(fun.params));
        } else if (n instanceof Node.SetLit set) {
            set.elements.forEach(x -> out.addAll(of(x)));
        } else if (n instanceof Node.MatchTag m) {
            out.addAll(of(m.scrutinee));
            m.clauses.values().forEach(x -> out.addAll(of(x)));
            if (m.otherwise != null) {
                out.addAll(of(m.otherwise));
            }
        } else if (n instanceof Node.MatchSet m) {
            Set<String> body = new HashSet<>(of(m.body));
            body.remove(m.before);
            body.remove(m.element);
            body.remove(m.after);
            out.addAll(body);
            out.addAll(of(m.scrutinee));
            out.addAll(of(m.ifEmpty));
        } else if (n instanceof Node.Try t) {
            out.addAll(of(t.body));
            out.addAll(of(t.fallback));
        } else if (n instanceof Node.If i) {
            out.addAll(of(i.left));
            out.addAll(of(i.right));
            out.addAll(of(i.then));
            out.addAll(of(i.otherwise));
        }
        return out;
    }

    private static Set<String> names(Pat p) {
        Set<String> out = new HashSet<>();
        p.names().forEach(x -> x.ifPresent(out::add));
        return out;
    }
}
