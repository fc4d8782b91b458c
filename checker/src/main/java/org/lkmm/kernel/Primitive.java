package org.lkmm.kernel;

import java.util.List;
import java.util.Optional;

/**
 * One kernel primitive: its form, its ordering ("once", "acquire", "release", "mb" or a fence
 * kind), its argument roles, the arithmetic operator of atomics and an optional test applied to
 * the result ("==0", "<0").
 */
public record Primitive(String name, Form form, String ordering, List<Role> args, char op,
                        Optional<String> resultTest) {
    public int arity() {
        return args.size();
    }

    public int argument(Role role) {
        return args.indexOf(role);
    }
}
