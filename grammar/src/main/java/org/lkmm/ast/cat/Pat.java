package org.lkmm.ast.cat;

import java.util.List;
import java.util.Optional;

/**
 * What a binding or a function binds: one name ({@code x}, or {@code _} as an empty Optional) or
 * a tuple of them ({@code (a, b)}, {@code a, b}), as herd's Pvar and Ptuple.
 */
public record Pat(List<Optional<String>> names, boolean tuple) {
    public static Pat single(Optional<String> name) {
        return new Pat(List.of(name), false);
    }

    public static Pat of(List<Optional<String>> names) {
        return names.size() == 1 ? single(names.get(0)) : new Pat(List.copyOf(names), true);
    }
}
