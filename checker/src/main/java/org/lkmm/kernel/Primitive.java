package org.lkmm.kernel;

import java.util.List;
import java.util.Optional;

/**
 * One kernel primitive: its form, its ordering ("once", "acquire", "release", "mb" or a fence
 * kind), its argument roles, the arithmetic operator of atomics and an optional test applied to
 * the result ("==0", "<0"), and for a statement macro how deep its { } blocks nest.
 */
public record Primitive(String name, Form form, String ordering, List<Role> args, char op,
                        Optional<String> resultTest, int blocks) {
    public int arity() {
        return args.size();
    }

    public int argument(Role role) {
        return args.indexOf(role);
    }

    /** Whether herd7 knows it as a statement macro ({ ... }) rather than an expression macro. */
    public boolean isStatement() {
        return switch (form) {
            case STORE, STORE_MB, FENCE, ATOMIC_OP, LOCK, UNLOCK, SRCU_UNLOCK, SRCU_SYNC -> true;
            default -> false;
        };
    }
}
