package org.lkmm.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one job on a worker thread with a deep stack (as the launcher gives the main thread) and
 * an optional time limit; past it the worker is interrupted, which the enumerator heeds, and the
 * job counts as timed out.
 */
final class Bounded {
    private Bounded() {}

    /** The job's value, or empty when it ran past the limit (seconds; 0 for none). Its exceptions come through. */
    static <T> Optional<T> run(Callable<T> job, double seconds) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "lkmm-worker", 256L << 20);
            t.setDaemon(true);
            return t;
        });
        try {
            Future<T> f = pool.submit(job);
            try {
                return Optional.ofNullable(seconds > 0 ? f.get((long) (seconds * 1000), TimeUnit.MILLISECONDS) : f.get());
            } catch (TimeoutException e) {
                f.cancel(true);
                return Optional.empty();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception x) {
                    throw x;
                }
                throw (Error) e.getCause();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
