package org.lkmm.program;

import java.util.List;
import java.util.Optional;
import org.lkmm.diag.InputError;
import org.lkmm.solver.Arithmetic;
import org.lkmm.solver.Atom;

/**
 * When herd7 refuses a load from a constant that is no address ("Non symbolic location with no
 * initial write"): herd checks it once per event structure (a choice of one path per thread),
 * after the register equations and before any rf is chosen (mem.ml, map_load_possible_stores),
 * and only when no store of that structure might feed the load: none at the same constant, and
 * none whose address is still unknown (computed from a read). Otherwise the load just finds no
 * write once memory is solved, and its candidates vanish (States 0 when nothing else is left).
 * So the test is refused when some choice of paths leaves the load without such a store.
 */
final class NoInitialWrite {
    private final List<List<SymbolicPath>> threads;

    NoInitialWrite(List<List<SymbolicPath>> threads) {
        this.threads = threads;
    }

    /** herd7's error for the first load it refuses, thread by thread, path by path, if any. */
    Optional<InputError> refusal() {
        for (List<SymbolicPath> paths : threads) {
            for (SymbolicPath p : paths) {
                for (Action.Memory e : p.events()) {
                    if (e.kind() == Kind.READ && e.location() instanceof Atom.Val v && !Arithmetic.isAddress(v.value())
                            && refuses(p, e, v.value())) {
                        return Optional.of(new InputError(e.origin().pos(),
                                "Non symbolic location with no initial write: '[" + v.value() + "]'"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether herd7 refuses the test for this load from address in path p. */
    boolean refuses(SymbolicPath p, Action.Memory load, long address) {
        if (mayFeed(p, address, load)) {
            return false;
        }
        for (List<SymbolicPath> paths : threads) {
            if (paths.isEmpty()) {
                return false; // a thread with no path: no event structure at all
            }
            if (paths.get(0).thread() != p.thread() && paths.stream().allMatch(q -> mayFeed(q, address, null))) {
                return false; // whatever path that thread takes, a store of it may feed the load
            }
        }
        return true;
    }

    /** Whether q has a store at that constant, or at an address not known before memory is solved. */
    private static boolean mayFeed(SymbolicPath q, long address, Action.Memory load) {
        for (Action.Memory m : q.events()) {
            if (m.kind() != Kind.WRITE || load != null && m.rmwReadEiid() == load.eiid()) {
                continue; // the load's own RMW write comes after it in its instruction
            }
            if (m.location() instanceof Atom.Var || m.location() instanceof Atom.Val v && v.value() == address) {
                return true;
            }
        }
        return false;
    }
}
