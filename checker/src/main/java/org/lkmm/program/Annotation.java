package org.lkmm.program;

/** Access annotations of linux-kernel.bell ('once, 'acquire, 'release, 'noreturn) plus plain C. */
public enum Annotation {
    PLAIN,
    ONCE,
    ACQUIRE,
    RELEASE,
    NORETURN;

    /** herd's annotation: none is a plain C access. */
    public static Annotation of(String ordering) {
        return switch (ordering) {
            case "" -> PLAIN;
            case "acquire" -> ACQUIRE;
            case "release" -> RELEASE;
            case "noreturn" -> NORETURN;
            default -> ONCE;
        };
    }
}
