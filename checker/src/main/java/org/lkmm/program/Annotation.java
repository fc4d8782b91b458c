package org.lkmm.program;

/** Access annotations of linux-kernel.bell ('once, 'acquire, 'release, 'noreturn) plus plain C. */
public enum Annotation {
    PLAIN,
    ONCE,
    ACQUIRE,
    RELEASE,
    NORETURN;

    public static Annotation of(String ordering) {
        return switch (ordering) {
            case "acquire" -> ACQUIRE;
            case "release" -> RELEASE;
            case "noreturn" -> NORETURN;
            default -> ONCE;
        };
    }
}
