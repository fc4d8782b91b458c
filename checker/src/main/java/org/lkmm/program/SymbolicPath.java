package org.lkmm.program;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkmm.ast.SourcePos;
import org.lkmm.solver.Atom;
import org.lkmm.solver.Equation;

/**
 * One alternative of a thread as herd7 has it after its register stage: the memory and fence
 * events in program order, with values and locations that are constants or unknowns; each
 * register's final value; and the equations the register stage left (branch conditions on
 * read values, operations on them, cmpxchg's comparisons), which a candidate must satisfy.
 * cutAt is where a loop ran past herd's unrolling bound, if it did.
 */
public record SymbolicPath(int thread, int alternative, List<Action.Memory> events, Map<String, Atom> registers,
                           List<Equation> residual, Optional<SourcePos> cutAt) {
    public boolean cutOff() {
        return cutAt.isPresent();
    }
}
