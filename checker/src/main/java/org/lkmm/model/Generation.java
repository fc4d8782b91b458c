package org.lkmm.model;

/**
 * The generations of the kernel's memory model the built-in model knows, each the files of one
 * kernel tree (tools/memory-model) definition by definition. What changed between them is
 * asked of the generation where the definitions differ (Run, Bell, LockCat, Vocabulary), so
 * each difference is one test in one place.
 */
public enum Generation {
    /** Linux 6.1's model (v5.x to v6.3): SRCU as its own events, matched by nesting. */
    LINUX_6_1("Linux 6.1"),
    /**
     * Linux 6.12's files: the v6.4 model (SRCU as loads and stores matched by data, carry-dep,
     * rmw-sequence, po-unlock-lock-po for smp_mb__after_unlock_lock) plus v6.11's lock.cat.
     */
    LINUX_6_12("Linux 6.12"),
    /** Mainline's (v6.15 on, variant lkmmv2): uppercase tags, Mb on the accesses of fully ordered RMWs, FailedRMW. */
    MAINLINE("Linux mainline, lkmmv2");

    /** The built-in default, the newest: what answers where no model is named (no -conf, --model, ./linux-kernel.cfg). */
    public static final Generation DEFAULT = MAINLINE;

    private final String title;

    Generation(String title) {
        this.title = title;
    }

    /** The generation a --model name picks: 6.1, 6.12 or mainline (also master, lkmmv2). */
    public static java.util.Optional<Generation> named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT).replaceFirst("^linux-?", "")) {
            case "6.1" -> java.util.Optional.of(LINUX_6_1);
            case "6.12", "v6.4", "6.4" -> java.util.Optional.of(LINUX_6_12);
            case "mainline", "master", "lkmmv2" -> java.util.Optional.of(MAINLINE);
            default -> java.util.Optional.empty();
        };
    }

    /** The names --model takes, for messages. */
    public static final String NAMES = "6.1, 6.12 or mainline";

    /** How reports name it: "Linux 6.12". */
    public String title() {
        return title;
    }

    /** v6.4's SRCU: srcu_read_lock() a load, srcu_read_unlock() a store, matched through data and rf. */
    boolean srcuAsAccesses() {
        return this != LINUX_6_1;
    }

    /** v6.4's carry-dep, rmw-sequence, to-r = addr ; [R], fence & int in ppo, and the after-unlock-lock of v6.4. */
    boolean v64Cat() {
        return this != LINUX_6_1;
    }

    /** v6.11's lock.cat: nested-is-locked, rf-ru from the last po-earlier unlock, SRCU among ALL-LOCKS. */
    boolean v611Locks() {
        return this != LINUX_6_1;
    }

    /** lkmmv2's bell: uppercase tags, Mb accesses, FailedRMW, RMW accesses Marked. */
    boolean lkmmv2() {
        return this == MAINLINE;
    }
}
