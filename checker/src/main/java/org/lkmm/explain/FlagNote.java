package org.lkmm.explain;

import java.util.List;
import java.util.Optional;
import org.lkmm.enumerate.Candidate;

/**
 * Why the test raises a flag: an allowed execution that raises it, and the pairs of events it
 * is about (for data-race: the racing accesses, each named by the race relation that holds it,
 * with why nothing orders them), or the flag's meaning when it is about no pair.
 */
public record FlagNote(String flag, String meaning, Optional<Candidate> example, List<Step> pairs) {}
