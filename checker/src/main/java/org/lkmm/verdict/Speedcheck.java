package org.lkmm.verdict;

import java.util.Locale;
import java.util.Optional;

/**
 * herd7's -speedcheck: aim at the condition instead of listing every final state. TRUE keeps
 * only the executions whose final state bears on the condition (it holds, for exists and
 * ~exists; it fails, for forall), as a filter would; FAST also stops at the first such
 * execution the model allows, so herd7 prints that one execution's state and flags.
 */
public enum Speedcheck {
    FALSE, TRUE, FAST;

    /** herd7's spelling, any case: false, true or fast. */
    public static Optional<Speedcheck> parse(String tag) {
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "false" -> Optional.of(FALSE);
            case "true" -> Optional.of(TRUE);
            case "fast" -> Optional.of(FAST);
            default -> Optional.empty();
        };
    }
}
