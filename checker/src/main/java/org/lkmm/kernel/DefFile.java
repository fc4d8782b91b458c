package org.lkmm.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkmm.ast.SourcePos;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.DefLexer.Kind;
import org.lkmm.kernel.DefLexer.Token;

/**
 * A model's .def macro file (linux-kernel.def) read as herd7 reads it: each line a macro
 * {@code NAME(formals) expression} or {@code NAME(formals) { statements }} whose body uses
 * herd's built-ins (__load{a}, __store{a}, __fence{a}, __xchg{a}, __cmpxchg{a}, __atomic_op{a},
 * __atomic_op_return{a}, __atomic_fetch_op{a}, __atomic_add_unless{a}, __lock, __unlock,
 * __trylock, __islocked, __srcu{a}) or other macros of the file. Each macro becomes the
 * primitive it expands to; a name the file does not define is unknown, as in herd7, but for
 * herd's one legacy built-in, atomic_add_unless. A body of another shape is refused by position.
 */
public final class DefFile {
    /** One macro as written: formals and body, the body's calls in order. */
    private record Macro(String name, List<String> formals, boolean statement, List<Call> body,
                         Optional<String> resultTest, SourcePos pos) {}

    /** A call in a body: herd built-in or macro, its {annotation}, its arguments. */
    private record Call(String name, String annotation, List<Arg> args, SourcePos pos) {}

    /** An argument: a formal, a dereferenced formal, an operator (atomics) or a constant. */
    private record Arg(String text, boolean deref, boolean formal) {}

    /** herd7's CBase.subst_expr knows atomic_add_unless(X,V,W) with an empty annotation when no macro defines it. */
    private static final Primitive LEGACY_ADD_UNLESS = new Primitive("atomic_add_unless", Form.ADD_UNLESS, "-",
            List.of(Role.PTR, Role.VAL, Role.UNLESS), "+", Optional.empty(), 1, "");

    private final List<Token> tokens;
    private int at;

