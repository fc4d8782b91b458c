package org.lkmm.parse.herd;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * herd7's splitter (lib/splitter.mll): where the name, the init block, the code and the
 * constraints of a litmus file are. It works on raw text with ocamllex's rules (longest match,
 * ties to the earlier rule), which is why a {@code (*} comment not followed by a newline, or the
 * word {@code exists} in a C comment, cut a test where a C reader would not.
 */
public final class Splitter {
    private static final Pattern FIRST_LINE = Pattern.compile(
            "[ \\t\\r]*([A-Za-z0-9_]+)[ \\t\\r]+([A-Za-z0-9_/.\\-+\\[\\]]+)[ \\t\\r]*"
            + "(?:\\(([A-Za-z][A-Za-z0-9_/.\\-]*)\\)[ \\t\\r]*)?"
            + "(?:(\\n)?[ \\t\\r]*\"([^\"]*)\"[ \\t\\r]*)?;?");
    private static final Pattern KEY_LINE =
            Pattern.compile("([A-Za-z][A-Za-z0-9_/.\\-]*)[ \\t\\r]*=[ \\t\\r]*([^\\n\\r]*)\\r?\\n");
    private static final Pattern JUNK = Pattern.compile("[^\\n{]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_/.\\-]*");
    private static final Set<String> CONSTRAINT_WORDS =
            Set.of("final", "forall", "exists", "cases", "observed", "Observed", "locations", "filter");

    private Splitter() {}

    /** Splits a file; fileName gives the name of a test headed {@code C --}. */
    public static Sections split(String s, String fileName) throws HerdSyntaxError {
        Matcher first = FIRST_LINE.matcher(s);
        if (!first.lookingAt()) {
            throw new HerdSyntaxError("splitter error in sublexer first line");
        }
        String name = cleanName(first.group(2), fileName);
        int i = first.end();
        int n = s.length();
        List<Sections.Info> info = new ArrayList<>();
        int initStart = -1;
        while (true) {
            if (i >= n) {
                throw new HerdSyntaxError("splitter error in sublexer find init section");
            }
            // ocamllex: the longest match wins, ties go to the earlier rule
            Matcher key = KEY_LINE.matcher(s).region(i, n);
            Matcher junk = JUNK.matcher(s).region(i, n);
            char c = s.charAt(i);
            int[] length = {
                c == '\n' ? 1 : 0,
                s.startsWith("(*", i) ? 2 : 0,
                c == '{' ? 1 : 0,
                key.lookingAt() ? key.end() - i : 0,
                junk.lookingAt() ? junk.end() - i : 0,
            };
            int rule = 0;
            for (int r = 1; r < length.length; r++) {
                if (length[r] > length[rule]) {
                    rule = r;
                }
            }
            switch (rule) {
                case 0 -> i++;
                case 1 -> i = skipComment(s, i + 2);
                case 2 -> initStart = i + 1;
                case 3 -> {
                    info.add(new Sections.Info(key.group(1), key.group(2)));
                    i = key.end();
                }
                default -> i += length[4];
            }
            if (rule == 2) {
                break;
            }
        }
        int initEnd = matchingBrace(s, initStart);
        int codeStart = initEnd + 1;
        int codeEnd = codeEnd(s, codeStart);
        int constraintsEnd = codeEnd;
        if (codeEnd < n) {
            int j = codeEnd;
            while (j < n && !s.startsWith("<<", j)) {
                j = s.startsWith("(*", j) ? skipComment(s, j + 2) : j + 1;
            }
            constraintsEnd = j;
        }
        return new Sections(name, List.copyOf(info), s.substring(initStart, initEnd),
                s.substring(codeStart, codeEnd), s.substring(codeEnd, constraintsEnd));
    }

    /** splitter.mll and Misc.clean_name: "--" names the test after its file; one ".litmus" goes. */
    private static String cleanName(String name, String fileName) {
        if (name.equals("--")) {
            String base = fileName.substring(fileName.lastIndexOf('/') + 1);
            int dot = base.lastIndexOf('.');
            return dot > 0 ? base.substring(0, dot) : base;
        }
        return name.endsWith(".litmus") ? name.substring(0, name.length() - ".litmus".length()) : name;
    }

    /** LexUtils.skip_comment: i is just after the opening "(*"; comments nest. */
    static int skipComment(String s, int i) throws HerdSyntaxError {
        int depth = 1;
        while (true) {
            if (i >= s.length()) {
                throw new HerdSyntaxError("splitter error in sublexer eof in skip_comment");
            }
            if (s.startsWith("(*", i)) {
                depth++;
                i += 2;
            } else if (s.startsWith("*)", i)) {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
    }

    /** The init block ends at the brace matching its opening one; nothing else is looked at. */
    private static int matchingBrace(String s, int from) throws HerdSyntaxError {
        int depth = 0;
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return j;
                }
                depth--;
            }
        }
        throw new HerdSyntaxError("splitter error in sublexer inside init section");
    }

    /**
     * Where the code ends: at the first constraint keyword standing as a whole splitter name, or
     * at "~ exists". C comments are not skipped here, strings are.
     */
    private static int codeEnd(String s, int from) throws HerdSyntaxError {
        int n = s.length();
        int j = from;
        while (j < n) {
            char c = s.charAt(j);
            if (s.startsWith("(*", j)) {
                j += 2;
            } else if (c == '"') {
                int k = j + 1;
                while (k < n && s.charAt(k) != '"') {
                    if (s.charAt(k) == '\n') {
                        throw new HerdSyntaxError("splitter error in sublexer newline in skip_string");
                    }
                    k++;
                }
                if (k >= n) {
                    throw new HerdSyntaxError("splitter error in sublexer eof in skip_string");
                }
                j = k + 1;
            } else if (c == '~') {
                int k = j + 1;
                while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\r')) {
                    k++;
                }
                if (s.startsWith("exists", k)) {
                    return j;
                }
                j++;
            } else {
                Matcher m = NAME.matcher(s).region(j, n);
                if (m.lookingAt()) {
                    if (CONSTRAINT_WORDS.contains(m.group())) {
                        return j;
                    }
                    j = m.end();
                } else {
                    j++;
                }
            }
        }
        return n;
    }
}
