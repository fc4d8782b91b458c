package org.lkmm.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkmm.enumerate.Candidate;
import org.lkmm.enumerate.Enumerator;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Axiom;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;

/**
 * A model edited by hand runs: with an axiom removed it answers as the built-in model with that
 * axiom disabled; with a relation renamed it answers as before; a type error names its place.
 */
class EditedModelTest {
    @TempDir
    Path dir;

    private static final List<String> TESTS = List.of("kernel/litmus-tests/SB+fencembonceonces.litmus",
            "kernel/litmus-tests/MP+fencewmbonceonce+fencermbonceonce.litmus", "kernel/litmus-tests/R+fencembonceonces.litmus",
            "kernel/litmus-tests/LB+poonceonces.litmus", "kernel/doc-litmus-tests/rcu/RCU+sync+read.litmus",
            "kernel/litmus-tests/IRIW+fencembonceonces+OnceOnce.litmus", "dat3m/litmus/LKMM/manual/demo/C-RR-R+WW-G.litmus");

    private Path corpusTest(String name) {
        return Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus")).resolve(name);
    }

    /** A copy of the 6.1 folder with linux-kernel.cat edited; its cfg. */
    private Path edited(String from, String to) throws IOException {
        try (Stream<Path> s = Files.list(Models.folder("linux-memory-model"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Path cat = dir.resolve("linux-kernel.cat");
        String text = Files.readString(cat);
        String changed = text.replaceAll(from, to);
        assertTrue(!changed.equals(text), "the edit applies");
        Files.writeString(cat, changed);
        return dir.resolve("linux-kernel.cfg");
    }

    private List<Candidate> candidates(String test, Lkmm builtIn) throws Exception {
        Path file = corpusTest(test);
        assumeTrue(Files.isRegularFile(file), () -> file + " not found");
        Program program = new Lowering(KernelTable.standard()).lower(LitmusParser.parseFile(file));
        List<Candidate> out = new ArrayList<>();
        new Enumerator(program, builtIn, Search.EXHAUSTIVE).runAll(out::add);
        return out;
    }

    private void sameAsBuiltIn(Interpreter model, Set<Axiom> disabled) throws Exception {
        int forbiddenBefore = 0;
        for (String t : TESTS) {
            for (Candidate c : candidates(t, new Lkmm(disabled))) {
                assertEquals(c.verdict(), model.judge(c.execution()).toVerdict(), t);
                forbiddenBefore += new Lkmm().check(c.execution(), false).allowed() ? 0 : 1;
            }
        }
        assertTrue(forbiddenBefore > 0);
    }

    @Test
    void axiomRemoved() throws Exception {
        assumeTrue(Models.present(), Models::absentReason);
        for (var axiom : List.of(Axiom.PROPAGATION, Axiom.HAPPENS_BEFORE, Axiom.RCU)) {
            String check = "(acyclic|irreflexive) [a-z]+ as " + axiom.catName() + "\n";
            Files.list(dir).forEach(p -> p.toFile().delete());
            Interpreter model = Interpreter.load(ModelSource.fromCfg(edited(check, "\n"), List.of()));
            sameAsBuiltIn(model, EnumSet.of(axiom));
            assertTrue(model.facts().checks().stream().noneMatch(c -> c.name().orElse("").equals(axiom.catName())));
        }
    }

    @Test
    void relationRenamed() throws Exception {
        assumeTrue(Models.present(), Models::absentReason);
        Interpreter model = Interpreter.load(ModelSource.fromCfg(edited("\\bhb\\b", "happens-before-order"), List.of()));
        assertTrue(model.facts().name("happens-before-order").isPresent());
        assertTrue(model.facts().name("hb").isEmpty());
        sameAsBuiltIn(model, Set.of());
    }

    @Test
    void typeErrorNamesItsPlace() throws Exception {
        assumeTrue(Models.present(), Models::absentReason);
        Path cfg = edited("let com = rf \\| co \\| fr", "let com = rf | co | R");
        Interpreter model = Interpreter.load(ModelSource.fromCfg(cfg, List.of()));
        Candidate c = candidates("kernel/litmus-tests/SB+fencembonceonces.litmus", new Lkmm()).get(0);
        CatError e = assertThrows(CatError.class, () -> model.judge(c.execution()));
        String cat = dir.resolve("linux-kernel.cat").toString();
        assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(cat) + ":\\d+:21: error: type rel expected, events found"),
                e.getMessage());
    }
}