    private DefFile(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static KernelTable read(Path file) throws InputError {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new InputError(new SourcePos(file.toString(), 0, 0), "cannot read macro file: " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    /** The macros of a file's text; "" gives herd's C without macros (its legacy atomic_add_unless only). */
    public static KernelTable parse(String file, String text) throws InputError {
        DefFile reader = new DefFile(DefLexer.tokens(file, text));
        Map<String, Macro> macros = new LinkedHashMap<>();
        while (reader.peek().kind() != Kind.END) {
            Macro m = reader.macro();
            macros.put(m.name(), m);
        }
        Map<String, Primitive> table = new LinkedHashMap<>();
        for (Macro m : macros.values()) {
            table.put(m.name(), resolve(m, macros, new HashSet<>()));
        }
        table.putIfAbsent(LEGACY_ADD_UNLESS.name(), LEGACY_ADD_UNLESS);
        return new KernelTable(table);
    }

    // ---- syntax

    private Macro macro() throws InputError {
        Token name = expect(Kind.NAME, "a macro name");
        expectPunct("(");
        List<String> formals = new ArrayList<>();
        if (!peek().is(")")) {
            do {
                formals.add(expect(Kind.NAME, "a parameter name").text());
            } while (accept(","));
        }
        expectPunct(")");
        if (accept("{")) {
            List<Call> body = new ArrayList<>();
            while (!accept("}")) {
                body.add(call());
                expectPunct(";");
            }
            return new Macro(name.text(), formals, true, body, Optional.empty(), name.pos());
        }
        Call c = call();
        Optional<String> test = Optional.empty();
        if (peek().is("==") || peek().is("<")) {
            String op = next().text();
            Token k = expect(Kind.NUMBER, "a number");
            test = Optional.of(op + k.text());
        }
        return new Macro(name.text(), formals, false, List.of(c), test, name.pos());
    }

    private Call call() throws InputError {
        Token name = expect(Kind.NAME, "a built-in or macro call");
        String annotation = "";
        if (accept("{")) {
            StringBuilder a = new StringBuilder();
            while (!accept("}")) {
                Token t = next();
                if (t.kind() == Kind.END) {
                    throw new InputError(t.pos(), "unterminated annotation");
                }
                a.append(t.text());
            }
            annotation = a.toString();
        }
        List<Arg> args = new ArrayList<>();
        if (accept("(")) {
            if (!peek().is(")")) {
                do {
                    args.add(arg());
                } while (accept(","));
            }
            expectPunct(")");
        }
        return new Call(name.text(), annotation, args, name.pos());
    }

    private Arg arg() throws InputError {
        Token t = next();
        if (t.is("*")) {
            return new Arg(expect(Kind.NAME, "a parameter").text(), true, true);
        } else if (t.kind() == Kind.NAME) {
            return new Arg(t.text(), false, true);
        } else if (t.kind() == Kind.NUMBER) {
            return new Arg(t.text(), false, false);
        } else if (List.of("+", "-", "&", "|", "^", "&~").contains(t.text())) {
            return new Arg(t.text(), false, false);
        }
        throw new InputError(t.pos(), "unexpected '" + t.text() + "' in a macro's arguments");
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        Token t = tokens.get(at);
        if (t.kind() != Kind.END) {
            at++;
        }
        return t;
    }

    private boolean accept(String punct) {
        if (peek().is(punct)) {
            at++;
            return true;
        }
        return false;
    }

    private void expectPunct(String punct) throws InputError {
        if (!accept(punct)) {
            throw new InputError(peek().pos(), "expected '" + punct + "' but found '" + peek().text() + "'");
        }
    }

    private Token expect(Kind kind, String what) throws InputError {
        Token t = next();
        if (t.kind() != kind) {
            throw new InputError(t.pos(), "expected " + what + " but found '" + t.text() + "'");
        }
        return t;
    }

    // ---- meaning: each macro as the primitive it expands to

    private static Primitive resolve(Macro m, Map<String, Macro> macros, Set<String> open) throws InputError {
        if (!open.add(m.name())) {
            throw new InputError(m.pos(), "macro " + m.name() + " expands to itself");
        }
        try {
            List<Call> body = m.body();
            if (body.size() == 1 && macros.containsKey(body.get(0).name())) {
                return composed(m, body.get(0), resolve(macros.get(body.get(0).name()), macros, open));
            }
            Shape s = m.statement() ? statement(m) : expression(m);
            return new Primitive(m.name(), s.form, s.ordering, s.roles, s.op, m.resultTest(), 1, s.fenceAfter);
        } finally {
            open.remove(m.name());
        }
    }

    /** What one built-in body is, with a role per formal. */
    private static final class Shape {
        Form form;
        String ordering;
        String op = ".";
        String fenceAfter = "";
        List<Role> roles;
    }

    private static Shape statement(Macro m) throws InputError {
        List<Call> b = m.body();
        Call first = b.isEmpty() ? null : b.get(0);
        if (first == null) {
            throw unreadable(m, m.pos());
        }
        Shape s = new Shape();
        Role[] roles = new Role[m.formals().size()];
        s.ordering = first.annotation().isEmpty() ? "-" : first.annotation();
        switch (first.name()) {
            case "__store" -> {
                s.form = Form.STORE;
                need(m, first, 2);
                place(m, roles, first.args().get(0), first.args().get(0).deref() ? Role.PTR : Role.LV);
                place(m, roles, first.args().get(1), Role.VAL);
                if (b.size() == 2 && b.get(1).name().equals("__fence") && b.get(1).args().isEmpty()) {
                    s.form = Form.STORE_MB;
                    s.fenceAfter = b.get(1).annotation();
                    return done(m, s, roles);
                }
            }
            case "__fence" -> {
                s.form = Form.FENCE;
                need(m, first, 0);
            }
            case "__lock", "__unlock" -> {
                s.form = first.name().equals("__lock") ? Form.LOCK : Form.UNLOCK;
                need(m, first, 1);
                place(m, roles, first.args().get(0), Role.PTR);
            }
            case "__srcu" -> {
                if (first.annotation().equals("srcu-unlock")) {
                    s.form = Form.SRCU_UNLOCK;
                    need(m, first, 2);
                    place(m, roles, first.args().get(1), Role.VAL);
                } else if (first.annotation().equals("sync-srcu")) {
                    s.form = Form.SRCU_SYNC;
                    need(m, first, 1);
                } else {
                    throw unreadable(m, first.pos());
                }
                place(m, roles, first.args().get(0), Role.PTR);
                s.ordering = "-";
            }
            case "__atomic_op" -> {
                s.form = Form.ATOMIC_OP;
                atomic(m, first, s, roles);
            }
            default -> throw unreadable(m, first.pos());
        }
        if (b.size() != 1) {
            throw unreadable(m, b.get(1).pos());
        }
        return done(m, s, roles);
    }

    private static Shape expression(Macro m) throws InputError {
        Call c = m.body().get(0);
        Shape s = new Shape();
        Role[] roles = new Role[m.formals().size()];
        s.ordering = c.annotation().isEmpty() ? "-" : c.annotation();
        switch (c.name()) {
            case "__load" -> {
                s.form = Form.LOAD;
                need(m, c, 1);
                place(m, roles, c.args().get(0), c.args().get(0).deref() ? Role.PTR : Role.LV);
            }
            case "__xchg" -> {
                s.form = Form.XCHG;
                need(m, c, 2);
                place(m, roles, c.args().get(0), Role.PTR);
                place(m, roles, c.args().get(1), Role.VAL);
            }
            case "__cmpxchg", "__atomic_add_unless" -> {
                boolean cmp = c.name().equals("__cmpxchg");
                s.form = cmp ? Form.CMPXCHG : Form.ADD_UNLESS;
                need(m, c, 3);
                place(m, roles, c.args().get(0), Role.PTR);
                place(m, roles, c.args().get(1), cmp ? Role.OLD : Role.VAL);
                place(m, roles, c.args().get(2), cmp ? Role.NEW : Role.UNLESS);
                if (!cmp) {
                    s.op = "+";
                }
            }
            case "__atomic_op_return", "__atomic_fetch_op" -> {
                s.form = c.name().equals("__atomic_fetch_op") ? Form.FETCH_OP : Form.OP_RETURN;
                atomic(m, c, s, roles);
            }
            case "__trylock", "__islocked" -> {
                s.form = c.name().equals("__trylock") ? Form.TRYLOCK : Form.IS_LOCKED;
                need(m, c, 1);
                place(m, roles, c.args().get(0), Role.PTR);
            }
            case "__srcu" -> {
                if (!c.annotation().equals("srcu-lock")) {
                    throw unreadable(m, c.pos());
                }
                s.form = Form.SRCU_LOCK;
                s.ordering = "-";
                need(m, c, 1);
                place(m, roles, c.args().get(0), Role.PTR);
            }
            default -> throw new InputError(c.pos(), "Unknown macro " + c.name() + " in the body of " + m.name());
        }
        if (m.resultTest().isPresent() && s.form != Form.OP_RETURN) {
            throw unreadable(m, c.pos());
        }
        return done(m, s, roles);
    }

    /** (X, op, V) of the atomics; V may be the constant 1 (inc, dec), which the form supplies. */
    private static void atomic(Macro m, Call c, Shape s, Role[] roles) throws InputError {
        need(m, c, 3);
        place(m, roles, c.args().get(0), Role.PTR);
        Arg op = c.args().get(1);
        if (op.formal()) {
            throw unreadable(m, c.pos());
        }
        s.op = op.text();
        Arg v = c.args().get(2);
        if (v.formal()) {
            place(m, roles, v, Role.VAL);
        } else if (!v.text().equals("1")) {
            throw unreadable(m, c.pos());
        }
    }

    private static Shape done(Macro m, Shape s, Role[] roles) throws InputError {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == null) {
                throw new InputError(m.pos(), "lkmm cannot read macro " + m.name() + ": its parameter "
                        + m.formals().get(i) + " is not used as lkmm expects");
            }
        }
        s.roles = List.of(roles);
        return s;
    }

    /** A macro whose body is one call of another macro: the callee's primitive, its roles passed on. */
    private static Primitive composed(Macro m, Call c, Primitive callee) throws InputError {
        if (c.args().size() != callee.arity() || m.statement() != callee.isStatement()) {
            throw unreadable(m, c.pos());
        }
        Role[] roles = new Role[m.formals().size()];
        for (int i = 0; i < c.args().size(); i++) {
            Arg a = c.args().get(i);
            Role r = callee.args().get(i);
            if (a.deref()) {
                if (r != Role.LV) {
                    throw unreadable(m, c.pos());
                }
                r = Role.PTR;
            }
            place(m, roles, a, r);
        }
        Shape s = new Shape();
        done(m, s, roles);
        Optional<String> test = m.resultTest().isPresent() ? m.resultTest() : callee.resultTest();
        return new Primitive(m.name(), callee.form(), callee.ordering(), s.roles, callee.op(), test,
                callee.blocks() + (m.statement() ? 1 : 0), callee.fenceAfter());
    }

    private static void need(Macro m, Call c, int n) throws InputError {
        if (c.args().size() != n) {
            throw new InputError(c.pos(), c.name() + " takes " + n + " argument(s) in " + m.name());
        }
    }

    private static void place(Macro m, Role[] roles, Arg a, Role r) throws InputError {
        int i = m.formals().indexOf(a.text());
        if (!a.formal() || i < 0 || roles[i] != null) {
            throw new InputError(m.pos(), "lkmm cannot read macro " + m.name() + ": argument '" + a.text()
                    + "' is not one of its parameters, used once");
        }
        roles[i] = r;
    }

    private static InputError unreadable(Macro m, SourcePos pos) {
        return new InputError(pos, "lkmm cannot read the body of macro " + m.name()
                + " (it reads bodies that are one herd built-in, a store then a fence, or one macro call)");
    }
}
