package org.lkmm.parse.herd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code as herd7's hash sees it (lib/CTestHash.ml with the shallow C parser): for each
 * {@code Pn(...)} its parameters, reprinted from their types, and the raw text of its body,
 * byte for byte, between the outer braces (counted even inside comments). The C code is never
 * pretty-printed.
 */
final class CodeDigest {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]+[A-Za-z0-9_]*");
    private static final Pattern PROC = Pattern.compile("P([0-9]+)");
    private static final Set<String> BASE_TYPES = Set.of("int8_t", "uint8_t", "int16_t", "uint16_t", "int32_t",
            "uint32_t", "int64_t", "uint64_t", "__int128_t", "__uint128_t", "__int128", "__uint128", "intptr_t",
            "uintptr_t", "mtx_t", "spinlock_t", "atomic_t");
    private static final Map<String, String> KEYWORDS = Map.of("volatile", "VOLATILE", "const", "CONST",
            "_Atomic", "ATOMIC", "atomic", "ATOMIC_BASE", "char", "BASE0", "int", "BASE0", "long", "BASE0",
            "struct", "STRUCT", "void", "VOID");
    /** Names the C lexer turns into tokens of their own (CLexer.tr_name): never a parameter name. */
    private static final Set<String> RESERVED = Set.of("atomic_fetch_add_explicit", "atomic_fetch_sub_explicit",
            "atomic_fetch_or_explicit", "atomic_fetch_xor_explicit", "atomic_fetch_and_explicit",
            "memory_order_acquire", "memory_order_release", "memory_order_acq_rel", "memory_order_seq_cst",
            "memory_order_relaxed", "memory_order_consume", "atomic_thread_fence", "atomic_load_explicit",
            "atomic_store_explicit", "atomic_exchange_explicit", "lock", "mtx_lock", "WCAS", "SCAS",
            "atomic_compare_exchange_weak", "atomic_compare_exchange_strong",
            "atomic_compare_exchange_weak_explicit", "atomic_compare_exchange_strong_explicit", "unlock",
            "mtx_unlock", "__fence", "__load", "__store", "__srcu", "__xchg", "__cmpxchg", "__lock", "__trylock",
            "__islocked", "__unlock", "__atomic_op", "__atomic_op_return", "__atomic_fetch_op",
            "__atomic_add_unless", "if", "else", "while", "regions");

    /** One function of the code: its number, its parameters as printed, its raw body. */
    record Function(int proc, List<String> params, String body) {}

    private record Tok(String kind, String text) {}

    /** A C type, as CType.t: Base, Volatile, Const, Atomic or Pointer around another. */
    private record Type(String kind, String base, Type inner) {
        static Type base(String s) {
            return new Type("Base", s, null);
        }

        static Type wrap(String kind, Type t) {
            return new Type(kind, null, t);
        }

        /** CType.dump. */
        String dump() {
            return switch (kind) {
                case "Base" -> base;
                case "Volatile" -> inner.kind.equals("Base") ? "volatile " + inner.base : inner.dump() + " volatile";
                case "Atomic" -> inner.kind.equals("Base") ? "_Atomic " + inner.base : "_Atomic (" + inner.dump() + ")";
                case "Const" -> inner.dump() + " const";
                default -> inner.dump() + "*";
            };
        }
    }

    private CodeDigest() {}

    static String of(String code) throws HerdSyntaxError {
        List<String> cells = new ArrayList<>();
        for (Function f : functions(code)) {
            cells.add("P" + f.proc() + "(" + String.join(", ", f.params()) + ") {\n" + f.body() + "\n}\n");
        }
        if (cells.isEmpty()) {
            return "";
        }
        return " " + String.join(" | ", cells) + " ;\n";
    }

    static List<Function> functions(String code) throws HerdSyntaxError {
        List<Tok> toks = tokens(code);
        List<Function> out = new ArrayList<>();
        int[] at = {0};
        while (!toks.get(at[0]).kind().equals("EOF")) {
            if (toks.get(at[0]).kind().equals("BODY")) {
                throw new HerdSyntaxError("unexpected '{' (in prog)");
            }
            if (toks.get(at[0]).kind().equals("VOID")) {
                at[0]++;
                if (toks.get(at[0]).kind().equals("STAR")) {
                    at[0]++;
                }
            }
            Tok proc = expect(toks, at, "PROC");
            expect(toks, at, "LPAR");
            List<String> params = new ArrayList<>();
            if (!toks.get(at[0]).kind().equals("RPAR")) {
                params.add(parameter(toks, at));
                while (toks.get(at[0]).kind().equals("COMMA")) {
                    at[0]++;
                    if (toks.get(at[0]).kind().equals("RPAR")) {
                        break; // CParser.mly's formals_ne: a formal may end with a comma
                    }
                    params.add(parameter(toks, at));
                }
            }
            expect(toks, at, "RPAR");
            out.add(new Function(Integer.parseInt(proc.text()), params, expect(toks, at, "BODY").text()));
        }
        return out;
    }

    private static Tok expect(List<Tok> toks, int[] at, String kind) throws HerdSyntaxError {
        Tok t = toks.get(at[0]);
        if (!t.kind().equals(kind)) {
            throw new HerdSyntaxError("unexpected '" + t.text() + "' (in prog)");
        }
        at[0]++;
        return t;
    }

    /** parameter_declaration: a type ending in '*' and a name; printed without the outer '*'. */
    private static String parameter(List<Tok> toks, int[] at) throws HerdSyntaxError {
        Type t = type(toks, at);
        if (!t.kind().equals("Pointer")) {
            throw new HerdSyntaxError("a parameter must be a pointer");
        }
        Tok name = expect(toks, at, "NAME");
        return t.inner().dump() + "* " + name.text();
    }

    private static Type type(List<Tok> toks, int[] at) throws HerdSyntaxError {
        String k = toks.get(at[0]).kind();
        Type t;
        switch (k) {
            case "ATOMIC" -> {
                at[0]++;
                t = Type.wrap("Atomic", base(toks, at));
            }
            case "VOLATILE" -> {
                at[0]++;
                t = Type.wrap("Volatile", base(toks, at));
            }
            case "CONST" -> {
                at[0]++;
                t = Type.wrap("Const", base(toks, at));
            }
            case "VOID" -> {
                at[0]++;
                expect(toks, at, "STAR");
                t = Type.wrap("Pointer", Type.base("void"));
            }
            case "LPAR" -> {
                at[0]++;
                t = type(toks, at);
                expect(toks, at, "RPAR");
                String after = toks.get(at[0]).kind();
                if (!after.equals("VOLATILE") && !after.equals("CONST")) {
                    throw new HerdSyntaxError("unexpected '" + toks.get(at[0]).text() + "' (in prog)");
                }
            }
            default -> t = base0(toks, at);
        }
        while (true) {
            switch (toks.get(at[0]).kind()) {
                case "STAR" -> t = Type.wrap("Pointer", t);
                case "VOLATILE" -> t = Type.wrap("Volatile", t);
                case "CONST" -> t = Type.wrap("Const", t);
                default -> {
                    return t;
                }
            }
            at[0]++;
        }
    }

    private static Type base(List<Tok> toks, int[] at) throws HerdSyntaxError {
        if (toks.get(at[0]).kind().equals("LPAR")) {
            at[0]++;
            Type t = type(toks, at);
            expect(toks, at, "RPAR");
            return t;
        }
        return base0(toks, at);
    }

    private static Type base0(List<Tok> toks, int[] at) throws HerdSyntaxError {
        Tok t = toks.get(at[0]);
        switch (t.kind()) {
            case "ATOMIC_TYPE" -> {
                at[0]++;
                return Type.wrap("Atomic", Type.base(t.text()));
            }
            case "ATOMIC_BASE" -> {
                at[0]++;
                expect(toks, at, "LT");
                Tok b = expect(toks, at, "BASE_TYPE");
                expect(toks, at, "GT");
                return Type.wrap("Atomic", Type.base(b.text()));
            }
            case "BASE_TYPE", "BASE0" -> {
                at[0]++;
                return Type.base(t.text());
            }
            case "STRUCT" -> {
                at[0]++;
                return Type.base("struct " + expect(toks, at, "STRUCT_TYPE").text());
            }
            default -> throw new HerdSyntaxError("unexpected '" + t.text() + "' (in prog)");
        }
    }

    /** The shallow C lexer: bodies are single tokens carrying their raw text. */
    private static List<Tok> tokens(String s) throws HerdSyntaxError {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (s.startsWith("/*", i)) {
                int j = s.indexOf("*/", i + 2);
                if (j < 0) {
                    throw new HerdSyntaxError("eof in a C comment");
                }
                i = j + 2;
            } else if (s.startsWith("//", i)) {
                int j = s.indexOf('\n', i + 2);
                i = j < 0 ? n : j + 1;
            } else if (c == '{') {
                int depth = 0;
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        throw new HerdSyntaxError("eof in a function body");
                    }
                    char d = s.charAt(j);
                    if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        if (depth == 0) {
                            break;
                        }
                        depth--;
                    }
                    j++;
                }
                out.add(new Tok("BODY", s.substring(i + 1, j)));
                i = j + 1;
            } else {
                i = word(s, i, out);
            }
        }
        out.add(new Tok("EOF", "end of file"));
        return out;
    }

    private static int word(String s, int i, List<Tok> out) throws HerdSyntaxError {
        int n = s.length();
        Matcher num = NUMBER.matcher(s).region(i, n);
        if (num.lookingAt()) {
            out.add(new Tok("CONSTANT", num.group()));
            return num.end();
        }
        Matcher name = NAME.matcher(s).region(i, n);
        boolean isName = name.lookingAt();
        Matcher proc = PROC.matcher(s).region(i, n);
        if (proc.lookingAt() && (!isName || name.end() <= proc.end())) {
            try {
                out.add(new Tok("PROC", Integer.toString(Integer.parseInt(proc.group(1)))));
            } catch (NumberFormatException e) {
                throw new HerdSyntaxError("process number " + proc.group(1) + " is too large");
            }
            return proc.end();
        }
        if (isName) {
            String w = name.group();
            String kind = RESERVED.contains(w) ? "RESERVED" : KEYWORDS.get(w);
            if (kind == null) {
                kind = BASE_TYPES.contains(w) ? "BASE_TYPE" : w.equals("atomic_int") ? "ATOMIC_TYPE"
                        : w.equals("srcu_struct") ? "STRUCT_TYPE" : "NAME";
            }
            out.add(new Tok(kind, kind.equals("ATOMIC_TYPE") ? "int" : w));
            return name.end();
        }
        char c = s.charAt(i);
        String kind = switch (c) {
            case '(' -> "LPAR";
            case ')' -> "RPAR";
            case ',' -> "COMMA";
            case '*' -> "STAR";
            case '<' -> "LT";
            case '>' -> "GT";
            default -> null;
        };
        if (kind == null) {
            throw new HerdSyntaxError("unexpected '" + c + "' (in prog)");
        }
        out.add(new Tok(kind, String.valueOf(c)));
        return i + 1;
    }
}
