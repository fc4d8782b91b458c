package org.lkmm.parse;

import org.antlr.v4.runtime.Token;

/** What the grammar takes but herd7 refuses, found while building the AST: reported at the token. */
final class Refusal extends RuntimeException {
    final transient Token token;

    Refusal(Token token, String message) {
        super(message, null, false, false);
        this.token = token;
    }
}
