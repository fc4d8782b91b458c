package org.lkmm.cat;

/**
 * The local variables in scope while an expression is evaluated (function parameters, local
 * lets, names bound by a match), innermost first. A let binds lazily, as herd does: its value is
 * computed when first looked up.
 */
final class Locals {
    static final Locals NONE = new Locals(null, (Value) null, null);

    private final String name;
    private final Locals outer;
    private Value value;
    private Thunk thunk;

    interface Thunk {
        Value force();
    }

    private Locals(String name, Value value, Locals outer) {
        this.name = name;
        this.value = value;
        this.outer = outer;
    }

    private Locals(String name, Thunk thunk, Locals outer) {
        this.name = name;
        this.thunk = thunk;
        this.outer = outer;
    }

    Locals bind(String name, Value value) {
        return name == null ? this : new Locals(name, value, this);
    }

    Locals bindLazily(String name, Thunk thunk) {
        return name == null ? this : new Locals(name, thunk, this);
    }

    /** The cell of name, to update it while a let rec is iterated. */
    Locals cell(String name) {
        for (Locals l = this; l != NONE && l != null; l = l.outer) {
            if (name.equals(l.name)) {
                return l;
            }
        }
        return null;
    }

    void set(Value v) {
        value = v;
        thunk = null;
    }

    Value get() {
        if (thunk != null) {
            value = thunk.force(); // a failure leaves the thunk for the next look-up
            thunk = null;
        }
        return value;
    }
}
