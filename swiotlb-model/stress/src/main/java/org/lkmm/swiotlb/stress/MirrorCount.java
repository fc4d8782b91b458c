package org.lkmm.swiotlb.stress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The build's check that every mirror ran: each test in JCStress's TestList must have a result
 * page in the JCStress report directory or an OK line in the Oversubscribed report. JCStress
 * itself passes a run in which it skipped the tests it could not schedule.
 *
 * The number of tests must also be the number of litmus tests they mirror.
 *
 * Usage: MirrorCount JCSTRESS_REPORT_DIR OVERSUBSCRIBED_REPORT LITMUS_DIR
 */
public final class MirrorCount {
    private MirrorCount() {}

    public static void main(String[] args) throws Exception {
        Path jcstress = Path.of(args[0]);
        Set<String> harness = Files.readAllLines(Path.of(args[1])).stream()
                .filter(l -> l.endsWith(" OK")).map(l -> l.substring(0, l.indexOf(' ')))
                .collect(Collectors.toSet());
        List<String> all = Oversubscribed.testNames();
        long litmus;
        try (var files = Files.list(Path.of(args[2]))) {
            litmus = files.filter(p -> p.toString().endsWith(".litmus")).count();
        }
        List<String> missing = new ArrayList<>();
        int byJcstress = 0;
        int byHarness = 0;
        for (String test : all) {
            if (Files.exists(jcstress.resolve(test + ".html"))) {
                byJcstress++;
            } else if (harness.contains(test)) {
                byHarness++;
            } else {
                missing.add(test);
            }
        }
        System.out.printf("MirrorCount: %d of %d mirrors ran (%d under JCStress, %d under Oversubscribed)%n",
                byJcstress + byHarness, all.size(), byJcstress, byHarness);
        if (all.size() != litmus) {
            System.out.println("MirrorCount: " + litmus + " litmus tests but " + all.size() + " JCStress tests");
            System.exit(1);
        }
        if (!missing.isEmpty()) {
            System.out.println("MirrorCount: did not run: " + missing);
            System.exit(1);
        }
    }
}
