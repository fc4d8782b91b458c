package org.lkmm.review.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The lines a fix edits, before and after: what a developer reads in a review. */
final class Lines {
    private Lines() {}

    static List<EditedLine> edited(SourceText source, Spelling spelling, List<Move> moves) {
        Map<Integer, List<TextEdit>> byLine = new TreeMap<>();
        for (Move m : moves) {
            for (TextEdit e : spelling.edits(m)) {
                byLine.computeIfAbsent(source.lineOf(e.offset()), k -> new ArrayList<>()).add(e);
            }
        }
        List<EditedLine> out = new ArrayList<>();
        byLine.forEach((line, edits) -> {
            String before = source.line(line);
            int start = source.lineStartOf(source.offset(new org.lkmm.ast.SourcePos("", line, 1)));
            List<TextEdit> local = edits.stream().map(e -> new TextEdit(e.offset() - start, e.length(), e.replacement())).toList();
            String after = new SourceText(before).apply(local);
            out.add(new EditedLine(line, before, List.of(after.split("\n", -1))));
        });
        return out;
    }
}
