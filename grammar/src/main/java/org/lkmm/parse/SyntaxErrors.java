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

/** Collects the first syntax error, rephrased from ANTLR's wording into a short sentence. */
final class SyntaxErrors extends BaseErrorListener {
    private final String file;
    private final List<ParseException> errors = new ArrayList<>();

    SyntaxErrors(String file) {
        this.file = file;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col,
                            String antlrMessage, RecognitionException e) {
        SourcePos pos = new SourcePos(file, line, col + 1);
        String problem;
        if (offending instanceof Token token) {
            problem = describe(token) + expected(recognizer, e);
        } else {
            problem = antlrMessage;
        }
        errors.add(new ParseException(pos, problem));
    }

    Optional<ParseException> first() {
        return errors.stream().findFirst();
    }

    private static String humanName(String tokenName) {
        return switch (tokenName) {
            case "HEADER" -> "a 'C <name>' header";
            case "ID" -> "a name";
            case "NUMBER" -> "a number";
            case "EOF" -> "end of file";
            case "IMPLIES" -> "'=>'";
            case "NE" -> "'!='";
            case "STRING" -> "a string";
            case "TYPE_KEYWORD", "TYPE_NAME" -> "a type";
            case "QUALIFIER" -> "'const' or 'volatile'";
            case "ERROR_CHAR" -> "a character";
            default -> tokenName;
        };
    }

    private static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "unexpected end of file";
        }
        String text = token.getText();
        if (token.getType() == LitmusCLexer.ERROR_CHAR) {
            return "unexpected character " + printable(text);
        }
        return "unexpected " + printable(text);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return out.append('\'').toString();
    }

    private static String expected(Recognizer<?, ?> recognizer, RecognitionException e) {
        if (!(recognizer instanceof Parser parser)) {
            return "";
        }
        IntervalSet expected = e != null && e.getExpectedTokens() != null
                ? e.getExpectedTokens() : parser.getExpectedTokens();
        if (expected == null || expected.size() == 0) {
            return "";
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>(); // two token kinds may read the same
        for (int type : expected.toList()) {
            names.add(humanName(parser.getVocabulary().getDisplayName(type)));
        }
        return names.size() > 4 ? "" : " (expected " + String.join(" or ", names) + ")";
    }
}
