package org.lkmm.cat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.lkmm.ast.cat.Binding;
import org.lkmm.ast.cat.Condition;
import org.lkmm.ast.cat.Exp;

/**
 * A digest of an expression's syntax tree, positions left out: two definitions with the same
 * fingerprint mean the same (given the same names around them). Intrinsics uses it to know a
 * definition of herd's library when it sees one.
 */
final class Fingerprint {
    private Fingerprint() {}

    /** The digest, then the names e uses that are herd primitives where it is defined (isPrimitive). */
    static String of(Exp e, java.util.function.Predicate<String> isPrimitive) {
        StringBuilder b = new StringBuilder();
        print(e, b);
        java.util.TreeSet<String> primitives = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(Var ([^ ()]+)\\)").matcher(b);
        while (m.find()) {
            if (isPrimitive.test(m.group(1))) {
                primitives.add(m.group(1));
            }
        }
        return digest(b) + ":" + String.join(",", primitives);
    }

    private static String digest(CharSequence b) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }

    private static void print(Exp e, StringBuilder b) {
        b.append('(').append(e.getClass().getSimpleName());
        if (e instanceof Exp.Konst k) {
            b.append(' ').append(k.kind());
        } else if (e instanceof Exp.Tag t) {
            b.append(' ').append(t.name());
        } else if (e instanceof Exp.Var v) {
            b.append(' ').append(v.name());
        } else if (e instanceof Exp.Op1 op) {
            b.append(' ').append(op.op());
            print(op.operand(), b);
        } else if (e instanceof Exp.Op op) {
            b.append(' ').append(op.op());
            all(op.operands(), b);
        } else if (e instanceof Exp.App a) {
            print(a.function(), b);
            print(a.argument(), b);
        } else if (e instanceof Exp.Bind x) {
            bindings(x.bindings(), b);
            print(x.body(), b);
        } else if (e instanceof Exp.BindRec x) {
            bindings(x.bindings(), b);
            print(x.body(), b);
        } else if (e instanceof Exp.Fun f) {
            b.append(' ').append(f.params());
            print(f.body(), b);
        } else if (e instanceof Exp.ExplicitSet s) {
            all(s.elements(), b);
        } else if (e instanceof Exp.Match m) {
            print(m.scrutinee(), b);
            for (Exp.TagClause c : m.clauses()) {
                b.append(' ').append(c.tag());
                print(c.body(), b);
            }
            m.otherwise().ifPresent(o -> print(o, b));
        } else if (e instanceof Exp.MatchSet m) {
            print(m.scrutinee(), b);
            print(m.ifEmpty(), b);
            b.append(' ').append(m.clause().getClass().getSimpleName()).append(' ').append(clauseNames(m.clause()));
            print(m.clause().body(), b);
        } else if (e instanceof Exp.Try t) {
            print(t.body(), b);
            print(t.fallback(), b);
        } else if (e instanceof Exp.If i) {
            condition(i.condition(), b);
            print(i.then(), b);
            print(i.otherwise(), b);
        }
        b.append(')');
    }

    private static String clauseNames(Exp.SetClause c) {
        if (c instanceof Exp.EltRem r) {
            return r.element() + " " + r.rest();
        }
        Exp.PreEltPost p = (Exp.PreEltPost) c;
        return p.before() + " " + p.element() + " " + p.after();
    }

    private static void condition(Condition c, StringBuilder b) {
        b.append(c.getClass().getSimpleName());
        if (c instanceof Condition.Eq x) {
            print(x.left(), b);
            print(x.right(), b);
        } else if (c instanceof Condition.Subset x) {
            print(x.left(), b);
            print(x.right(), b);
        } else if (c instanceof Condition.In x) {
            print(x.element(), b);
            print(x.set(), b);
        } else {
            b.append(((Condition.Variant) c).test());
        }
    }

    private static void bindings(List<Binding> list, StringBuilder b) {
        for (Binding x : list) {
            b.append(' ').append(x.pat());
            print(x.exp(), b);
        }
    }

    private static void all(List<Exp> list, StringBuilder b) {
        for (Exp e : list) {
            print(e, b);
        }
    }
}
