package org.lkmm.program;

import java.util.List;
import java.util.Map;
import org.lkmm.solver.Atom;
import org.lkmm.solver.Equation;

/**
 * One alternative of a thread as herd7 has it after its register stage: the memory and fence
 * events in program order, with values and locations that are constants or unknowns; each
 * register's final value; and the equations the register stage left (branch conditions on
 * read values, operations on them, cmpxchg's comparisons), which a candidate must satisfy.
 * cutOff marks a loop unrolled past herd's bound.
 */
public record SymbolicPath(int thread, int alternative, List<Action.Memory> events, Map<String, Atom> registers,
                           List<Equation> residual, boolean cutOff) {}
