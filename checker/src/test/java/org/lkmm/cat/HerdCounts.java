package org.lkmm.cat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lkmm.ast.Clause;
import org.lkmm.ast.Cond;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Location;
import org.lkmm.ast.Value;
import org.lkmm.enumerate.Candidate;
import org.lkmm.enumerate.Enumerator;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;

/**
 * herd's Positive/Negative counts and flags of a test under an interpreted model, for programs
 * whose values never depend on themselves (then each candidate is one herd execution and the
 * final clause reads plain values): every candidate of the exhaustive enumeration the model
 * allows, counted by whether the final clause holds. Also reads them from herd's own output.
 */
final class HerdCounts {
    record Counts(long positive, long negative, Set<String> flags) {}

    private static final Pattern WITNESSES = Pattern.compile("^Positive: (\\d+) Negative: (\\d+)", Pattern.MULTILINE);
    private static final Pattern FLAG = Pattern.compile("^Flag (\\S+)", Pattern.MULTILINE);

    private HerdCounts() {}

    /** Empty when the program's values can depend on themselves (herd's equations), or it is not lowered. */
    static Optional<Counts> of(Interpreter model, Path litmus) throws Exception {
        LitmusTest test = LitmusParser.parseFile(litmus);
        Program program = new Lowering(KernelTable.standard()).lower(test);
        if (!program.valuesAlwaysDetermined() || test.clause().isEmpty()) {
            return Optional.empty();
        }
        Clause clause = test.clause().get();
        Set<Integer> observed = CrossCheck.observed(test, program);
        long[] counts = new long[2];
        Set<String> flags = new TreeSet<>();
        new Enumerator(program, new Lkmm(), Search.EXHAUSTIVE).runAll(c -> {
            CatVerdict v = model.judge(c.execution(), observed, true);
            if (!v.allowed() || test.filter().isPresent() && !holds(test.filter().get(), c, program)) {
                return;
            }
            flags.addAll(v.flags());
            counts[holds(clause.cond(), c, program) ? 0 : 1]++;
        });
        return Optional.of(new Counts(counts[0], counts[1], flags));
    }

    /** herd's own counts and flags in a PATH.out of herd7-output. */
    static Optional<Counts> herd(Path out) throws Exception {
        if (!Files.isRegularFile(out)) {
            return Optional.empty();
        }
        String text = Files.readString(out);
        Matcher m = WITNESSES.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Set<String> flags = new TreeSet<>();
        Matcher f = FLAG.matcher(text);
        while (f.find()) {
            flags.add(f.group(1));
        }
        return Optional.of(new Counts(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), flags));
    }

    private static boolean holds(Cond c, Candidate x, Program p) {
        if (c instanceof Cond.And a) {
            return holds(a.left(), x, p) && holds(a.right(), x, p);
        } else if (c instanceof Cond.Or o) {
            return holds(o.left(), x, p) || holds(o.right(), x, p);
        } else if (c instanceof Cond.Implies i) {
            return !holds(i.left(), x, p) || holds(i.right(), x, p);
        } else if (c instanceof Cond.Not n) {
            return !holds(n.operand(), x, p);
        } else if (c instanceof Cond.Const k) {
            return k.value();
        }
        Cond.Equals e = (Cond.Equals) c;
        return (value(e.location(), x, p) == value(e.value(), x, p)) != e.negated();
    }

    private static long value(Location l, Candidate x, Program p) {
        if (l instanceof Location.Register r) {
            return x.registers(p.threadIndex(r.process())).getOrDefault(r.name(), 0L);
        }
        return x.finalMemory()[p.layout().index().get(((Location.Memory) l).name())];
    }

    private static long value(Value v, Candidate x, Program p) {
        if (v instanceof Value.Int i) {
            return i.value();
        } else if (v instanceof Value.Address a) {
            Integer var = p.layout().index().get(a.variable());
            return var == null ? Long.MIN_VALUE : p.layout().address(var);
        }
        return value(((Value.Of) v).location(), x, p);
    }
}
