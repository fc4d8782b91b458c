package org.lkmm.ast;

/** A location named by the final clause or a {@code locations} list. */
public sealed interface Location {
    SourcePos pos();

    record Register(SourcePos pos, int process, String name) implements Location {
        @Override
        public String toString() {
            return process + ":" + name;
        }
    }

    record Memory(SourcePos pos, String name) implements Location {
        @Override
        public String toString() {
            return name;
        }
    }
}
