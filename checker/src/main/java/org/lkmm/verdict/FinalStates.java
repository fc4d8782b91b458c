package org.lkmm.verdict;

import java.util.List;
import org.lkmm.ast.Cond;
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

    /** "loc=value;" for each location, as a state line. */
    public static String show(Program program, Candidate candidate, List<Location> locations) {
        return new FinalState(program, candidate).show(locations);
    }
}
