package org.lkmm.swiotlb.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every litmus/swiotlb/NAME.litmus has a JCStress mirror named after it, and vice versa; a
 * mirror of a Never test has FORBIDDEN rows and no interesting ones, a mirror of a Sometimes
 * test the reverse, and no mirror has a catch-all row.
 */
class PairingTest {
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../../litmus"), "swiotlb");
    private static final Path MIRRORS = Path.of("src/main/java/org/lkmm/swiotlb/stress");

    /** swiotlb-new-pool-no-mb -> SwiotlbNewPoolNoMb */
    static String className(String stem) {
        return Arrays.stream(stem.split("-"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
    }

    @Test
    void everyLitmusTestHasItsMirrorAndEveryMirrorItsTest() throws IOException {
        Set<String> fromLitmus;
        try (Stream<Path> files = Files.list(LITMUS)) {
            fromLitmus = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".litmus"))
                    .map(n -> className(n.substring(0, n.length() - ".litmus".length())))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> mirrors;
        try (Stream<Path> files = Files.list(MIRRORS)) {
            mirrors = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Swiotlb"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(fromLitmus, mirrors);
    }

    @Test
    void eachMirrorExpectsWhatItsLitmusTestSays() throws IOException {
        try (Stream<Path> files = Files.list(LITMUS)) {
            for (Path litmus : files.filter(p -> p.toString().endsWith(".litmus")).toList()) {
                String name = litmus.getFileName().toString();
                String result = Files.readAllLines(litmus).stream().filter(l -> l.contains("Result:"))
                        .findFirst().orElseThrow().replaceAll(".*Result:\\s*", "").trim();
                String mirror = Files.readString(MIRRORS.resolve(className(name.replace(".litmus", "")) + ".java"));
                String expect = result.equals("Never") ? "expect = FORBIDDEN" : "expect = ACCEPTABLE_INTERESTING";
                assertEquals(true, mirror.contains(expect), name + " is " + result + ": its mirror needs " + expect);
                String other = result.equals("Never") ? "expect = ACCEPTABLE_INTERESTING" : "expect = FORBIDDEN";
                assertEquals(false, mirror.contains(other), name + " is " + result + ": its mirror must not say " + other);
                assertEquals(false, mirror.contains("@Outcome(expect"), name + ": an @Outcome without an id is a catch-all");
            }
        }
    }
}
