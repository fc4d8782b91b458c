package org.lkmm.parse.herd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** herd7's Hash= line: by hand on what it depends on, and on every corpus test herd7 judged. */
class TestHashTest {
    private static final Path ROOT = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"));

    private static final String MP = """
            C MP+poonceonces

            (*
             * Result: Sometimes
             *)

            {}

            P0(int *buf, int *flag)
            {
            \tWRITE_ONCE(*buf, 1);
            \tWRITE_ONCE(*flag, 1);
            }

            P1(int *buf, int *flag)
            {
            \tint r0;
            \tint r1;

            \tr0 = READ_ONCE(*flag);
            \tr1 = READ_ONCE(*buf);
            }

            exists (1:r0=1 /\\ 1:r1=0)
            """;

    private static Optional<String> hash(String text) throws HerdSyntaxError {
        return TestHash.of(Splitter.split(text, "t.litmus"));
    }

    @Test
    void dependsOnBodiesAndObservedLocationsOnly() throws HerdSyntaxError {
        String h = hash(MP).orElseThrow();
        assertEquals(h, hash(MP.replace("C MP+poonceonces", "C Other")).orElseThrow(), "the name is not hashed");
        assertEquals(h, hash(MP.replace("exists (1:r0=1 /\\ 1:r1=0)", "~exists (1:r1=5 \\/ 1:r0=7)")).orElseThrow(),
                "values and quantifier are not hashed");
        assertEquals(h, hash(MP.replace("P1(int *buf, int *flag)", "P1(int* buf,int *flag)")).orElseThrow(),
                "parameters are reprinted");
        assertTrue(!h.equals(hash(MP.replace("\tint r0;", "  int r0;")).orElseThrow()), "bodies are hashed raw");
        assertTrue(!h.equals(hash(MP.replace("1:r1=0)", "1:r2=0)")).orElseThrow()), "observed locations are hashed");
    }

    @Test
    void aHashLineInTheHeaderIsPrintedAsItIs() throws HerdSyntaxError {
        assertEquals(Optional.of("feed"), hash(MP.replace("{}", "Hash=feed\n{}")));
        assertEquals(Optional.empty(), hash(MP.replace("{}", "hash=feed\n{}")));
    }

    @Test
    void everyCorpusTestHashesAsHerd7Did() throws IOException {
        Path expected = ROOT.resolve("expected.tsv");
        assumeTrue(Files.isRegularFile(expected), () -> "conformance corpus not found at " + ROOT.toAbsolutePath());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(expected).subList(1, Files.readAllLines(expected).size())) {
            String file = line.split("\t")[0];
            Path out = ROOT.resolve("herd7-output/6.1/" + file + ".out");
            String herdHash = Files.readAllLines(out).stream().filter(l -> l.startsWith("Hash="))
                    .map(l -> l.substring(5)).findFirst().orElse("none");
            String text = new String(Files.readAllBytes(ROOT.resolve(file)), StandardCharsets.ISO_8859_1);
            String ours;
            try {
                ours = hash(text).orElse("none");
            } catch (HerdSyntaxError e) {
                ours = "error: " + e.getMessage();
            }
            checked++;
            if (!ours.equals(herdHash)) {
                wrong.add(file + ": herd7 " + herdHash + ", lkmm " + ours);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + checked + " hashes differ:\n"
                + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
        assertEquals(4875, checked);
    }
}
