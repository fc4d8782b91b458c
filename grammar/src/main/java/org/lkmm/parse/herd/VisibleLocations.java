package org.lkmm.parse.herd;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.lkmm.parse.herd.StateLexer.Kind;

/**
 * The locations herd7's hash takes from the constraints (GenParserUtils.get_visible_locs): those
 * of the {@code locations [...]} list and of every atom of the final condition, both sides of a
 * location-to-location comparison; never the filter's, never a value's address.
 */
final class VisibleLocations {
    private VisibleLocations() {}

    static String of(String constraints) throws HerdSyntaxError {
        TokenStream ts = new TokenStream(StateLexer.tokens(constraints));
        List<StateLocation> seen = new ArrayList<>();
        if (ts.accept(Kind.LOCATIONS)) {
            ts.expect(Kind.LBRK);
            while (ts.peek() != Kind.RBRK && ts.peek() != Kind.EOF) {
                seen.add(listed(ts));
                ts.accept(Kind.NAME); // a type annotation
                ts.accept(Kind.STAR);
                if (!ts.accept(Kind.SEMI)) {
                    break;
                }
            }
            ts.expect(Kind.RBRK);
        }
        if (ts.accept(Kind.FILTER)) {
            prop(ts, new ArrayList<>());
        }
        switch (ts.peek()) {
            case FORALL, EXISTS, FINAL -> {
                ts.next();
                prop(ts, seen);
            }
            case NOT -> {
                ts.next();
                ts.expect(Kind.EXISTS);
                prop(ts, seen);
            }
            case LPAR -> {
                ts.next();
                prop(ts, seen);
                ts.expect(Kind.RPAR);
            }
            default -> { }
        }
        ts.accept(Kind.SEMI);
        if (ts.peek() == Kind.WITH) {
            return text(seen);
        }
        if (ts.peek() != Kind.EOF) {
            throw new HerdSyntaxError("unexpected '" + ts.text() + "' in the final condition");
        }
        return text(seen);
    }

    private static String text(List<StateLocation> seen) {
        List<String> out = new ArrayList<>();
        for (StateLocation l : new TreeSet<>(seen)) {
            out.add(l.newText());
        }
        return String.join("; ", out);
    }

    private static StateLocation listed(TokenStream ts) throws HerdSyntaxError {
        if (ts.peek() == Kind.NAME && ts.peek(1) == Kind.LBRK) {
            throw new HerdSyntaxError("array cells in locations are not supported");
        }
        return InitDigest.location(ts);
    }

    private static void prop(TokenStream ts, List<StateLocation> seen) throws HerdSyntaxError {
        unary(ts, seen);
        while (ts.peek() == Kind.AND || ts.peek() == Kind.OR || ts.peek() == Kind.IMPLIES) {
            ts.next();
            unary(ts, seen);
        }
    }

    private static void unary(TokenStream ts, List<StateLocation> seen) throws HerdSyntaxError {
        switch (ts.peek()) {
            case NOT -> {
                ts.next();
                unary(ts, seen);
            }
            case TRUE, FALSE -> ts.next();
            case LPAR -> {
                ts.next();
                prop(ts, seen);
                ts.expect(Kind.RPAR);
            }
            default -> atom(ts, seen);
        }
    }

    private static void atom(TokenStream ts, List<StateLocation> seen) throws HerdSyntaxError {
        StateLocation left = InitDigest.leftLocation(ts);
        Kind op = ts.next().kind();
        if (op != Kind.EQUAL && op != Kind.EQUALEQUAL && op != Kind.NOTEQUAL) {
            throw new HerdSyntaxError("expected '=' in a condition atom");
        }
        seen.add(left);
        if (ts.accept(Kind.STAR)) {
            seen.add(ts.peek() == Kind.NAME ? StateLocation.global(ts.next().text()) : InitDigest.register(ts));
        } else if (ts.accept(Kind.LBRK)) {
            seen.add(InitDigest.global(ts));
            ts.expect(Kind.RBRK);
        } else if (InitDigest.startsRegister(ts, 0)) {
            seen.add(InitDigest.register(ts));
        } else if (ts.peek() == Kind.NUM) {
            ts.next();
        } else {
            InitDigest.global(ts); // an address value, or a capability
        }
    }
}
