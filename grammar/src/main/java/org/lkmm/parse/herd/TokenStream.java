package org.lkmm.parse.herd;

import java.util.List;
import org.lkmm.parse.herd.StateLexer.Kind;
import org.lkmm.parse.herd.StateLexer.Token;

/** Reading herd state tokens one by one, with lookahead. */
final class TokenStream {
    private final List<Token> tokens;
    private int at;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    Kind peek() {
        return peek(0);
    }

    Kind peek(int k) {
        return tokens.get(Math.min(at + k, tokens.size() - 1)).kind();
    }

    String text() {
        return tokens.get(Math.min(at, tokens.size() - 1)).text();
    }

    Token next() {
        Token t = tokens.get(at);
        if (t.kind() != Kind.EOF) {
            at++;
        }
        return t;
    }

    String expect(Kind kind) throws HerdSyntaxError {
        Token t = next();
        if (t.kind() != kind) {
            throw new HerdSyntaxError("unexpected '" + t.text() + "'");
        }
        return t.text();
    }

    boolean accept(Kind kind) {
        if (peek() == kind) {
            next();
            return true;
        }
        return false;
    }
}
