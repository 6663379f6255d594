package org.newsdesk.batch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the three HTML reports in a real browser, headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver} packages) driven through WebDriver, from {@code file://}: each renders with no console
 * message of level warning or above, makes no network request, and draws every chart (its canvas has painted
 * pixels). A screenshot of each is saved into {@code target/report-screenshots/}, or into {@code docs/} (the README's
 * pictures) with {@code -Dnewsdesk.screenshots.update=true}.
 *
 * <p>Skipped, with a message on standard error, when chromium or chromedriver is not installed, unless the
 * environment sets {@code NEWSDESK_REQUIRE_CHROMIUM=1} (as {@code .ci/run} does): then that is a failure.
 */
class ReportsBrowserTest {

    @TempDir
    static Path dir;
    static ReportFixture.Reports reports;
    static ChromeDriver driver;
    static ChromeDriverService service;

    /** Tallest screenshot, in CSS pixels: the top of a long page is what a reader sees first. */
    private static final int SHOT_HEIGHT = 2400;
    private static final int WIDTH = 1280;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = find("chromium", "chromium-browser", "google-chrome");
        Path chromedriver = find("chromedriver");
        if (chromium == null || chromedriver == null) {
            String missing = (chromium == null ? "chromium" : "") + (chromium == null && chromedriver == null
                    ? " and " : "") + (chromedriver == null ? "chromedriver" : "");
            if ("1".equals(System.getenv("NEWSDESK_REQUIRE_CHROMIUM"))) {
                fail("NEWSDESK_REQUIRE_CHROMIUM=1 but " + missing + " is not installed (Debian: apt-get install -y "
                        + "chromium chromium-driver)");
            }
            System.err.println("ReportsBrowserTest SKIPPED: " + missing + " is not installed (Debian: apt-get "
                    + "install -y chromium chromium-driver); set NEWSDESK_REQUIRE_CHROMIUM=1 to require it");
            Assumptions.abort(missing + " is not installed; set NEWSDESK_REQUIRE_CHROMIUM=1 to require it");
        }
        reports = ReportFixture.make(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + WIDTH + ",900",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--allow-file-access-from-files");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                .withLogFile(dir.resolve("chromedriver.log").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    private static Path find(String... names) {
        for (String name : names) {
            for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    @Test
    void runReport() throws Exception {
        check(reports.run(), "report-run.png", 6); // with topics over time
    }

    @Test
    void evaluationReport() throws Exception {
        check(reports.evaluate(), "report-evaluate.png", 5);
    }

    @Test
    void trainingReport() throws Exception {
        check(reports.train(), "training-report.png".replace("training-report", "report-train"), 4);
    }

    /** Opens {@code page}, checks it and saves its screenshot as {@code shot}; it must have {@code charts} charts. */
    private static void check(Path page, String shot, int charts) throws Exception {
        driver.manage().window().setSize(new Dimension(WIDTH, 900));
        driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        driver.manage().logs().get(LogType.PERFORMANCE);
        String url = page.toUri().toString();
        driver.get(url);
        JavascriptExecutor js = driver;
        long drawn = ((Number) js.executeScript(
                "return document.querySelectorAll('.chart[data-drawn=true]').length")).longValue();
        long all = ((Number) js.executeScript("return document.querySelectorAll('.chart').length")).longValue();
        assertEquals(charts, all, page + ": charts on the page");
        assertEquals(all, drawn, page + ": charts the page's script drew");

        // every chart's canvas is there, has a size and has painted pixels (not blank)
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> canvases = (List<Map<String, Object>>) js.executeScript("""
                return Array.from(document.querySelectorAll('.chart')).map(function (el) {
                  var c = el.querySelector('canvas');
                  if (!c) { return {id: el.id, width: 0, height: 0, painted: 0}; }
                  var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  var painted = 0;
                  for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { painted++; } }
                  return {id: el.id, width: c.width, height: c.height, painted: painted};
                });""");
        for (Map<String, Object> c : canvases) {
            assertTrue(((Number) c.get("width")).longValue() > 200 && ((Number) c.get("height")).longValue() > 100,
                    page + ": chart without a canvas of some size: " + c);
            long pixels = ((Number) c.get("width")).longValue() * ((Number) c.get("height")).longValue();
            assertTrue(((Number) c.get("painted")).longValue() > pixels / 100, page + ": an empty chart: " + c);
        }

        // no network: the page loaded no resource and sent no request but for itself
        long resources = ((Number) js.executeScript(
                "return performance.getEntriesByType('resource').length")).longValue();
        assertEquals(0, resources, page + ": resources fetched");
        List<String> requests = new ArrayList<>();
        int pageRequests = 0;
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String m = e.getMessage();
            if (m.contains("\"Network.requestWillBeSent\"")) {
                int at = m.indexOf("\"url\":\"");
                String requested = at < 0 ? m : m.substring(at + 7, m.indexOf('"', at + 7));
                if (requested.equals(url)) {
                    pageRequests++;
                } else {
                    requests.add(requested);
                }
            }
        }
        assertEquals(List.of(), requests, page + ": requests other than the page itself");
        assertTrue(pageRequests >= 1, "the DevTools log shows no request, not even the page's: is it on?");

        // no console message of level warning or above (a policy violation would be one)
        List<String> messages = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                messages.add(e.getLevel() + " " + e.getMessage());
            }
        }
        assertEquals(List.of(), messages, page + ": console messages");
        // the console log does reach this test: a message the test writes itself comes through
        js.executeScript("console.error('newsdesk-probe')");
        assertTrue(driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .anyMatch(e -> e.getMessage().contains("newsdesk-probe")), "the browser log does not reach the test");

        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height, SHOT_HEIGHT)));
        js.executeScript("window.scrollTo(0, 0)");
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path target = Boolean.getBoolean("newsdesk.screenshots.update") ? Path.of("docs", shot)
                : Path.of("target", "report-screenshots", shot);
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        System.err.println("ReportsBrowserTest: screenshot of " + page.getFileName() + " -> " + target);
    }
}
