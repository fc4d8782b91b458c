package org.lkmm.parse.herd;

import java.util.ArrayList;
import java.util.List;
import org.lkmm.parse.herd.StateLexer.Kind;

/**
 * The init block as herd7's hash sees it (lib/testHash.ml, digest_init): each entry parsed by
 * the state parser, the entries stably sorted by location, one kept per location, and printed
 * in a fixed form ({@code int *p=x}, {@code atomic_t v=5}) with numbers as written.
 */
final class InitDigest {
    /** One entry: its location, its printed type prefix ("int ", "*", "int *", ...) and value. */
    record Entry(StateLocation location, String form, String value, boolean scalar) {}

    private InitDigest() {}

    static String of(String initText) throws HerdSyntaxError {
        List<Entry> entries = parse(initText);
        List<Entry> sorted = new ArrayList<>(entries);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (sorted.get(i).location().compareTo(sorted.get(j).location()) == 0
                        && sorted.get(i).scalar() && sorted.get(j).scalar()) {
                    // ParsedConstant.compare cannot order two scalars: herd stops on an assertion
                    throw new HerdSyntaxError("location " + sorted.get(i).location().oldText()
                            + " is initialised twice");
                }
            }
        }
        sorted.sort((a, b) -> a.location().compareTo(b.location())); // List.sort is stable, as herd's
        List<String> parts = new ArrayList<>();
        StateLocation previous = null;
        for (Entry e : sorted) {
            if (previous != null && previous.compareTo(e.location()) == 0) {
                continue; // Misc.rem_dups
            }
            previous = e.location();
            parts.add(e.form().replace("@", e.location().oldText()) + e.value());
        }
        return String.join("; ", parts);
    }

    static List<Entry> parse(String text) throws HerdSyntaxError {
        TokenStream ts = new TokenStream(StateLexer.tokens(text));
        List<Entry> out = new ArrayList<>();
        while (ts.peek() != Kind.EOF) {
            if (ts.accept(Kind.SEMI)) {
                if (ts.peek() != Kind.EOF) {
                    throw new HerdSyntaxError("unexpected ';' in the init block");
                }
                break;
            }
            out.add(entry(ts));
            if (!ts.accept(Kind.SEMI) && ts.peek() != Kind.EOF) {
                throw new HerdSyntaxError("unexpected '" + ts.text() + "' in the init block");
            }
        }
        return out;
    }

    private static Entry entry(TokenStream ts) throws HerdSyntaxError {
        if (ts.accept(Kind.STAR)) {
            StateLocation loc = leftLocation(ts);
            return valued(ts, loc, "*@=", true);
        }
        if (ts.accept(Kind.ATOMIC)) {
            String type = ts.expect(Kind.NAME);
            StateLocation loc = leftLocation(ts);
            return valued(ts, loc, "_Atomic " + type + " @=", false);
        }
        if (ts.peek() == Kind.NAME && ts.peek(1) == Kind.STAR) {
            String type = ts.next().text();
            ts.next();
            StateLocation loc = leftLocation(ts);
            return valued(ts, loc, type + " *@=", true);
        }
        if (ts.peek() == Kind.NAME && ts.peek(1) == Kind.NAME && ts.peek(2) == Kind.LBRK) {
            throw new HerdSyntaxError("arrays in the init block are not supported");
        }
        if (ts.peek() == Kind.NAME && startsLeftLocation(ts, 1)
                && !(ts.peek(1) == Kind.NUM && ts.peek(2) == Kind.COLON && ts.peek(3) == Kind.NUM)) {
            String type = ts.next().text();
            StateLocation loc = leftLocation(ts);
            if (!ts.accept(Kind.EQUAL)) {
                return new Entry(loc, type + " @=", "0", true);
            }
            if (ts.accept(Kind.ATOMICINIT)) {
                ts.expect(Kind.LPAR);
                Value v = value(ts);
                ts.expect(Kind.RPAR);
                return new Entry(loc, type + " @=", v.text(), v.scalar());
            }
            Value v = value(ts);
            return new Entry(loc, type + " @=", v.text(), v.scalar());
        }
        StateLocation loc = leftLocation(ts);
        if (!ts.accept(Kind.EQUAL)) {
            return new Entry(loc, "@=", "0", true);
        }
        Value v = labelOrValue(ts);
        return new Entry(loc, "@=", v.text(), v.scalar());
    }

    /** An entry with an optional "= [&] value" after its location. */
    private static Entry valued(TokenStream ts, StateLocation loc, String form, boolean address) throws HerdSyntaxError {
        if (!ts.accept(Kind.EQUAL)) {
            return new Entry(loc, form, "0", true);
        }
        if (address) {
            ts.accept(Kind.AMPER);
        }
        Value v = value(ts);
        return new Entry(loc, form, v.text(), v.scalar());
    }

    private static boolean startsLeftLocation(TokenStream ts, int k) {
        return switch (ts.peek(k)) {
            case NAME, PROC, NUM, SYMB_REG, PTE, PA, TAG, LBRK -> true;
            default -> false;
        };
    }

    record Value(String text, boolean scalar) {}

    /** maybev: a number as written, a symbol (x, x[3] printed x+3) or a tag. */
    private static Value value(TokenStream ts) throws HerdSyntaxError {
        if (ts.accept(Kind.COLON)) {
            return new Value(":" + ts.expect(Kind.NAME), false);
        }
        if (ts.peek() == Kind.NUM) {
            String num = ts.next().text();
            if (ts.peek() == Kind.COLON && ts.peek(1) == Kind.NUM) {
                ts.next();
                return new Value(num + ":" + ts.next().text(), true);
            }
            return new Value(num, true);
        }
        if (ts.peek() == Kind.VALUE) {
            String v = ts.next().text();
            return new Value(v.substring(1, v.length() - 1), true);
        }
        if (ts.peek() == Kind.NAME && ts.peek(1) == Kind.LBRK) {
            String name = ts.next().text();
            ts.next();
            long index = Long.decode(ts.expect(Kind.NUM));
            ts.expect(Kind.RBRK);
            return new Value(index == 0 ? name : name + "+" + index, false);
        }
        return new Value(global(ts).oldText(), false);
    }

    /** maybev_label: as value, but "P0:lbl" and "0:lbl" are code labels. */
    private static Value labelOrValue(TokenStream ts) throws HerdSyntaxError {
        if (ts.peek() == Kind.LABEL) {
            String t = ts.next().text();
            String inner = t.substring("label:\"".length(), t.length() - 1);
            inner = inner.startsWith("P") ? inner.substring(1) : inner;
            return new Value(inner, false);
        }
        if ((ts.peek() == Kind.PROC || ts.peek() == Kind.NUM) && ts.peek(1) == Kind.COLON
                && ts.peek(2) == Kind.NAME && !(ts.peek(3) == Kind.COLON && ts.peek(4) == Kind.NUM)) {
            String p = ts.next().text();
            ts.next();
            int proc = p.startsWith("P") ? Integer.parseInt(p.substring(1)) : Integer.decode(p);
            return new Value(proc + ":" + ts.next().text(), false);
        }
        return value(ts);
    }

    /** left_loc: a location, or a global in brackets. */
    static StateLocation leftLocation(TokenStream ts) throws HerdSyntaxError {
        if (ts.accept(Kind.LBRK)) {
            StateLocation g = global(ts);
            ts.expect(Kind.RBRK);
            return g;
        }
        return location(ts);
    }

    static boolean startsRegister(TokenStream ts, int k) {
        if (ts.peek(k) == Kind.SYMB_REG) {
            return true;
        }
        return (ts.peek(k) == Kind.PROC || ts.peek(k) == Kind.NUM) && ts.peek(k + 1) == Kind.COLON
                && (ts.peek(k + 2) == Kind.NAME || ts.peek(k + 2) == Kind.DOLLARNAME || ts.peek(k + 2) == Kind.SYMB_REG)
                && !(k == 0 && startsCapability(ts));
    }

    static StateLocation register(TokenStream ts) throws HerdSyntaxError {
        if (ts.peek() == Kind.SYMB_REG) {
            return new StateLocation(StateLocation.Kind.SYMBOLIC_REGISTER, 0, ts.next().text().substring(1));
        }
        String p = ts.next().text();
        int proc;
        try {
            proc = p.startsWith("P") ? Integer.parseInt(p.substring(1)) : Integer.decode(p);
        } catch (NumberFormatException e) {
            throw new HerdSyntaxError("bad process number " + p);
        }
        ts.expect(Kind.COLON);
        return StateLocation.register(proc, ts.next().text());
    }

    static StateLocation location(TokenStream ts) throws HerdSyntaxError {
        return startsRegister(ts, 0) ? register(ts) : global(ts);
    }

    /** NUM COLON NAME COLON NUM: a Morello location with permissions, not a register. */
    static boolean startsCapability(TokenStream ts) {
        return ts.peek() == Kind.NUM && ts.peek(1) == Kind.COLON && ts.peek(2) == Kind.NAME
                && ts.peek(3) == Kind.COLON && ts.peek(4) == Kind.NUM;
    }

    private static StateLocation capability(String perms, String name, String tag) throws HerdSyntaxError {
        try {
            return StateLocation.global(Capability.name(perms, name, tag));
        } catch (NumberFormatException e) {
            throw new HerdSyntaxError(e.getMessage());
        }
    }

    static StateLocation global(TokenStream ts) throws HerdSyntaxError {
        if (startsCapability(ts)) {
            String perms = ts.next().text();
            ts.expect(Kind.COLON);
            String name = ts.next().text();
            ts.expect(Kind.COLON);
            return capability(perms, name, ts.next().text());
        }
        if (ts.peek() == Kind.NAME) {
            String name = ts.next().text();
            if (ts.peek() == Kind.COLON && ts.peek(1) == Kind.NAME) {
                // a tagged location: herd digests and prints it as "U:r0", a location of its own
                ts.next();
                return StateLocation.global(name + ":" + ts.next().text());
            }
            if (ts.peek() == Kind.COLON && ts.peek(1) == Kind.NUM) {
                ts.next();
                return capability("0", name, ts.next().text());
            }
            return StateLocation.global(name);
        }
        throw new HerdSyntaxError("unexpected '" + ts.text() + "' where a location should be");
    }
}
