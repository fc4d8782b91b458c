package org.lkmm.parse;

import java.util.stream.Collectors;
import org.lkmm.parse.LitmusCParser.TypeNameContext;

final class Types {
    private Types() {}

    /** "int *", "atomic_t", "struct foo" as written, with single spaces. */
    static String text(TypeNameContext ctx) {
        String words = ctx.typeWord().stream()
                .map(w -> w.getChildCount() == 2 ? "struct " + w.ID().getText() : w.getText())
                .collect(Collectors.joining(" "));
        return ctx.STAR().isEmpty() ? words : words + " " + "*".repeat(ctx.STAR().size());
    }
}
