package org.lkmm.swiotlb.stress;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;

/**
 * Runs the JCStress mirrors that JCStress will not schedule on this machine: a test with more
 * actors than CPUs ("No scheduling is possible"). It reads the same annotations: each round
 * makes a stride of fresh @State objects, starts one thread per @Actor together (the threads
 * yield while they wait, so an oversubscribed machine still runs them all), lets each walk the
 * stride in the same order, runs the @Arbiter, and grades each result string by the @Outcome
 * ids (regular expressions, as in JCStress). A FORBIDDEN or unlisted outcome fails; so does a
 * test that got no samples. Time-bounded and seeded (stride sizes vary by a seeded Random).
 *
 * Usage: Oversubscribed SECONDS_PER_TEST SEED REPORT_FILE CPUS|all
 * (CPUS: the -c given to JCStress, which runs the tests with at most that many actors;
 * all runs every mirror here: a self-check of the harness.)
 */
public final class Oversubscribed {
    private Oversubscribed() {}

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        long seed = Long.parseLong(args[1]);
        Path report = Path.of(args[2]);
        boolean all = args[3].equals("all");
        int cpus = all ? 0 : Integer.parseInt(args[3]);
        List<String> lines = new ArrayList<>();
        boolean failed = false;
        for (String name : testNames()) {
            Class<?> test = Class.forName(name);
            int actors = actors(test).size();
            if (!all && actors <= cpus) {
                continue;
            }
            Result r = run(test, (long) (seconds * 1e9), new Random(seed));
            System.out.println(r.describe());
            lines.add(name + " " + r.samples() + " " + (r.ok() ? "OK" : "FAILED"));
            failed |= !r.ok();
        }
        Files.write(report, lines);
        System.out.printf("Oversubscribed: %d test(s) run (%s, %d CPUs)%s%n", lines.size(),
                all ? "all" : "more actors than CPUs", cpus, failed ? "; FAILED" : "");
        if (failed) {
            System.exit(1);
        }
    }

    /** The tests JCStress's annotation processor listed: the first field of each TestList line. */
    static List<String> testNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Oversubscribed.class.getResourceAsStream("/META-INF/TestList")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("JCTEST")) {
                    int s = line.indexOf('S', 6);
                    int len = Integer.parseInt(line.substring(6, s));
                    names.add(line.substring(s + 1, s + 1 + len));
                }
            }
        }
        return names;
    }

    static List<Method> actors(Class<?> test) {
        List<Method> actors = new ArrayList<>();
        for (Method m : test.getMethods()) {
            if (m.isAnnotationPresent(Actor.class)) {
                actors.add(m);
            }
        }
        actors.sort((a, b) -> a.getName().compareTo(b.getName()));
        return actors;
    }

    record Result(Class<?> test, Map<String, Long> seen, List<String> bad) {
        long samples() {
            return seen.values().stream().mapToLong(Long::longValue).sum();
        }

        boolean ok() {
            return bad.isEmpty() && samples() > 0;
        }

        String describe() {
            StringBuilder b = new StringBuilder(test.getSimpleName() + ": " + (ok() ? "OK" : "FAILED") + ", "
                    + samples() + " samples");
            seen.forEach((id, n) -> b.append(String.format("%n  %-8s %10d  %s", id, n, grade(test, id))));
            bad.forEach(x -> b.append("\n  ").append(x));
            return b.toString();
        }
    }

    static Result run(Class<?> test, long nanos, Random random) throws Exception {
        List<Method> actors = actors(test);
        Method arbiter = Arrays.stream(test.getMethods()).filter(m -> m.isAnnotationPresent(Arbiter.class))
                .findFirst().orElse(null);
        Class<?> resultType = resultType(actors, arbiter);
        Map<String, Long> seen = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end && bad.isEmpty()) {
            int stride = 64 << random.nextInt(4);
            Object[] states = new Object[stride];
            Object[] results = new Object[stride];
            for (int i = 0; i < stride; i++) {
                states[i] = test.getDeclaredConstructor().newInstance();
                results[i] = resultType.getDeclaredConstructor().newInstance();
            }
            runStride(actors, states, results);
            for (int i = 0; i < stride; i++) {
                if (arbiter != null) {
                    invoke(arbiter, states[i], results[i]);
                }
                String id = results[i].toString();
                seen.merge(id, 1L, Long::sum);
                Expect e = grade(test, id);
                if (e == Expect.FORBIDDEN || e == Expect.UNKNOWN) {
                    bad.add(id + " is " + e);
                }
            }
        }
        return new Result(test, seen, bad);
    }

    private static void runStride(List<Method> actors, Object[] states, Object[] results) throws InterruptedException {
        AtomicInteger ready = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        for (Method actor : actors) {
            threads.add(new Thread(() -> {
                ready.incrementAndGet();
                while (ready.get() < actors.size()) {
                    Thread.yield();
                }
                try {
                    for (int i = 0; i < states.length; i++) {
                        invoke(actor, states[i], results[i]);
                    }
                } catch (Throwable t) {
                    synchronized (errors) {
                        errors.add(t);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("an actor threw", errors.get(0));
        }
    }

    private static void invoke(Method m, Object state, Object result) {
        try {
            if (m.getParameterCount() == 0) {
                m.invoke(state);
            } else {
                m.invoke(state, result);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(m.getName(), e.getCause() != null ? e.getCause() : e);
        }
    }

    private static Class<?> resultType(List<Method> actors, Method arbiter) {
        List<Method> all = new ArrayList<>(actors);
        if (arbiter != null) {
            all.add(arbiter);
        }
        return all.stream().filter(m -> m.getParameterCount() == 1).map(m -> m.getParameterTypes()[0])
                .findFirst().orElseThrow(() -> new IllegalStateException("no result object"));
    }

    /** The expectation of the first @Outcome whose id matches, UNKNOWN if none does. */
    static Expect grade(Class<?> test, String id) {
        for (Outcome o : test.getAnnotationsByType(Outcome.class)) {
            if (o.id().length == 0) {
                return o.expect();
            }
            for (String pattern : o.id()) {
                if (id.matches(pattern)) {
                    return o.expect();
                }
            }
        }
        return Expect.UNKNOWN;
    }
}
