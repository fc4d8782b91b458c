package org.lkmm.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.lkmm.ast.LitmusTest;
import org.lkmm.diag.InputError;
import org.lkmm.enumerate.Search;
import org.lkmm.parse.LitmusParser;
import org.lkmm.parse.ParseException;
import org.lkmm.program.TooLargeException;
import org.lkmm.verdict.CheckOptions;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.ModelChoice;

/** Parses and checks one file, turning every failure into an Outcome. */
final class TestRunner {
    private final Checker checker;
    private final boolean countingAllocation;

    TestRunner(Search search, ModelChoice model, CheckOptions options, boolean countingAllocation) {
        this.checker = new Checker(model, search, options);
        this.countingAllocation = countingAllocation;
    }

    Outcome run(Path path) {
        long start = System.nanoTime();
        long allocatedBefore = countingAllocation ? allocated() : -1;
        Outcome o = attempt(path);
        long allocatedAfter = countingAllocation ? allocated() : -1;
        return o.took((System.nanoTime() - start) / 1e9, allocatedBefore < 0 ? -1 : allocatedAfter - allocatedBefore);
    }

    /** Bytes this thread has allocated so far, where the JVM counts them (HotSpot does), else -1. */
    private static long allocated() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                ? threads.getCurrentThreadAllocatedBytes() : -1;
    }

    private Outcome attempt(Path path) {
        String file = path.toString();
        LitmusTest test;
        try {
            test = LitmusParser.parseFile(path);
        } catch (ParseException e) {
            return Outcome.error(file, e.getMessage(), ExitCodes.BAD_INPUT);
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return failure(file, e);
        }
        try {
            return Outcome.of(file, checker.check(file, test), test.expectedResult());
        } catch (InputError e) {
            return Outcome.error(file, e.getMessage(), ExitCodes.BAD_INPUT).of(new Outcome.Named(test.name(), test.hash()));
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            return failure(file, e);
        }
    }

    /** A budget reached (the test too large, the stack or the heap) or a bug of lkmm's. */
    private static Outcome failure(String file, Throwable e) {
        if (e instanceof TooLargeException) {
            return Outcome.error(file, file + ": error: " + e.getMessage(), ExitCodes.INTERNAL);
        }
        if (e instanceof VirtualMachineError budget) {
            return Outcome.error(file, file + ": " + beyondBudget(budget), ExitCodes.INTERNAL);
        }
        return Outcome.error(file, file + ": internal error: " + e, ExitCodes.INTERNAL);
    }

    /** What lkmm says when a test needs more stack or heap than it has: a budget, not a bug. */
    static String beyondBudget(VirtualMachineError e) {
        return "error: beyond the checker's budget: " + (e instanceof StackOverflowError
                ? "nested deeper than its " + (Batch.WORKER_STACK_BYTES >> 20) + " MiB stack"
                : "the Java heap is full (-Xmx)");
    }
}
