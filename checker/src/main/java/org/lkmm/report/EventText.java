package org.lkmm.report;

import org.lkmm.program.Event;
import org.lkmm.program.Layout;

/** An event in words: "P0:12 W x=1 (WRITE_ONCE)", "P1:20 F mb (smp_mb)". */
final class EventText {
    private EventText() {}

    static String of(Event e, Layout layout) {
        if (e.thread() < 0) {
            return "init " + layout.variables().get(e.location()) + "=" + layout.show(e.value());
        }
        String where = "P" + e.thread() + ":" + (e.pos() == null ? "?" : e.pos().line());
        String what = switch (e.kind()) {
            case READ -> "R " + loc(e, layout) + "=" + layout.show(e.value());
            case WRITE -> "W " + loc(e, layout) + "=" + layout.show(e.value());
            case FENCE -> "F " + e.fence().bellName();
            case LOCK_READ -> "LKR " + loc(e, layout);
            case LOCK_WRITE -> "LKW " + loc(e, layout);
            case UNLOCK -> "UL " + loc(e, layout);
            case LOCK_FAIL -> "LF " + loc(e, layout);
            case READ_LOCKED -> "RL " + loc(e, layout);
            case READ_UNLOCKED -> "RU " + loc(e, layout);
            default -> e.kind().name().toLowerCase().replace('_', '-') + " " + loc(e, layout);
        };
        return where + " " + what + " (" + e.primitive() + ")";
    }

    private static String loc(Event e, Layout layout) {
        return e.location() >= 0 ? layout.variables().get(e.location()) : "?";
    }
}
