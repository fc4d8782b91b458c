package org.lkmm.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lkmm.ast.Cond;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Location;
import org.lkmm.enumerate.Candidate;
import org.lkmm.parse.herd.Capability;
import org.lkmm.program.Program;

/** The final-state questions other layers ask of one execution. */
public final class FinalStates {
    private FinalStates() {}

    public static boolean holds(Program program, Candidate candidate, Cond cond) {
        return of(program, candidate).holds(cond);
    }

    /** A candidate's final state as herd7 sees it (unknowns where its equations leave values open). */
    private static FinalState of(Program program, Candidate candidate) {
        MemoryStage stage = new MemoryStage(program);
        MemoryStage.Resolution r = stage.needed() ? stage.resolve(candidate) : MemoryStage.Resolution.DETERMINED;
        return new FinalState(program, candidate, stage, r);
    }

    /** A proposition as herd's Condition line prints it, in parentheses. */
    public static String text(Cond cond) {
        return "(" + CondText.of(cond) + ")";
    }

    /** herd's order of locations in a state line: registers by process then name, then memory by name, tag and capability. */
    static final Comparator<Location> HERD_ORDER = Comparator
            .comparingInt((Location l) -> l instanceof Location.Register ? 0 : 1)
            .thenComparingInt(l -> l instanceof Location.Register r ? r.process() : 0)
            .thenComparing(l -> l instanceof Location.Register r ? r.name() : "")
            .thenComparing(l -> l instanceof Location.Memory m ? Capability.Key.of(m.name()) : Capability.Key.of(""));

    /**
     * The locations a state line shows: the test's locations list and those the proposition
     * reads (both sides of a comparison of two locations), each once, in herd's order.
     */
    public static List<Location> observed(LitmusTest test, Cond cond) {
        List<Location> raw = new ArrayList<>(test.locations());
        raw.addAll(cond.locations());
        Set<String> seen = new HashSet<>();
        List<Location> out = new ArrayList<>();
        for (Location l : raw) {
            if (seen.add(l.toString())) {
                out.add(l);
            }
        }
        out.sort(HERD_ORDER);
        return out;
    }

    /** "loc=value;" for each location, as a state line. */
    public static String show(LitmusTest test, Program program, Candidate candidate, List<Location> locations) {
        return of(program, candidate).show(StateColumns.of(test, locations, program.layout()), locations);
    }
}
