package org.lkmm.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.parse.ParseException;
import org.lkmm.verdict.Checker;

/** Files herd7 rejects (unresolved.tsv, reason ERROR) must be rejected by us with a located message. */
class HerdRejectsTest {
    @TestFactory
    Stream<DynamicTest> filesHerdRejectsAreRejected() {
        assumeTrue(Corpus.present(), Corpus::absentReason);
        Checker checker = new Checker(KernelTable.standard(), new Lkmm());
        return Corpus.rows("unresolved.tsv").stream().filter(r -> r[1].equals("ERROR")).map(row ->
                DynamicTest.dynamicTest(row[0], () -> {
                    String message = null;
                    try {
                        checker.check(row[0], LitmusParser.parseFile(Corpus.ROOT.resolve(row[0])));
                    } catch (ParseException e) {
                        message = e.getMessage();
                    } catch (InputError e) {
                        message = e.getMessage();
                    }
                    assertTrue(message != null && message.matches(".*:\\d+:\\d+: error: .+"),
                            row[0] + " was accepted, or rejected without a position: " + message);
                }));
    }
}
