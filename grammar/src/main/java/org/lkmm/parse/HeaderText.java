package org.lkmm.parse;

import java.util.regex.Pattern;

/**
 * herd7 reads the lines between the "C name" header and the init block as free text
 * (descriptions, diy's "Cycle=..." metadata). Blanking them keeps positions intact and
 * keeps prose out of the grammar.
 */
final class HeaderText {
    private static final Pattern INIT_OR_PROCESS = Pattern.compile("^\\s*(\\{|P[0-9]+\\s*\\()");

    private HeaderText() {}

    static String blankOut(String text) {
        String[] lines = text.split("(?<=\n)", -1);
        int header = 0;
        while (header < lines.length && lines[header].isBlank()) {
            header++;
        }
        int end = header + 1;
        while (end < lines.length && !INIT_OR_PROCESS.matcher(lines[end]).find()) {
            end++;
        }
        if (end >= lines.length) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            out.append(i > header && i < end ? blank(lines[i]) : lines[i]);
        }
        return out.toString();
    }

    private static String blank(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            b.append(c == '\n' || c == '\r' ? c : ' ');
        }
        return b.toString();
    }
}
