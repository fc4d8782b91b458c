package org.lkmm.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutants of a litmus test as a hostile or careless user makes them: one edit each, chosen and
 * placed by a seeded Random, on the file's bytes (so invalid UTF-8 and NUL bytes can appear).
 * The operator's name says what was done, for the report.
 */
final class Mutants {
    /** A mutant: the edit made and the bytes that result. */
    record Mutant(String operator, byte[] bytes) {}

    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
    private static final Pattern REGISTER = Pattern.compile("\\br\\d+\\b");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*|\\d+|\\S");
    private static final String[] HUGE = {"2147483648", "4294967296", "99999999999999999999", "-2147483649", "0x100000000"};
    private static final String[] OPERATORS = {"truncate", "flip-byte", "delete-line", "duplicate-line", "swap-tokens",
        "huge-number", "rename-register", "delete-bracket", "nul-byte", "invalid-utf8", "long-name", "delete-token",
        "duplicate-token"};

    private Mutants() {}

    static Mutant of(byte[] original, Random rnd) {
        String op = OPERATORS[rnd.nextInt(OPERATORS.length)];
        String text = new String(original, StandardCharsets.ISO_8859_1); // one char per byte, reversible
        String out = switch (op) {
            case "truncate" -> text.substring(0, rnd.nextInt(Math.max(1, text.length())));
            case "flip-byte" -> replaceAt(text, rnd.nextInt(Math.max(1, text.length())), String.valueOf((char) rnd.nextInt(256)));
            case "delete-line" -> editLines(text, rnd, false);
            case "duplicate-line" -> editLines(text, rnd, true);
            case "swap-tokens" -> swapTokens(text, rnd);
            case "huge-number" -> replaceMatch(text, NUMBER, rnd, HUGE[rnd.nextInt(HUGE.length)]);
            case "rename-register" -> replaceMatch(text, REGISTER, rnd, "r" + (7 + rnd.nextInt(3)));
            case "delete-bracket" -> deleteOneOf(text, "{}()[]", rnd);
            case "nul-byte" -> insertAt(text, rnd.nextInt(text.length() + 1), "\0");
            case "invalid-utf8" -> insertAt(text, rnd.nextInt(text.length() + 1), "\u00ff\u00fe");
            case "long-name" -> replaceMatch(text, REGISTER, rnd, "r" + "x".repeat(5000));
            case "delete-token" -> replaceMatch(text, TOKEN, rnd, "");
            case "duplicate-token" -> duplicateToken(text, rnd);
            default -> throw new IllegalStateException(op);
        };
        return new Mutant(op, out.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String replaceAt(String s, int i, String with) {
        return s.isEmpty() ? with : s.substring(0, i) + with + s.substring(i + 1);
    }

    private static String insertAt(String s, int i, String what) {
        return s.substring(0, i) + what + s.substring(i);
    }

    private static String editLines(String s, Random rnd, boolean duplicate) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        int i = rnd.nextInt(lines.size());
        if (duplicate) {
            lines.add(i, lines.get(i));
        } else {
            lines.remove(i);
        }
        return String.join("\n", lines);
    }

    private static List<int[]> spans(String s, Pattern p) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static String replaceMatch(String s, Pattern p, Random rnd, String with) {
        List<int[]> spans = spans(s, p);
        if (spans.isEmpty()) {
            return s + with;
        }
        int[] at = spans.get(rnd.nextInt(spans.size()));
        return s.substring(0, at[0]) + with + s.substring(at[1]);
    }

    private static String swapTokens(String s, Random rnd) {
        List<int[]> spans = spans(s, TOKEN);
        if (spans.size() < 2) {
            return s;
        }
        int k = rnd.nextInt(spans.size() - 1);
        int[] a = spans.get(k);
        int[] b = spans.get(k + 1);
        return s.substring(0, a[0]) + s.substring(b[0], b[1]) + s.substring(a[1], b[0]) + s.substring(a[0], a[1])
                + s.substring(b[1]);
    }

    private static String duplicateToken(String s, Random rnd) {
        List<int[]> spans = spans(s, TOKEN);
        if (spans.isEmpty()) {
            return s;
        }
        int[] a = spans.get(rnd.nextInt(spans.size()));
        return s.substring(0, a[1]) + " " + s.substring(a[0], a[1]) + s.substring(a[1]);
    }

    private static String deleteOneOf(String s, String chars, Random rnd) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return s;
        }
        int i = at.get(rnd.nextInt(at.size()));
        return s.substring(0, i) + s.substring(i + 1);
    }
}
