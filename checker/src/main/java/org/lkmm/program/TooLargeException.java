package org.lkmm.program;

/** A test whose candidate values exceed the checker's memory budget: reported, never guessed. */
public final class TooLargeException extends RuntimeException {
    public TooLargeException(String message) {
        super(message);
    }
}
