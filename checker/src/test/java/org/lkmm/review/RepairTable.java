package org.lkmm.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lkmm.ast.LitmusTest;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.review.repair.Costs;
import org.lkmm.review.repair.EditedLine;
import org.lkmm.review.repair.Fix;
import org.lkmm.review.repair.Move;
import org.lkmm.review.repair.Repair;
import org.lkmm.review.repair.Repairer;
import org.lkmm.review.repair.Strengthenings;
import org.lkmm.review.repair.Strip;
import org.lkmm.verdict.Checker;

/**
 * litmus/REPAIR.md: repair measured on real fixes. Each test that is Never as written is
 * stripped of its ordering (Strip) and repaired with the default costs; a row says what was
 * taken out and what it cost, what the stripped test gives, and the cheapest fixes found.
 */
final class RepairTable {
    /** One test's measurement. */
    record Row(String label, Strip.Stripped stripped, Repair repair) {
        /** Whether repair restored Never (or nothing needed restoring) at no more than the original's cost. */
        boolean restored() {
            return switch (repair.status()) {
                case ALREADY_MET -> true;
                case FIXED -> repair.cost() <= stripped.cost() && repair.fixes().stream().allMatch(RepairTable::forbids);
                default -> false;
            };
        }

        boolean cheaper() {
            return restored() && cost() < stripped.cost();
        }

        int cost() {
            return repair.status() == Repair.Status.FIXED ? repair.cost() : 0;
        }
    }

    private final KernelTable kernel = KernelTable.standard();
    private final Strengthenings table = Strengthenings.standard();
    private final Costs costs = Costs.standard();
    private final Repairer repairer = new Repairer(new Checker(kernel, new Lkmm()), kernel, table,
            Repairer.Options.defaults().withWant(Optional.of("Never")));

    static boolean forbids(Fix f) {
        return f.verdict().equals("Never") && !f.flags().contains("data-race");
    }

    Row measure(String label, Path file) throws Exception {
        String text = Files.readString(file);
        LitmusTest test = LitmusParser.parse(label, text);
        Strip.Stripped stripped = Strip.of(text, test, kernel, table, costs);
        return new Row(label, stripped, repairer.repair(label, stripped.text()));
    }

    /** The swiotlb patterns whose Result: line says Never, by name. */
    static List<Path> swiotlbNever(Path litmus) throws IOException {
        try (Stream<Path> s = Files.list(litmus.resolve("swiotlb"))) {
            List<Path> out = new ArrayList<>();
            for (Path p : s.filter(x -> x.toString().endsWith(".litmus")).sorted().toList()) {
                if (LitmusParser.parseFile(p).expectedResult().orElse("").equals("Never")) {
                    out.add(p);
                }
            }
            return out;
        } catch (org.lkmm.parse.ParseException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The kernel's tests herd7 answers Never (expected.tsv), by path. */
    static List<String> kernelNever(Path corpus) throws IOException {
        return Files.readAllLines(corpus.resolve("expected.tsv")).stream().map(l -> l.split("\t"))
                .filter(f -> f[0].startsWith("kernel/") && f[1].equals("Never")).map(f -> f[0]).sorted().toList();
    }

    static String section(String title, List<Row> rows) {
        StringBuilder b = new StringBuilder("## ").append(title).append("\n\n");
        b.append("| test | ordering taken out | cost | stripped | cheapest fixes found | cost | search | |\n");
        b.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            String taken = r.stripped().sites().isEmpty() ? "none"
                    : r.stripped().sites().stream().map(s -> "P" + s.process() + ":" + s.line() + " " + s.primitive()
                            + (s.becomes().equals("-") ? "" : " -> " + s.becomes())).collect(Collectors.joining(", "));
            String stripped = r.repair().verdict() + (r.repair().flags().isEmpty() ? "" : " (" + String.join(", ", r.repair().flags()) + ")");
            String fixes = switch (r.repair().status()) {
                case ALREADY_MET -> "none needed";
                case FIXED -> r.repair().fixes().stream().map(f -> f.moves().stream().map(Move::describe)
                        .collect(Collectors.joining("; "))).collect(Collectors.joining(" **or** "));
                default -> "none found";
            };
            String search = r.repair().status() == Repair.Status.FIXED
                    ? (r.repair().search().equals("exact") ? "exact" : "beam") + ", " + r.repair().checked() : "-";
            String mark = !r.restored() ? "NOT RESTORED" : r.cheaper() ? "cheaper" : "";
            b.append("| `").append(r.label()).append("` | ").append(taken).append(" | ").append(r.stripped().cost())
                    .append(" | ").append(stripped).append(" | ").append(fixes).append(" | ").append(r.cost())
                    .append(" | ").append(search).append(" | ").append(mark).append(" |\n");
        }
        return b.append('\n').toString();
    }

    /** Each fix cheaper than the original, as the lines it edits in the stripped test, with its re-check. */
    static String cheaperDetails(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        for (Row r : rows) {
            if (!r.cheaper() || r.repair().status() != Repair.Status.FIXED) {
                continue;
            }
            b.append("### `").append(r.label()).append("`: ").append(r.cost()).append(" instead of ")
                    .append(r.stripped().cost()).append("\n\n");
            for (Fix f : r.repair().fixes()) {
                b.append("Re-checked: ").append(f.verdict()).append(' ').append(f.positive()).append(' ')
                        .append(f.negative()).append(f.flags().isEmpty() ? ", no flags" : ", flags " + f.flags()).append(".\n\n```\n");
                for (EditedLine l : f.lines()) {
                    b.append(String.format("line %-3d - %s%n", l.line(), l.before().strip()));
                    for (String after : l.after()) {
                        b.append(String.format("         + %s%n", after.strip()));
                    }
                }
                b.append("```\n\n");
            }
        }
        return b.toString();
    }
}
