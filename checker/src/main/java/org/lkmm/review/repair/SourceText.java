package org.lkmm.review.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lkmm.ast.SourcePos;

/**
 * A test's text, with what edits need to find in it: offsets of positions, the end of a call's
 * argument list, of a statement and of a dereference, skipping C comments (the only ones a
 * process body has). Litmus C has no strings or character constants, so brackets and ';'
 * outside comments are the program's.
 */
final class SourceText {
    private final String text;
    private final int[] lineStart;

    SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStart = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    int offset(SourcePos p) {
        return lineStart[p.line() - 1] + p.column() - 1;
    }

    char at(int offset) {
        return text.charAt(offset);
    }

    int lineStartOf(int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    int lineEndOf(int offset) {
        int i = text.indexOf('\n', offset);
        return i < 0 ? text.length() : i;
    }

    /** The line (1-based) an offset is on. */
    int lineOf(int offset) {
        int line = java.util.Arrays.binarySearch(lineStart, offset);
        return line >= 0 ? line + 1 : -line - 1;
    }

    String line(int line) {
        int start = lineStart[line - 1];
        return text.substring(start, lineEndOf(start));
    }

    int lines() {
        return lineStart.length;
    }

    /** The offset of the first code character at or after from that is one of wanted, outside brackets opened after from. */
    int find(int from, String wanted) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            int skip = commentEnd(i);
            if (skip > i) {
                i = skip - 1;
                continue;
            }
            char c = text.charAt(i);
            if (depth == 0 && wanted.indexOf(c) >= 0) {
                return i;
            }
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            }
        }
        throw new IllegalStateException("no " + wanted + " after offset " + from);
    }

    /** Past the comment starting at i, or i when none starts there. */
    private int commentEnd(int i) {
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        if (text.startsWith("//", i)) {
            return lineEndOf(i);
        }
        return i;
    }

    /** The end (exclusive) of the call whose name starts at offset: just past its ')'. */
    int callEnd(int offset) {
        int open = text.indexOf('(', offset);
        return find(open + 1, ")") + 1;
    }

    /** The end (exclusive) of the dereference *p, *(p + 1), **p or *p[i] starting at offset. */
    int derefEnd(int offset) {
        int i = offset + 1;
        while (Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (text.charAt(i) == '*') {
            return derefEnd(i);
        }
        if (text.charAt(i) == '(') {
            i = find(i + 1, ")") + 1;
        } else {
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
        }
        while (i < text.length() && text.charAt(i) == '[') {
            i = find(i + 1, "]") + 1;
        }
        return i;
    }

    /** Whether only blanks come before offset on its line. */
    boolean startsLine(int offset) {
        return text.substring(lineStartOf(offset), offset).isBlank();
    }

    String indentOf(int offset) {
        String before = text.substring(lineStartOf(offset), offset);
        int n = 0;
        while (n < before.length() && Character.isWhitespace(before.charAt(n))) {
            n++;
        }
        return before.substring(0, n);
    }

    /** The text with the edits made; edits must not overlap (an insertion at an offset goes before a replacement there). */
    String apply(List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length).reversed());
        StringBuilder b = new StringBuilder(text);
        int limit = text.length();
        for (TextEdit e : sorted) {
            if (e.offset() + e.length() > limit) {
                throw new IllegalArgumentException("overlapping edits at offset " + e.offset());
            }
            b.replace(e.offset(), e.offset() + e.length(), e.replacement());
            limit = e.offset();
        }
        return b.toString();
    }
}
