package org.lkmm.enumerate;

import java.util.BitSet;
import java.util.List;
import org.lkmm.program.Annotation;
import org.lkmm.program.Event;
import org.lkmm.program.FenceKind;
import org.lkmm.program.Kind;

/**
 * What a model structure depends on: every event's kind, location, annotations and
 * dependencies, but not the values read and written, except srcu_read_lock() cookies, which
 * srcu-bad-nesting compares.
 */
record Shape(List<EventShape> events) {
    record EventShape(int thread, Kind kind, int location, String tag, Annotation annotation, FenceKind fence,
                      int rmwRead, boolean atomic, BitSet addr, BitSet data, BitSet ctrl, long srcuValue) {}

    static Shape of(List<Event> events) {
        return new Shape(events.stream().map(e -> new EventShape(e.thread(), e.kind(), e.location(), e.tag(), e.annotation(),
                e.fence(), e.rmwRead(), e.atomic(), e.addr(), e.data(), e.ctrl(),
                e.kind().isSrcu() ? e.value() : 0)).toList());
    }
}
