package org.lkmm.cat;

import java.util.List;
import org.lkmm.ast.SourcePos;

/**
 * A global name at one point of the model: every top-level let (each let of a name makes a new
 * slot, so an earlier definition stays visible to what was defined before), an input of the
 * execution (po, rf, R ...), a primitive, an enum, a procedure or a with-from variable.
 */
final class Slot {
    enum Kind { INPUT, CONSTANT, LET, COMPONENT, REC, WITH }

    final int index;
    final String name;
    final Kind kind;
    final SourcePos pos;
    /** LET and REC: the defining expression; COMPONENT: none. */
    Node node;
    /** CONSTANT: the value (a primitive, an enum's tags, a procedure). */
    Value constant;
    /** COMPONENT: the hidden slot of the whole tuple and the position in it. */
    int whole = -1;
    int component = -1;
    /** REC: the slots of its let rec group, in binding order (itself included). */
    List<Slot> group;
    /** Analysis: inputs the value depends on, grows with and shrinks with. */
    int deps;
    int grows;
    int shrinks;
    /** For a slot holding a function: its Fun node, so an application can be analysed. */
    Node.Fun function;

    Slot(int index, String name, Kind kind, SourcePos pos) {
        this.index = index;
        this.name = name;
        this.kind = kind;
        this.pos = pos;
    }

    boolean dynamic() {
        return deps != 0;
    }
}
