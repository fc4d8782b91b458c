package org.lkmm.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lkmm.ast.LitmusTest;
import org.lkmm.diag.InputError;
import org.lkmm.enumerate.Candidate;
import org.lkmm.enumerate.Enumerator;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Execution;
import org.lkmm.model.Structure;
import org.lkmm.parse.LitmusParser;
import org.lkmm.parse.ParseException;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;
import org.lkmm.relation.Relation;

/**
 * The shortcuts an interpreted model gives the enumerator, checked on every candidate (all rf,
 * all co orders, forbidden ones too) of every 8th corpus test with at most 400 candidates, under
 * each model folder:
 * <ul>
 * <li>co from the orders the model's with-from generates (Interpreter.coOrders) instead of every
 * order: sound only if every candidate whose co is not among them fails the model, exact only if
 * every co among them passes the with-from; and the orders must be known for most rf choices, or
 * the enumerator would gain nothing.
 * <li>checks left out that every execution within an over-approximation passes
 * (Interpreter.passedByAll): the union of the rf and co of a structure's candidates is one; each
 * candidate judged without them must get the verdict and flags it gets with them.
 * </ul>
 */
class ModelShortcutsTest {
    private static final Path CORPUS = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"));
    private static final long LIMIT = 400;
    private static final AtomicLong candidates = new AtomicLong();
    private static final AtomicLong listed = new AtomicLong();
    private static final AtomicLong unknown = new AtomicLong();
    private static final AtomicLong judgedWithout = new AtomicLong();

    @TestFactory
    Stream<DynamicTest> everyCoLeftOutFailsTheModel() throws IOException, InputError {
        return sample(3, ModelShortcutsTest::check);
    }

    @TestFactory
    Stream<DynamicTest> checksLeftOutChangeNoVerdict() throws IOException, InputError {
        return sample(5, ModelShortcutsTest::leftOut);
    }

    /** What one property checks on one test under one model. */
    private interface Property {
        void check(Interpreter model, Path file) throws Exception;
    }

