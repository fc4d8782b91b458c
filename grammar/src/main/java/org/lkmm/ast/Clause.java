package org.lkmm.ast;

/** The final clause: what the test asks about its outcomes. */
public record Clause(SourcePos pos, Kind kind, Cond cond) {
    public enum Kind {
        EXISTS("exists", "Allowed"),
        NOT_EXISTS("~exists", "Forbidden"),
        FORALL("forall", "Required");

        private final String keyword;
        private final String herdWord;

        Kind(String keyword, String herdWord) {
            this.keyword = keyword;
            this.herdWord = herdWord;
        }

        public String keyword() {
            return keyword;
        }

        /** The word herd7 prints after the test name. */
        public String herdWord() {
            return herdWord;
        }
    }
}
