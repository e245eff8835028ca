package org.claimgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real headless browser: Debian's {@code chromium} driven through its
 * {@code chromium-driver} by Selenium, against the bundled data served on an ephemeral loopback
 * port. Skipped when either binary is missing ({@code apt-get install -y chromium chromium-driver}).
 * Screenshots of each page go to {@code target/screenshots/}.
 */
class ExplorerBrowserIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("explorer.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("explorer.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    private static ServedBundledData served;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install -y chromium chromium-driver)");
        Files.createDirectories(SCREENSHOTS);
        served = new ServedBundledData(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void homeListsBenchmarksAndSearchForGsm8kFindsCplsClaims() throws IOException {
        open("/explore/");
        assertTrue(browser.findElement(By.id("top-benchmarks")).getText().contains("GSM8K"));
        screenshot("home");
        WebElement box = browser.findElement(By.cssSelector("form.search.big input[name=q]"));
        box.sendKeys("GSM8K", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/explore/search?q=GSM8K"));
        WebElement claims = browser.findElement(By.id("results-claim"));
        assertTrue(claims.findElements(By.cssSelector("a[href='/explore/paper/" + ServedBundledData.CPL_ID + "']")).size() > 0);
        assertTrue(claims.getText().contains("+10.5%"));
        screenshot("search");
    }

    @Test
    void gsm8kLeaderboardListsCplWithPlus10Point5() throws IOException {
        open("/explore/benchmark/gsm-8k");
        assertEquals("GSM8K leaderboard", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> rows = browser.findElements(By.cssSelector("#table-relative tbody tr"));
        assertTrue(rows.stream().map(WebElement::getText).anyMatch(t -> t.contains("Critical Plan Step Learning")
                && t.contains("+10.5%")), rows.stream().map(WebElement::getText).collect(Collectors.joining("\n")));
        assertFalse(browser.findElements(By.cssSelector("svg.chart rect.bar")).isEmpty());
        screenshot("benchmark");
    }

    @Test
    void paperPageHighlightsItsEvidenceSentences() throws Exception {
        open("/explore/paper/" + ServedBundledData.CPL_ID);
        List<WebElement> marks = browser.findElements(By.cssSelector("p.abstract mark"));
        assertFalse(marks.isEmpty());
        Set<String> marked = new HashSet<>();
        for (WebElement mark : marks) {
            marked.add(normalise(mark.getText()));
            assertTrue(mark.getAttribute("class").startsWith("kind-"));
        }
        Set<String> evidence = served.evidenceOf(ServedBundledData.CPL_ID).stream().map(ExplorerBrowserIT::normalise)
                .collect(Collectors.toSet());
        assertEquals(evidence, marked);
        String background = marks.get(0).getCssValue("background-color");
        assertFalse(background.equals("rgba(0, 0, 0, 0)") || background.isEmpty(), background);
        screenshot("paper");
    }

    @Test
    void graphPageDrawsNodes() throws IOException {
        open("/explore/graph/gsm8k");
        WebElement graph = browser.findElement(By.id("graph"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> graph.getAttribute("data-nodes") != null);
        int nodes = Integer.parseInt(graph.getAttribute("data-nodes"));
        int rows = browser.findElements(By.cssSelector("#edges tbody tr")).size();
        assertTrue(nodes >= 3 && rows >= 3, nodes + " nodes, " + rows + " edges");
        assertFalse(graph.findElements(By.tagName("canvas")).isEmpty(), "Cytoscape draws on canvases");
        Object errors = ((JavascriptExecutor) browser).executeScript("return typeof cytoscape");
        assertEquals("function", errors);
        screenshot("graph");
    }

    @Test
    void theSparqlLinkOpensThePagesQueryInTheFusekiUi() throws IOException {
        open("/explore/benchmark/gsm-8k");
        String href = browser.findElements(By.cssSelector("a.fuseki-ui")).get(1).getAttribute("href");
        browser.get(href);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            Object text = ((JavascriptExecutor) d).executeScript(
                    "var cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : null");
            return text != null && text.toString().contains("\"gsm8k\"") && text.toString().contains("cg:benchmark");
        });
        screenshot("fuseki-ui");
    }

    @Test
    void entityPageShowsPapersAndResults() throws IOException {
        open("/explore/entity/CPL");
        assertTrue(browser.findElement(By.id("papers")).getText().contains(ServedBundledData.CPL_TITLE));
        assertTrue(browser.findElement(By.id("results")).getText().contains("GSM8K"));
        screenshot("entity");
    }

    private static void open(String path) {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(served.uri(path).toString());
    }

    /** Saves the whole page: the window is resized to the document's height first. */
    private static void screenshot(String name) throws IOException {
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        browser.manage().window().setSize(new Dimension(1280, Math.min(4000, Math.max(800, height.intValue() + 40))));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