    /** The property on every 8th test of expected.tsv (from offset) under each model folder. */
    private static Stream<DynamicTest> sample(int offset, Property property) throws IOException, InputError {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("expected.tsv")), () -> "corpus not found at " + CORPUS);
        assumeTrue(Models.present(), Models::absentReason);
        List<String> files = Files.readAllLines(CORPUS.resolve("expected.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : Models.FOLDERS) {
            Interpreter model = Models.load(folder);
            IntStream.range(0, files.size()).filter(i -> i % 8 == offset).mapToObj(files::get)
                    .forEach(f -> tests.add(DynamicTest.dynamicTest(folder + " " + f,
                            () -> property.check(model, CORPUS.resolve(f)))));
        }
        return tests.stream();
    }

    private static void leftOut(Interpreter model, Path file) throws Exception {
        Unpruned u = unpruned(model, file);
        Map<Structure, Relation[]> overs = new HashMap<>();
        for (Candidate c : u.all()) {
            Execution x = c.execution();
            Relation[] over = overs.computeIfAbsent(x.structure(), k -> new Relation[] {x.rf(), x.co()});
            over[0] = over[0].union(x.rf());
            over[1] = over[1].union(x.co());
        }
        for (Candidate c : u.all()) {
            Execution x = c.execution();
            Relation[] over = overs.get(x.structure());
            Optional<boolean[]> skip = model.passedByAll(new Execution(x.structure(), x.events(), over[0], over[1]));
            if (skip.isEmpty()) {
                continue;
            }
            judgedWithout.incrementAndGet();
            assertEquals(model.judge(x, u.observed(), true), model.judge(x, u.observed(), true, skip.get()),
                    "checks left out " + Arrays.toString(skip.get()));
        }
    }

    /** A test's every candidate, forbidden ones too, under an interpreted model without shortcuts. */
    private record Unpruned(Set<Integer> observed, List<Candidate> all) {}

    private static Unpruned unpruned(Interpreter model, Path file) throws Exception {
        LitmusTest test;
        Program program;
        try {
            test = LitmusParser.parseFile(file);
            program = new Lowering(KernelTable.standard()).lower(test);
        } catch (ParseException | InputError e) {
            assumeTrue(false, "not lowered: " + e.getMessage());
            return null;
        }
        Set<Integer> observed = CrossCheck.observed(test, program);
        List<Candidate> all = new ArrayList<>();
        // every rf and every co order, with no shortcut: what the model sees unpruned
        new Enumerator(program, new CatModel(model, "cat").observing(observed), Search.EXHAUSTIVE).runAll(c -> {
            if (all.size() <= LIMIT) {
                all.add(c);
            }
        });
        assumeTrue(all.size() <= LIMIT, "more than " + LIMIT + " candidates");
        return new Unpruned(observed, all);
    }

    private static void check(Interpreter model, Path file) throws Exception {
        Unpruned u = unpruned(model, file);
        Set<Integer> observed = u.observed();
        Map<Relation, Optional<List<Map<Integer, List<int[]>>>>> byRf = new HashMap<>();
        for (Candidate c : u.all()) {
            Execution x = c.execution();
            Optional<List<Map<Integer, List<int[]>>>> orders = byRf.computeIfAbsent(x.rf(),
                    rf -> model.coOrders(x.structure(), x.events(), rf, observed, coSpace(x.events())));
            candidates.incrementAndGet();
            if (orders.isEmpty()) {
                unknown.incrementAndGet();
                continue;
            }
            CatVerdict v = model.judge(x, observed, false);
            if (among(x, orders.get())) {
                listed.incrementAndGet();
                assertTrue(v.failed().map(f -> !f.equals("with co")).orElse(true),
                        "a co among the model's orders fails its with-from: " + x.co());
            } else {
                assertTrue(!v.allowed(), "a co left out is allowed: " + x.co() + " rf " + x.rf());
            }
        }
    }

    /** Whether the candidate's co takes, in some alternative, one of the orders at every location it names. */
    private static boolean among(Execution x, List<Map<Integer, List<int[]>>> alternatives) {
        for (Map<Integer, List<int[]>> alternative : alternatives) {
            boolean all = true;
            for (Map.Entry<Integer, List<int[]>> e : alternative.entrySet()) {
                int[] mine = orderAt(x, e.getValue().isEmpty() ? null : e.getValue().get(0));
                all &= mine != null && e.getValue().stream().anyMatch(o -> Arrays.equals(o, mine));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The candidate's co on the events of a model order, first to last (null if those are no chain of co). */
    private static int[] orderAt(Execution x, int[] like) {
        if (like == null) {
            return null;
        }
        Integer[] events = Arrays.stream(like).boxed().toArray(Integer[]::new);
        Relation co = x.co();
        Arrays.sort(events, (a, b) -> a.equals(b) ? 0 : co.contains(a, b) ? -1 : 1);
        int[] out = Arrays.stream(events).mapToInt(Integer::intValue).toArray();
        for (int i = 0; i + 1 < out.length; i++) {
            if (!co.contains(out[i], out[i + 1])) {
                return null;
            }
        }
        return out;
    }

    /** Every pair of distinct writes (initial ones and lock writes included) of a location. */
    private static Relation coSpace(List<Event> events) {
        Relation.Builder b = Relation.builder(events.size());
        for (int a = 0; a < events.size(); a++) {
            for (int c = 0; c < events.size(); c++) {
                if (a != c && writes(events.get(a)) && writes(events.get(c))
                        && events.get(a).location() == events.get(c).location()) {
                    b.add(a, c);
                }
            }
        }
        return b.build();
    }

    private static boolean writes(Event e) {
        return e.isWrite() || e.kind() == Kind.INIT;
    }

    @AfterAll
    static void summary() {
        System.out.printf("co orders from the model: %d candidates, %d with a co among the orders, %d where the"
                + " model left co to the enumerator; %d judged leaving out the checks all passed%n", candidates.get(),
                listed.get(), unknown.get(), judgedWithout.get());
        if (candidates.get() > 1000) {
            assertTrue(unknown.get() * 4 < candidates.get(), "the model leaves co to the enumerator too often: "
                    + unknown.get() + " of " + candidates.get());
        }
    }
}
