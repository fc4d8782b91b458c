package org.lkmm.differential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.parse.ParseException;
import org.lkmm.report.HerdFormat;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.TestResult;

/** One litmus text judged by herd7 and by lkmm, and how their outputs compare. */
final class Differential {
    enum Agreement { EXACT, SAME_VERDICT, DIFFERENT_VERDICT, BOTH_REJECT, ONLY_HERD_REJECTS, ONLY_LKMM_REJECTS, HERD_TIMEOUT }

    record Outcome(String name, Agreement agreement, String herd, String lkmm) {}

    private final Herd7 herd;
    private final Checker checker;
    private final Path workDir;
    private final int herdSeconds;

    /** herdSeconds: how long herd7 may take on one test before it counts as HERD_TIMEOUT. */
    Differential(Herd7 herd, Path workDir, int herdSeconds) {
        this(herd, new Checker(KernelTable.standard(), new Lkmm()), workDir, herdSeconds);
    }

    /** The same with lkmm's checker for herd's model folder (herd7 -conf that folder's linux-kernel.cfg). */
    Differential(Herd7 herd, Checker checker, Path workDir, int herdSeconds) {
        this.herd = herd;
        this.checker = checker;
        this.workDir = workDir;
        this.herdSeconds = herdSeconds;
    }

    Outcome judge(String name, String text) throws IOException, InterruptedException {
        Path file = workDir.resolve(name + ".litmus");
        Files.writeString(file, text);
        String herdOut = herd.run(file, herdSeconds);
        String lkmmOut;
        boolean lkmmRejects = false;
        try {
            TestResult r = checker.check(file.toString(), LitmusParser.parseFile(file));
            lkmmOut = HerdFormat.of(r, false);
        } catch (ParseException | InputError e) {
            lkmmOut = e.getMessage();
            lkmmRejects = true;
        } catch (RuntimeException | StackOverflowError e) {
            lkmmOut = "internal error: " + e;
            lkmmRejects = true;
        }
        Files.deleteIfExists(file);
        if (herdOut == null) {
            return new Outcome(name, Agreement.HERD_TIMEOUT, "", lkmmOut);
        }
        boolean herdRejects = !herdOut.contains("\nObservation ");
        Agreement a;
        if (herdRejects || lkmmRejects) {
            a = herdRejects && lkmmRejects ? Agreement.BOTH_REJECT
                    : herdRejects ? Agreement.ONLY_HERD_REJECTS : Agreement.ONLY_LKMM_REJECTS;
        } else if (Herd7.withoutTime(herdOut).equals(Herd7.withoutTime(lkmmOut))) {
            a = Agreement.EXACT;
        } else {
            a = observation(herdOut).equals(observation(lkmmOut)) ? Agreement.SAME_VERDICT : Agreement.DIFFERENT_VERDICT;
        }
        return new Outcome(name, a, herdOut, lkmmOut);
    }

    /** The Observation line without the test name: verdict and counts. */
    private static String observation(String out) {
        for (String line : out.split("\n")) {
            if (line.startsWith("Observation ")) {
                String[] f = line.split(" ");
                return String.join(" ", java.util.Arrays.copyOfRange(f, 2, f.length));
            }
        }
        return "";
    }
}
