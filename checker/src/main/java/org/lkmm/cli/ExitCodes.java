package org.lkmm.cli;

final class ExitCodes {
    static final int OK = 0;
    static final int EXPECTATION_FAILED = 1;
    static final int BAD_INPUT = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {}
}
