package org.lkmm.program;

import java.util.BitSet;
import org.lkmm.solver.Atom;

/**
 * What a thread's semantics does, in program order, before values are known: memory and fence
 * events (with herd's event number, eiid, and dependencies as sets of the eiids of the reads
 * they come from), register accesses (herd makes events of them too, resolved thread by thread),
 * and the mark of a loop unrolled past herd's bound.
 */
public sealed interface Action {
    record Memory(int eiid, Kind kind, Atom location, Atom value, Annotation annotation, FenceKind fence,
                  int rmwReadEiid, boolean atomic, BitSet addr, BitSet data, BitSet ctrl, Code.Origin origin)
            implements Action {}

    record RegisterRead(int var, String register) implements Action {}

    record RegisterWrite(String register, Atom value) implements Action {}

    record CutOff(Code.Origin origin) implements Action {}
}
