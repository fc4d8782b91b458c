package org.lkmm.kernel;

import java.util.List;
import java.util.Optional;

/**
 * One kernel primitive: its form, its ordering as the macro's annotation writes it ("once",
 * "acquire", "mb", "ONCE" in lkmmv2's files, a fence kind; "-" for none), its argument roles, the
 * operator of atomics ("+", "&~"; "." for none), an optional test applied to the result ("==0",
 * "<0"), for a statement macro how deep its { } blocks nest, and for a store followed by a fence
 * (smp_store_mb) the fence's annotation.
 */
public record Primitive(String name, Form form, String ordering, List<Role> args, String op,
                        Optional<String> resultTest, int blocks, String fenceAfter) {
    /** The annotation herd gives the events: the ordering, or none. */
    public String tag() {
        return ordering.equals("-") ? "" : ordering;
    }

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
