package org.civicdata.tracker.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its own chromedriver: no browser is downloaded. On a
 * developer machine without Chromium these tests are skipped; in CI (CI=true) a missing browser is
 * a failure, since .ci/run installs it.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    public static ChromeDriver start() {
        return start(null);
    }

    /** As {@link #start()}, saving downloads into {@code downloads} without asking. */
    public static ChromeDriver start(Path downloads) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "CI must have Chromium and chromedriver in /usr/bin (.ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed (apt-get install chromium chromium-driver)");
        try {
            Path profile = Files.createTempDirectory("tracker-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // Without the background-networking flags Chromium floods this closed network with requests.
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            // Every request the page makes is logged, so a test can check none leaves the host.
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            if (downloads != null) {
                options.setExperimentalOption(
                        "prefs",
                        java.util.Map.of(
                                "download.default_directory",
                                downloads.toAbsolutePath().toString(),
                                "download.prompt_for_download",
                                false));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills in and submits the staff login form, as a person would. */
    public static void signIn(
            ChromeDriver driver, WebDriverWait wait, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/admin/login");
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        By usernameField = By.cssSelector("input[name='username']");
        wait.until(d -> !form.findElements(usernameField).isEmpty());
        form.findElement(usernameField).sendKeys(username);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
    }

    /** Keeps a screenshot as a test artifact under target/e2e-screenshots/. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "e2e-screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every URL the browser requested since the last call (from Chromium's performance log). */
    public static List<String> requestedUrls(ChromeDriver driver) {
        ObjectMapper json = new ObjectMapper();
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(LogEntry::getMessage)
                .map(message -> {
                    try {
                        return json.readTree(message).path("message");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .filter(m -> m.path("method").asText().equals("Network.requestWillBeSent"))
                .map(m -> m.path("params").path("request").path("url").asText())
                .toList();
    }

    /**
     * From now on every page this browser opens reports each Content-Security-Policy violation to
     * the console (a {@code securitypolicyviolation} listener added before the page's own scripts),
     * where {@link #cspViolations} finds it, next to Chromium's own "Refused to ..." messages.
     */
    public static void watchCsp(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: '
                  + e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber
                  + ' ' + (e.sample || '')));"""));
    }

    /** The console messages since the last call that tell of a Content-Security-Policy violation. */
    public static List<String> cspViolations(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("CSP violation")
                        || m.contains("Content Security Policy")
                        || m.contains("Content-Security-Policy"))
                .toList();
    }
}
