package org.lkmm.cat;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lkmm.ast.cat.Pat;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * The values of herd's cat interpreter (interpreter.ml, module V): the polymorphic empty and
 * universe, event sets and relations, single events and pairs, tags, sets of values, tuples,
 * closures, primitives and procedures. Class relations are not supported.
 */
sealed interface Value {
    /** {} (and the result of a sequence with an empty operand): empty as whatever is needed. */
    record Empty() implements Value {}

    /** _ : every event, or every pair, or every tag of an enum. */
    record Universe() implements Value {}

    record Events(EventSet set) implements Value {}

    record Rel(Relation rel) implements Value {}

    record Event(int event) implements Value {}

    record Pair(int from, int to) implements Value {}

    /** 'once, of the enum that declared it (type). */
    record Tag(String type, String name) implements Value {}

    /** A set of values; tagType names the enum when the elements are tags, else null. */
    record ValSet(String tagType, Set<Value> elements) implements Value {
        public ValSet {
            elements = Collections.unmodifiableSet(elements);
        }

        static ValSet of(String tagType, Set<Value> elements) {
            return new ValSet(tagType, new LinkedHashSet<>(elements));
        }
    }

    record Tuple(List<Value> elements) implements Value {}

    /** A function value: parameters, body and the local frame it was made in. */
    final class Closure implements Value {
        final Pat params;
        final Node body;
        final Locals frame;
        final String name;
        final String intrinsic;

        Closure(Pat params, Node body, Locals frame, String name, String intrinsic) {
            this.params = params;
            this.body = body;
            this.frame = frame;
            this.name = name;
            this.intrinsic = intrinsic;
        }

        @Override
        public String toString() {
            return "closure " + name;
        }
    }

    /** One of herd's built-in functions, by name (Primitives). */
    record Primitive(String name) implements Value {}

    /** A procedure: its parameters, its instructions compiled as steps. */
    record Procedure(String name, Pat params, List<Step> body) implements Value {}

    Empty EMPTY = new Empty();
    Universe UNIVERSE = new Universe();

    static String typeName(Value v) {
        if (v instanceof Empty) {
            return "{}";
        } else if (v instanceof Universe) {
            return "universe";
        } else if (v instanceof Events) {
            return "events";
        } else if (v instanceof Rel) {
            return "rel";
        } else if (v instanceof Event) {
            return "event";
        } else if (v instanceof Pair) {
            return "pair";
        } else if (v instanceof Tag t) {
            return t.type();
        } else if (v instanceof ValSet) {
            return "set";
        } else if (v instanceof Tuple) {
            return "tuple";
        } else if (v instanceof Procedure) {
            return "procedure";
        }
        return "closure";
    }
}
