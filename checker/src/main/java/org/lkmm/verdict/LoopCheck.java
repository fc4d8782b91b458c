package org.lkmm.verdict;

import java.util.ArrayList;
import java.util.List;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.program.Program;
import org.lkmm.program.ThreadPath;

/**
 * Whether herd7 prints "Loop": a run it cut at its unrolling bound could be part of a
 * candidate, that is every read of some choice of runs, one per thread and one of them cut,
 * has a write to its location with its value (herd matches rf before the model, so the model's
 * verdict does not matter).
 */
final class LoopCheck {
    private LoopCheck() {}

    static boolean loops(Program program) {
        if (program.cutOff().stream().allMatch(List::isEmpty)) {
            return false;
        }
        return search(program, 0, false, new ArrayList<>());
    }

    private static boolean search(Program program, int thread, boolean someCut, List<ThreadPath> chosen) {
        if (thread == program.threads().size()) {
            return someCut && readsMatch(program, chosen);
        }
        for (int cut = 0; cut < 2; cut++) {
            for (ThreadPath p : (cut == 1 ? program.cutOff() : program.threads()).get(thread)) {
                chosen.add(p);
                boolean found = search(program, thread + 1, someCut || cut == 1, chosen);
                chosen.remove(chosen.size() - 1);
                if (found) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean readsMatch(Program program, List<ThreadPath> chosen) {
        for (ThreadPath reader : chosen) {
            for (Event r : reader.events()) {
                if (r.kind() == Kind.READ && !written(program, chosen, reader, r)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether some write (the initial one included) gives r its value; an RMW's write never feeds its read. */
    private static boolean written(Program program, List<ThreadPath> chosen, ThreadPath reader, Event r) {
        if (program.initialValues()[r.location()] == r.value()) {
            return true;
        }
        for (ThreadPath writer : chosen) {
            for (Event w : writer.events()) {
                boolean ownRmw = writer == reader && w.rmwRead() == r.poIndex();
                if (w.kind() == Kind.WRITE && w.location() == r.location() && w.value() == r.value() && !ownRmw) {
                    return true;
                }
            }
        }
        return false;
    }
}
