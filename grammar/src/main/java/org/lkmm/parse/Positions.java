package org.lkmm.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.lkmm.ast.SourcePos;

/** Turns ANTLR tokens into SourcePos values for one file. */
record Positions(String file) {
    SourcePos of(ParserRuleContext ctx) {
        return of(ctx.getStart());
    }

    SourcePos of(Token token) {
        return new SourcePos(file, token.getLine(), token.getCharPositionInLine() + 1);
    }
}
