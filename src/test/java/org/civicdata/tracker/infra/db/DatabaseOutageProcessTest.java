package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.e2e.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app as its own process on a real MariaDB of the test's own, which the test pauses (SIGSTOP),
 * resumes, kills (SIGKILL) and restarts under it; and the app itself killed in the middle of a CSV
 * import. Asserts, with the times measured: /health says DOWN within 2 s; pages rendered before are
 * served as they were (same ETag, 304 on If-None-Match, marked stale); anything else is a 503 with
 * Retry-After within 3 s (a page in HTML, the API in JSON); a staff save in a real browser says the
 * database is unavailable within 5 s and keeps the edits; after the database is back, everything
 * works again without restarting the app. The figures are printed (OUTAGE lines in the test output).
 */
@Slow
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageProcessTest {

    private static final String ADMIN = "outage-admin";
    private static final String PASSWORD = "outage test password 42";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    private static StandaloneMariaDb db;
    private static Process app;
    private static Path workDir;
    private static int port;
    private static Map<String, String> env;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void startDatabaseAndApp() throws Exception {
        db = StandaloneMariaDb.start(dir.resolve("db"));
        String url = db.createDatabase("tracker");
        port = AppProcess.freePort();
        workDir = Files.createDirectories(dir.resolve("app"));
        env = Map.of(
                "DATASOURCES_DEFAULT_URL",
                url,
                "DATASOURCES_DEFAULT_USERNAME",
                "root",
                "DATASOURCES_DEFAULT_PASSWORD",
                "",
                "PORT",
                Integer.toString(port),
                "ADMIN_USERNAME",
                ADMIN,
                "ADMIN_PASSWORD",
                PASSWORD,
                "TRACKER_SECURITY_BCRYPT_COST",
                "4");
        startApp();
    }

    private static void startApp() throws Exception {
        app = AppProcess.start(workDir, Files.createDirectories(workDir.resolve("tmp")), List.of(), env);
        AppProcess.awaitStarted(app, workDir, port, Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopAll() throws Exception {
        figures.forEach(f -> System.out.println("OUTAGE " + f));
        if (workDir != null) {
            Files.writeString(
                    Files.createDirectories(Path.of("target")).resolve("outage-app.log"), AppProcess.log(workDir));
        }
        if (browser != null) {
            browser.quit();
        }
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void theAppRidesOutAPausedAndAKilledDatabaseAndRecoversWithoutARestart() throws Exception {
        HttpResponse<String> home = get("/");
        HttpResponse<String> page = get("/j/chicago-il");
        HttpResponse<String> listing = get("/api/jurisdictions");
        get("/assets/site.css");
        for (HttpResponse<String> r : List.of(home, page, listing)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("ETag")).isPresent();
            assertThat(r.headers().firstValue("Warning")).isEmpty();
        }
        assertHealth(200, "UP");

        signIn();
        browser.get(base() + "/admin/jurisdictions/" + idOf("chicago-il"));
        typeNotes("Edited while the database was paused.");

        // Paused: the server keeps its connections open and answers nothing.
        db.pause();
        long down = untilHealthSays("DOWN");
        figures.add("paused: /health DOWN after " + down + " ms");
        assertThat(down).as("ms until /health said DOWN after SIGSTOP").isLessThan(2000);
        servesWhatItHadRendered(home, page, listing, "paused");
        answersTheRestWith503("paused", "/j/los-angeles-ca", "/api/jurisdictions?state=CA");
        saveSaysTheDatabaseIsUnavailable("paused", "Edited while the database was paused.");

        db.resume();
        long up = untilHealthSays("UP");
        figures.add("resumed: /health UP after " + up + " ms");
        saveSucceeds();
        HttpResponse<String> freshPage = get("/j/chicago-il");
        assertThat(freshPage.statusCode()).isEqualTo(200);
        assertThat(freshPage.headers().firstValue("Warning")).isEmpty();
        assertThat(freshPage.headers().firstValue("ETag"))
                .isNotEqualTo(page.headers().firstValue("ETag"));
        assertThat(freshPage.body()).contains("Edited while the database was paused.");
        HttpResponse<String> freshHome = get("/");
        HttpResponse<String> freshListing = get("/api/jurisdictions");
        assertThat(get("/j/los-angeles-ca").statusCode()).isEqualTo(200);

        // Killed: connections are refused at once.
        typeNotes("Edited while the database was down.");
        db.kill();
        down = untilHealthSays("DOWN");
        figures.add("killed: /health DOWN after " + down + " ms");
        assertThat(down).as("ms until /health said DOWN after SIGKILL").isLessThan(2000);
        servesWhatItHadRendered(freshHome, freshPage, freshListing, "killed");
        answersTheRestWith503("killed", "/j/boston-ma", "/api/jurisdictions.csv?state=MA");
        saveSaysTheDatabaseIsUnavailable("killed", "Edited while the database was down.");

        db.restart();
        up = untilHealthSays("UP");
        figures.add("restarted: /health UP after " + up + " ms");
        saveSucceeds();
        HttpResponse<String> after = get("/j/chicago-il");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("Warning")).isEmpty();
        assertThat(after.body()).contains("Edited while the database was down.");
        assertThat(get("/j/boston-ma").statusCode()).isEqualTo(200);

        String log = AppProcess.log(workDir);
        assertThat(log.split("WARN  o.c.tracker.infra.db.DatabaseHealth - The database is unavailable", -1))
                .as("each outage logged once, as a WARN")
                .hasSize(3);
        assertThat(log)
                .contains("The database is available again")
                .doesNotContain("Unexpected failure")
                .doesNotContain("Unexpected error occurred")
                .as("no stack trace in the log")
                .doesNotContain("\tat ");
    }

    @Test
    @Order(2)
    void aCsvImportKilledMidwayLeavesNoneOfItsRows() throws Exception {
        int rows = 1500;
        StringBuilder csv = new StringBuilder("slug,name,kind,state\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("outage-town-")
                    .append(i)
                    .append(",Outage Town ")
                    .append(i)
                    .append(",CITY,IL\n");
        }
        Path file = Files.writeString(dir.resolve("outage-towns.csv"), csv);
        if (browser == null) {
            signIn();
        }
        browser.get(base() + "/admin/import/jurisdictions");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload")));
        WebElement input = (WebElement) browser.executeScript(
                "return (arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('input[type=file]'))"
                        + " || arguments[0].querySelector('input[type=file]')",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
        WebElement run = wait.until(ExpectedConditions.elementToBeClickable(By.id("import-run")));
        assertThat(browser.findElement(By.id("import-summary")).getText()).startsWith(rows + " rows: " + rows + " new");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", run);
        run.click();

        // Mid-way: the progress bar has moved, and the import's transaction holds rows not committed yet.
        until(() -> progress() > 0 || importEnded(), Duration.ofSeconds(30), "the import's progress bar moves");
        double progressAtKill = importEnded() ? rows : progress();
        long uncommitted = uncommittedRows();
        app.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the app
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        figures.add("import of " + rows + " rows killed at " + (int) progressAtKill + " rows done, with " + uncommitted
                + " rows written and not committed");
        assertThat(progressAtKill).as("killed before the import finished").isLessThan(rows);

        long afterKill = importedRows();
        startApp();
        long afterRestart = importedRows();
        figures.add("rows of the import after the kill: " + afterKill + ", after the restart: " + afterRestart);
        assertThat(afterKill).as("none of the rows of an import killed mid-way").isZero();
        assertThat(afterRestart).isZero();
        try (Connection c = db.connect("tracker");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE changes LIKE '%outage-town-%'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("nor any audit entry of them").isZero();
        }
        assertHealth(200, "UP");
        assertThat(get("/api/jurisdictions").statusCode()).isEqualTo(200);
    }

    private static double progress() {
        List<WebElement> bar = browser.findElements(By.id("import-progress"));
        Object value = bar.isEmpty() ? null : bar.get(0).getDomProperty("value");
        return value == null ? 0 : Double.parseDouble(value.toString());
    }

    /** The import said it was done, or failed. */
    private static boolean importEnded() {
        String summary = browser.findElement(By.id("import-summary")).getText();
        return summary.startsWith("Imported") || summary.contains("nothing was") || summary.contains("failed");
    }

    private static long uncommittedRows() {
        try (Connection c = db.connect("tracker");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COALESCE(MAX(trx_rows_modified), 0) FROM information_schema.innodb_trx")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long importedRows() throws Exception {
        try (Connection c = db.connect("tracker");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM jurisdiction WHERE slug LIKE 'outage-town-%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void signIn() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Browser.signIn(browser, wait, base(), ADMIN, PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** The bodies rendered before the outage, as they were: same ETag, 304 on it, and said to be stale. */
    private static void servesWhatItHadRendered(
            HttpResponse<String> home, HttpResponse<String> page, HttpResponse<String> listing, String when)
            throws Exception {
        for (HttpResponse<String> before : List.of(home, page, listing)) {
            String path = before.uri().getRawPath()
                    + (before.uri().getRawQuery() == null
                            ? ""
                            : "?" + before.uri().getRawQuery());
            String etag = before.headers().firstValue("ETag").orElseThrow();
            long start = System.nanoTime();
            HttpResponse<String> again = get(path);
            long ms = millisSince(start);
            assertThat(again.statusCode()).as(when + ": " + path).isEqualTo(200);
            assertThat(again.body()).isEqualTo(before.body());
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(again.headers().firstValue("Warning"))
                    .hasValueSatisfying(w -> assertThat(w).startsWith("110"));
            HttpResponse<String> revalidated = get(path, "If-None-Match", etag);
            assertThat(revalidated.statusCode())
                    .as(when + ": " + path + " revalidated")
                    .isEqualTo(304);
            assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
            assertThat(ms).as(when + ": ms to serve " + path).isLessThan(1000);
        }
        assertThat(get("/assets/site.css").statusCode()).isEqualTo(200);
    }

    /** A page and an API response nothing was rendered for: a 503 at once, in HTML and in JSON. */
    private static void answersTheRestWith503(String when, String pagePath, String apiPath) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> page = get(pagePath);
        long pageMs = millisSince(start);
        start = System.nanoTime();
        HttpResponse<String> api = get(apiPath);
        long apiMs = millisSince(start);
        figures.add(when + ": 503 for " + pagePath + " in " + pageMs + " ms, for " + apiPath + " in " + apiMs + " ms");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.body()).contains("unavailable for a moment").doesNotContain("Exception");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(api.body()).contains("\"error\":\"unavailable\"").doesNotContain("Exception");
        assertThat(pageMs).as(when + ": ms to the 503 page").isLessThan(3000);
        assertThat(apiMs).as(when + ": ms to the 503 JSON").isLessThan(3000);
    }

    private static void saveSaysTheDatabaseIsUnavailable(String when, String typed) {
        long start = System.nanoTime();
        clickSave();
        wait.until(d -> status().contains("The database is unavailable; nothing was saved."));
        long ms = millisSince(start);
        figures.add(when + ": staff save said the database is unavailable after " + ms + " ms");
        assertThat(ms).as(when + ": ms until the save said so").isLessThan(5000);
        assertThat(notes().getDomProperty("value"))
                .as("the edit is still in the form")
                .isEqualTo(typed);
    }

    private static void saveSucceeds() {
        long start = System.nanoTime();
        clickSave();
        wait.until(d -> status().startsWith("Saved."));
        figures.add("staff save after recovery: saved in " + millisSince(start) + " ms");
    }

    private static void clickSave() {
        WebElement save = wait.until(ExpectedConditions.elementToBeClickable(By.id("save")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        browser.executeScript("document.getElementById('editor-status').textContent = ''");
        save.click();
    }

    private static String status() {
        return String.valueOf(browser.findElement(By.id("editor-status")).getDomProperty("textContent"));
    }

    private static WebElement notes() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#notes textarea")));
    }

    private static void typeNotes(String text) {
        WebElement notes = notes();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", notes);
        notes.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        notes.sendKeys(text, Keys.TAB);
    }

    /** Polls /health until it says {@code status}; the milliseconds that took. */
    private static long untilHealthSays(String status) throws Exception {
        long start = System.nanoTime();
        until(
                () -> {
                    try {
                        HttpResponse<String> health = get("/health");
                        return health.body().contains("\"status\":\"" + status + "\"");
                    } catch (IOException | InterruptedException e) {
                        return false;
                    }
                },
                Duration.ofSeconds(30),
                "/health says " + status);
        return millisSince(start);
    }

    private static void assertHealth(int code, String status) throws Exception {
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(code);
        assertThat(health.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(health.body())
                .contains("\"status\":\"" + status + "\"")
                .contains("\"database\":{\"status\":\"" + status + "\"");
    }

    private static void until(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what + "; log:\n" + AppProcess.log(workDir));
            }
            Thread.sleep(20);
        }
    }

    private static long idOf(String slug) throws Exception {
        try (Connection c = db.connect("tracker");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM jurisdiction WHERE slug = '" + slug + "'")) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return "http://127.0.0.1:" + port;
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
