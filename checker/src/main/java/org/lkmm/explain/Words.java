package org.lkmm.explain;

import org.lkmm.program.Event;
import org.lkmm.program.Layout;

/** Events named briefly for the reasons of a derivation: "P0:16 W x", "smp_mb() at P1:26". */
final class Words {
    private final Layout layout;

    Words(Layout layout) {
        this.layout = layout;
    }

    String event(Event e) {
        if (e.thread() < 0) {
            return "the initial " + location(e);
        }
        String kind = e.isRead() && e.isWrite() ? "RW" : e.isRead() ? "R" : e.isWrite() ? "W" : "F";
        return where(e) + " " + kind + (e.location() >= 0 ? " " + location(e) : "");
    }

    /** "smp_mb() at P1:26" */
    String call(Event e) {
        return e.primitive() + "() at " + where(e);
    }

    String where(Event e) {
        return "P" + e.thread() + ":" + (e.pos() == null ? "?" : e.pos().line());
    }

    String location(Event e) {
        return e.location() >= 0 ? layout.variables().get(e.location()) : "?";
    }
}
