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
import org.lkmm.program.Program;

/** The final-state questions other layers ask of one execution. */
public final class FinalStates {
    private FinalStates() {}

    public static boolean holds(Program program, Candidate candidate, Cond cond) {
        return new FinalState(program, candidate).holds(cond);
    }

    /** A proposition as herd's Condition line prints it, in parentheses. */
    public static String text(Cond cond) {
        return "(" + CondText.of(cond) + ")";
    }

    /**
     * The locations a state line shows: the test's locations list and those the proposition
     * reads, each once, sorted by name.
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
        out.sort(Comparator.comparing(Location::toString));
        return out;
    }

    /** "loc=value;" for each location, as a state line. */
    public static String show(Program program, Candidate candidate, List<Location> locations) {
        return new FinalState(program, candidate).show(locations);
    }
}
