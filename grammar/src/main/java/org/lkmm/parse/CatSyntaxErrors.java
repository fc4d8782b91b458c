package org.lkmm.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.lkmm.ast.SourcePos;

/** The first syntax error of a cat file, in a short sentence: "unexpected 'x' (expected a name)". */
final class CatSyntaxErrors extends BaseErrorListener {
    private final String file;
    private final List<ParseException> errors = new ArrayList<>();

    CatSyntaxErrors(String file) {
        this.file = file;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col,
                            String antlrMessage, RecognitionException e) {
        String problem;
        if (offending instanceof Token token) {
            problem = describe(token) + expected(recognizer, e);
        } else {
            problem = antlrMessage.startsWith("token recognition error")
                    ? "unexpected character" : antlrMessage;
        }
        errors.add(new ParseException(new SourcePos(file, line, col + 1), problem));
    }

    Optional<ParseException> first() {
        return errors.stream().findFirst();
    }

    private static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "unexpected end of file";
        }
        if (token.getType() == CatLexer.ERROR_CHAR && token.getText().startsWith("(*")) {
            return "comment not closed";
        }
        if (token.getType() == CatLexer.ERROR_CHAR && token.getText().startsWith("\"")) {
            return "string not closed";
        }
        return (token.getType() == CatLexer.ERROR_CHAR ? "unexpected character '" : "unexpected '")
                + token.getText() + "'";
    }

    private static String expected(Recognizer<?, ?> recognizer, RecognitionException e) {
        if (!(recognizer instanceof Parser parser)) {
            return "";
        }
        IntervalSet expected = e != null && e.getExpectedTokens() != null
                ? e.getExpectedTokens() : parser.getExpectedTokens();
        if (expected == null || expected.size() == 0 || expected.size() > 4) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int type : expected.toList()) {
            String n = parser.getVocabulary().getDisplayName(type);
            names.add(switch (n) {
                case "NAME" -> "a name";
                case "STRING" -> "a string";
                case "TAG" -> "a tag";
                case "EOF" -> "end of file";
                default -> n;
            });
        }
        return " (expected " + String.join(" or ", names) + ")";
    }
}
