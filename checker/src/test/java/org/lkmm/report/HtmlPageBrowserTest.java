package org.lkmm.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lkmm.explain.Explainer;
import org.lkmm.explain.Explanation;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.review.Review;
import org.lkmm.review.Reviewer;
import org.lkmm.verdict.Checker;

/**
 * The pages explain --html and review --html write, opened in a real browser: Debian's chromium,
 * headless, takes a screenshot (kept in target/browser, not committed) that must show the
 * picture (its rf (red) and co (blue) edges, its event boxes and the bold black cycle) and, on
 * review's page, the review table. Skips when chromium is absent, as it is in CI unless installed.
 */
class HtmlPageBrowserTest {
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../litmus"));

    private static Optional<Path> chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void theSwiotlbNewPoolPageShowsThePictureInHeadlessChromium() throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "chromium not installed (apt-get install chromium): browser test skipped");
        Path f = LITMUS.resolve("swiotlb/swiotlb-new-pool.litmus");
        Explanation x = new Explainer(KernelTable.standard(), new Lkmm()).explain(f.toString(), LitmusParser.parseFile(f));
        BufferedImage image = screenshot(browser.get(), "swiotlb-new-pool", HtmlPage.of("lkmm explain swiotlb-new-pool",
                List.of(new HtmlPage.Part(x.test(), Optional.of(x), Optional.empty(), Optional.empty()))), 1000);
        assertTrue(near(image, 0xcc0000) > 50, "red rf edges on screen");
        assertTrue(near(image, 0x0044cc) > 50, "blue co edges on screen");
        assertTrue(near(image, 0xeef3fb) > 2000, "event boxes on screen");
        assertTrue(near(image, 0x000000) > 300, "the cycle's bold black edges and text on screen");
    }

    /** review --html's page: the picture and the review table, its NEEDED, WEAKENABLE and REDUNDANT rows in colour. */
    @Test
    void theSwiotlbNewPoolReviewPageShowsTheTableInHeadlessChromium() throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "chromium not installed (apt-get install chromium): browser test skipped");
        Path f = LITMUS.resolve("swiotlb/swiotlb-new-pool.litmus");
        var test = LitmusParser.parseFile(f);
        Explanation x = new Explainer(KernelTable.standard(), new Lkmm()).explain(f.toString(), test);
        Review r = new Reviewer(new Checker(KernelTable.standard(), new Lkmm()), KernelTable.standard()).review(f.toString(), test);
        assertTrue(r.meetsExpectation(), "swiotlb-new-pool meets its Result: line");
        BufferedImage image = screenshot(browser.get(), "swiotlb-new-pool-review", HtmlPage.of("lkmm review swiotlb-new-pool",
                List.of(new HtmlPage.Part(x.test(), Optional.of(x), Optional.of(r), Optional.empty()))), 2400);
        assertTrue(near(image, 0xcc0000) > 50, "red rf edges of the picture on screen");
        assertTrue(near(image, 0xcccccc) > 2000, "the table's cell borders on screen");
        assertTrue(near(image, 0xaa3333) > 50, "NEEDED rows on screen");
        assertTrue(near(image, 0xaa6600) > 50, "WEAKENABLE rows on screen");
        assertTrue(near(image, 0x1a6b1a) > 50, "REDUNDANT rows (and the green verdict) on screen");
    }

    /** Writes the page to target/browser/NAME.html and has headless chromium take its screenshot NAME.png. */
    private static BufferedImage screenshot(Path browser, String name, String html, int height) throws Exception {
        Path out = Path.of("target", "browser").toAbsolutePath();
        Files.createDirectories(out);
        Path page = out.resolve(name + ".html");
        Files.writeString(page, html);
        Path shot = out.resolve(name + ".png");
        Files.deleteIfExists(shot);
        Path profile = Files.createTempDirectory(out, "profile-");
        Process p = new ProcessBuilder(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280," + height, "--screenshot=" + shot,
                page.toUri().toString())).redirectErrorStream(true).redirectOutput(out.resolve(name + ".log").toFile()).start();
        boolean finished = p.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
        }
        assertTrue(finished, "chromium finished");
        assertTrue(Files.isRegularFile(shot), "chromium wrote the screenshot; see " + out.resolve(name + ".log"));
        return ImageIO.read(shot.toFile());
    }

    /** How many pixels are within a small distance of the colour. */
    private static int near(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y);
                int d = Math.abs(((c >> 16) & 0xff) - ((rgb >> 16) & 0xff)) + Math.abs(((c >> 8) & 0xff) - ((rgb >> 8) & 0xff))
                        + Math.abs((c & 0xff) - (rgb & 0xff));
                if (d < 40) {
                    n++;
                }
            }
        }
        return n;
    }
}
