package org.lkmm.parse.herd;

/** Text herd7's own readers would not get through (its splitter, state lexer or C lexer). */
public final class HerdSyntaxError extends Exception {
    public HerdSyntaxError(String message) {
        super(message, null, false, false);
    }
}
