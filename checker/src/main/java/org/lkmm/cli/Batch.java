package org.lkmm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BiConsumer;
import org.lkmm.enumerate.Search;
import org.lkmm.verdict.CheckOptions;
import org.lkmm.verdict.ModelChoice;

/**
 * Checks many files in parallel in one JVM and hands the outcomes on in input order. With a
 * timeout, each test's clock starts when it starts running, and an overdue test is cancelled.
 */
final class Batch {
    static final long WORKER_STACK_BYTES = 1L << 30;

    private final int jobs;
    private final double timeoutSeconds;
    private final Search search;
    private final ModelChoice model;
    private final CheckOptions options;
    private final boolean countingAllocation;

    Batch(int jobs, double timeoutSeconds, Search search, ModelChoice model) {
        this(jobs, timeoutSeconds, search, model, CheckOptions.DEFAULT, false);
    }

    private Batch(int jobs, double timeoutSeconds, Search search, ModelChoice model, CheckOptions options,
                  boolean countingAllocation) {
        this.jobs = Math.max(1, jobs);
        this.timeoutSeconds = timeoutSeconds;
        this.search = search;
        this.model = model;
        this.options = options;
        this.countingAllocation = countingAllocation;
    }

    /** The same batch, also counting the bytes each test allocates (for bench: JMX costs start-up time). */
    Batch countingAllocation() {
        return new Batch(jobs, timeoutSeconds, search, model, options, true);
    }

    /** The same batch under herd7's -speedcheck and -unroll. */
    Batch with(CheckOptions herdOptions) {
        return new Batch(jobs, timeoutSeconds, search, model, herdOptions, countingAllocation);
    }

    void run(List<Path> files, BiConsumer<Path, Outcome> inOrder) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, job -> {
            // deeply nested tests (10,000 nested ifs, 50,000-term sums, which herd7 takes) recurse
            // deep in the parser and the semantics; the stack is reserved, not committed, memory
            Thread t = new Thread(null, job, "lkmm-check", WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            AtomicLongArray started = new AtomicLongArray(files.size());
            TestRunner runner = new TestRunner(search, model, options, countingAllocation);
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    started.set(index, System.nanoTime());
                    return runner.run(f);
                }));
            }
            for (int i = 0; i < files.size(); i++) {
                Outcome o = await(futures.get(i), started, i, files.get(i).toString());
                futures.set(i, null); // a result handed on is not kept for the rest of the batch
                inOrder.accept(files.get(i), o);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome await(Future<Outcome> f, AtomicLongArray started, int index, String file) {
        try {
            if (timeoutSeconds <= 0) {
                return f.get();
            }
            while (true) {
                long start = started.get(index);
                if (start == 0) {
                    try {
                        return f.get(20, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException notStartedYet) {
                        continue;
                    }
                }
                long left = start + (long) (timeoutSeconds * 1e9) - System.nanoTime();
                return f.get(Math.max(1, left), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            f.cancel(true);
            return Outcome.timeout(file, timeoutSeconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.error(file, file + ": internal error: interrupted", ExitCodes.INTERNAL);
        } catch (ExecutionException e) {
            return Outcome.error(file, file + ": internal error: " + e.getCause(), ExitCodes.INTERNAL);
        }
    }
}
