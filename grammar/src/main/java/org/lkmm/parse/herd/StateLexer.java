package org.lkmm.parse.herd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * herd7's lexer of init blocks and constraints (lib/stateLexer.mll), longest match first and
 * ties to the earlier rule: so "not" is a keyword but "nothing" a name, "x-1" is one name, and
 * "P1" is a process.
 */
final class StateLexer {
    enum Kind {
        SKIP, COMMENT, NUM, PROC, SYMB_REG, COMMA, AMPER, SEMI, COLON, PLUS, LBRK, RBRK, LPAR, RPAR,
        LCURLY, RCURLY, EQUAL, EQUALEQUAL, NOTEQUAL, IMPLIES, AND, OR, NOT, TRUE, FALSE, OBSERVED,
        TOKAND, EXISTS, FORALL, FINAL, WITH, LOCATIONS, FILTER, FAULT, TAG, ATTRS, OA, PTE, PA,
        ATOMIC, ATOMICINIT, INSTR, LABEL, VALUE, STAR, DOLLARNAME, NAME, ERROR, EOF
    }

    record Token(Kind kind, String text) {}

    private record Rule(Kind kind, Pattern pattern) {}

    private static final String NAME = "[A-Za-z_.$]+[A-Za-z0-9_/.\\-]*";
    private static final List<Rule> RULES = List.of(
            rule(Kind.INSTR, "NOP|nop"),
            rule(Kind.SKIP, "[ \\t\\r\\n]"),
            rule(Kind.COMMENT, "\\(\\*"),
            rule(Kind.NUM, "0[xX][0-9a-fA-F]+|-?[0-9]+"),
            rule(Kind.PROC, "P-?[0-9]+"),
            rule(Kind.SYMB_REG, "%" + NAME),
            rule(Kind.COMMA, ","), rule(Kind.AMPER, "&"), rule(Kind.SEMI, ";"), rule(Kind.COLON, ":"),
            rule(Kind.PLUS, "\\+"), rule(Kind.LBRK, "\\["), rule(Kind.RBRK, "\\]"), rule(Kind.LPAR, "\\("),
            rule(Kind.RPAR, "\\)"), rule(Kind.LCURLY, "\\{"), rule(Kind.RCURLY, "\\}"), rule(Kind.EQUAL, "="),
            rule(Kind.EQUALEQUAL, "=="), rule(Kind.NOTEQUAL, "!=|<>"), rule(Kind.IMPLIES, "=>"),
            rule(Kind.AND, "/\\\\"), rule(Kind.OR, "\\\\/"), rule(Kind.NOT, "~|not"),
            rule(Kind.TRUE, "true"), rule(Kind.FALSE, "false"), rule(Kind.OBSERVED, "observed|Observed"),
            rule(Kind.TOKAND, "and"), rule(Kind.EXISTS, "exists"), rule(Kind.FORALL, "forall"),
            rule(Kind.FINAL, "final"), rule(Kind.WITH, "with"), rule(Kind.LOCATIONS, "locations"),
            rule(Kind.FILTER, "filter"), rule(Kind.FAULT, "fault|Fault"), rule(Kind.TAG, "tag|TAG"),
            rule(Kind.ATTRS, "attrs|Attrs"), rule(Kind.OA, "oa"), rule(Kind.PTE, "PTE|TTD"),
            rule(Kind.PA, "PA"), rule(Kind.ATOMIC, "_Atomic"), rule(Kind.ATOMICINIT, "ATOMIC_INIT"),
            rule(Kind.INSTR, "instr:\"[^\"]+\""),
            rule(Kind.LABEL, "label:\"P?-?[0-9]+:[^\"]+\""),
            rule(Kind.VALUE, "`[^`]+`"),
            rule(Kind.ERROR, "\\.reg|\\.s32|\\.b64|\\.b32|\\.u64|\\.u32|\\.pred"),
            rule(Kind.STAR, "\\*"),
            rule(Kind.DOLLARNAME, "\\$(?:[0-9]+|[A-Za-z]+)"),
            rule(Kind.NAME, "__int128|__uint128"),
            rule(Kind.NAME, "_?" + NAME),
            rule(Kind.ERROR, "<<"));

    private StateLexer() {}

    private static Rule rule(Kind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex));
    }

    static List<Token> tokens(String s) throws HerdSyntaxError {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        Matcher[] matchers = new Matcher[RULES.size()]; // one per rule for the whole text, moved along
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++; // SKIP: no other rule starts with white space
                continue;
            }
            Rule best = null;
            int bestEnd = i;
            for (int k = 0; k < matchers.length; k++) {
                Rule r = RULES.get(k);
                if (matchers[k] == null) {
                    matchers[k] = r.pattern().matcher(s);
                }
                Matcher m = matchers[k].region(i, n);
                if (m.lookingAt() && m.end() > bestEnd) {
                    best = r;
                    bestEnd = m.end();
                }
            }
            if (best == null) {
                throw new HerdSyntaxError("Lex error at '" + s.charAt(i) + "'");
            }
            switch (best.kind()) {
                case SKIP -> i = bestEnd;
                case COMMENT -> i = Splitter.skipComment(s, bestEnd);
                case ERROR -> throw new HerdSyntaxError("Lex error at '" + s.substring(i, bestEnd) + "'");
                default -> {
                    out.add(new Token(best.kind(), s.substring(i, bestEnd)));
                    i = bestEnd;
                }
            }
        }
        out.add(new Token(Kind.EOF, ""));
        return out;
    }
}
