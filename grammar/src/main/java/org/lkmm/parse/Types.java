package org.lkmm.parse;

import org.lkmm.parse.LitmusCParser.TypeNameContext;

final class Types {
    private Types() {}

    /** "int *", "atomic_t", "struct foo" as written, with single spaces. */
    static String text(TypeNameContext ctx) {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (var child : ctx.children) {
            if (child instanceof LitmusCParser.TypeWordContext w) {
                words.add(w.getChildCount() == 2 ? "struct " + w.ID().getText() : w.getText());
            } else if (!child.getText().equals("*")) {
                words.add(child.getText());
            }
        }
        String joined = String.join(" ", words);
        return ctx.STAR().isEmpty() ? joined : joined + " " + "*".repeat(ctx.STAR().size());
    }
}
