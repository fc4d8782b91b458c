package org.lkmm.kernel;

import java.util.ArrayList;
import java.util.List;
import org.lkmm.ast.SourcePos;
import org.lkmm.diag.InputError;

/**
 * The tokens of a .def macro file as herd7's C lexer cuts them: names (herd's built-ins such as
 * __load are names here), numbers, the punctuation its macro bodies use; // and (* *) style C
 * comments skipped. Annotations ({once}, {after-srcu-read-unlock}) are read whole by DefFile.
 */
final class DefLexer {
    enum Kind { NAME, NUMBER, PUNCT, END }

    record Token(Kind kind, String text, SourcePos pos) {
        boolean is(String s) {
            return kind != Kind.NAME && kind != Kind.NUMBER && text.equals(s);
        }
    }

    private static final List<String> PUNCTUATION = List.of("==", "!=", "<=", ">=", "&~", "(", ")", "{", "}", ",",
            ";", "*", "+", "-", "&", "|", "^", "<", ">", "/", "~", "!", "=");

    private DefLexer() {}

    static List<Token> tokens(String file, String text) throws InputError {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            SourcePos pos = new SourcePos(file, line, i - lineStart + 1);
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new InputError(pos, "unterminated comment");
                }
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end + 2;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.NAME, text.substring(start, i), pos));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, text.substring(start, i), pos));
            } else {
                String p = punctuation(text, i);
                if (p == null) {
                    throw new InputError(pos, "unexpected character '" + c + "' in a macro file");
                }
                out.add(new Token(Kind.PUNCT, p, pos));
                i += p.length();
            }
        }
        out.add(new Token(Kind.END, "end of file", new SourcePos(file, line, i - lineStart + 1)));
        return out;
    }

    private static String punctuation(String text, int i) {
        for (String p : PUNCTUATION) {
            if (text.startsWith(p, i)) {
                return p;
            }
        }
        return null;
    }
}
