package org.lkmm.program;

import java.util.BitSet;
import org.lkmm.solver.Atom;

/**
 * What a thread's semantics does, in program order, before values are known: memory and fence
 * events (with herd's event number, eiid), register accesses (herd makes events of them too,
 * resolved thread by thread), the data edges herd's composition draws between events, and the
 * mark of a loop unrolled past herd's bound. A memory event's dependencies (sets of the eiids of
 * the reads they come from) are empty until {@link Dependencies} has computed them from the
 * rest.
 */
public sealed interface Action {
    /**
     * Whether an event is a data port (a read evaluated for a value, not for an address or a
     * condition: herd's is_data), and the events of the conditions it is under (herd's control).
     */
    record Causes(boolean dataPort, int[] controlledBy) {
        static final Causes NONE = new Causes(false, Outline.NONE);
    }

    /**
     * A memory, fence, lock or SRCU event. tag is herd's annotation as the macros wrote it
     * ("once", "ONCE", "srcu-lock", a fence's "mb" ...; "" for plain C and lock events): what a
     * bell's sets are made of. annotation and fence are what the built-in model makes of it.
     */
    record Memory(int eiid, Kind kind, Atom location, Atom value, String tag, Annotation annotation,
                  FenceKind fence, int rmwReadEiid, boolean atomic, Causes causes, BitSet addr, BitSet data,
                  BitSet ctrl, Code.Origin origin) implements Action {
        static final BitSet NONE = new BitSet();

        /** An event as the semantics makes it: its dependencies are not computed yet. */
        Memory(int eiid, Kind kind, Atom location, Atom value, String tag, Annotation annotation, FenceKind fence,
               int rmwReadEiid, boolean atomic, Causes causes, Code.Origin origin) {
            this(eiid, kind, location, value, tag, annotation, fence, rmwReadEiid, atomic, causes, NONE, NONE, NONE,
                    origin);
        }

        Memory with(Atom location, Atom value, BitSet addr, BitSet data, BitSet ctrl) {
            return new Memory(eiid, kind, location, value, tag, annotation, fence, rmwReadEiid, atomic, causes, addr,
                    data, ctrl, origin);
        }
    }

    record RegisterRead(int eiid, int var, String register, Causes causes) implements Action {}

    record RegisterWrite(int eiid, String register, Atom value, Causes causes) implements Action {}

    /** herd's intra-causality data edges from every event of from to every event of to. */
    record Iico(int[] from, int[] to) implements Action {}

    record CutOff(Code.Origin origin) implements Action {}
}
