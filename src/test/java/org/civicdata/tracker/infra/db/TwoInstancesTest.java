package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntry;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.e2e.Browser;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
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
 * Two app instances, each its own process on its own port, sharing one external MariaDB server that
 * the test starts (issue 9): a publish on one is on the other's public API within its recheck
 * interval; editors on the two see who else is editing and a conflict between them is caught; the
 * sign-in limit holds for a burst of wrong passwords sent to both at once over HTTP.
 *
 * <p>Staff act in Chromium, one browser per instance (skipped without Chromium outside CI, as the
 * other browser tests). Accounts and draft records are made through the services by a third
 * application context in this JVM, configured for the same database the way the app is.
 */
@Slow
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration RECHECK = Duration.ofSeconds(1); // tracker.public.data-version-recheck
    private static final String PASSWORD = "two instances, one database";
    private static final StaffPrincipal SETUP = new StaffPrincipal("two-admin", StaffRole.ADMIN, false);
    private static final String DATABASE = "tracker_two";

    @TempDir
    static Path dir;

    private static StandaloneMariaDb db;
    private static Process appA;
    private static Process appB;
    private static int portA;
    private static int portB;
    private static ApplicationContext tools;
    private static ChromeDriver browserA;
    private static ChromeDriver browserB;
    private static final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void startDatabaseAndBothInstances() throws Exception {
        long started = System.nanoTime();
        db = StandaloneMariaDb.start(dir.resolve("db"));
        String url = db.createDatabase(DATABASE);
        portA = AppProcess.freePort();
        portB = AppProcess.freePort();
        // Both at once on an empty database: one applies the migrations, records the database's identity,
        // creates the first admin and loads the seeds while the other waits for it (FirstStartLock).
        appA = startApp("a", portA, url);
        appB = startApp("b", portB, url);
        AppProcess.awaitStarted(appA, dir.resolve("a"), portA, START_TIMEOUT);
        AppProcess.awaitStarted(appB, dir.resolve("b"), portB, START_TIMEOUT);
        tools = SharedDatabaseTools.contextOn(url);
        try (Connection c = db.connect(DATABASE);
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT (SELECT COUNT(*) FROM database_identity),"
                                        + " (SELECT COUNT(*) FROM account), (SELECT COUNT(*) FROM database_identity WHERE seeded_at IS NOT NULL)")) {
            rs.next();
            assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                    .as("one identity, one first admin, seeded")
                    .containsExactly(1, 1, 1);
        }
        AccountService accounts = tools.getBean(AccountService.class);
        for (String name : List.of("ed-one", "ed-two", "victim")) {
            accounts.create(SETUP, name, StaffRole.EDITOR, PASSWORD, false);
        }
        System.out.printf(
                "TwoInstancesTest: database and both instances up in %d ms (A on %d, B on %d)%n",
                (System.nanoTime() - started) / 1_000_000, portA, portB);
    }

    private static Process startApp(String name, int port, String url) throws IOException {
        Path work = java.nio.file.Files.createDirectories(dir.resolve(name));
        return AppProcess.start(
                work,
                work,
                List.of(),
                Map.of(
                        "PORT",
                        "" + port,
                        "DATASOURCES_DEFAULT_URL",
                        url,
                        "DATASOURCES_DEFAULT_USERNAME",
                        "root",
                        "DATASOURCES_DEFAULT_PASSWORD",
                        "",
                        "ADMIN_USERNAME",
                        "two-admin",
                        "ADMIN_PASSWORD",
                        "the first admin of two instances",
                        "TRACKER_SECURITY_BCRYPT_COST",
                        "4"));
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        for (ChromeDriver browser : new ChromeDriver[] {browserA, browserB}) {
            if (browser != null) {
                browser.quit();
            }
        }
        if (tools != null) {
            tools.close();
        }
        for (Process app : new Process[] {appA, appB}) {
            if (app != null && app.isAlive()) {
                app.destroy();
                app.waitFor(60, TimeUnit.SECONDS);
            }
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void aPublishOnOneIsOnTheOthersPublicApiWithinTheRecheckInterval() throws Exception {
        long id = draftJurisdiction("Twoville " + unique, "twoville-" + unique + "-oh", publishedSource());
        String slug = "\"slug\":\"twoville-" + unique + "-oh\"";
        assertThat(AppProcess.get(portB, "/api/jurisdictions")).doesNotContain(slug);
        WebDriverWait wait = signedIn(browserA(), portA, "ed-one");

        // Both public APIs polled from the moment before the click; the first time each shows the record.
        AtomicLong seenOnA = new AtomicLong();
        AtomicLong seenOnB = new AtomicLong();
        ExecutorService poller = Executors.newSingleThreadExecutor();
        Future<?> polling = poller.submit(() -> {
            while (seenOnA.get() == 0 || seenOnB.get() == 0) {
                for (int i = 0; i < 2; i++) {
                    AtomicLong seen = i == 0 ? seenOnA : seenOnB;
                    if (seen.get() == 0
                            && AppProcess.get(i == 0 ? portA : portB, "/api/jurisdictions")
                                    .contains(slug)) {
                        seen.set(System.currentTimeMillis());
                    }
                }
                Thread.sleep(20);
            }
            return null;
        });
        long clicked;
        try {
            browserA.get(baseUrl(portA) + "/admin/jurisdictions/" + id);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("publish")));
            clicked = System.currentTimeMillis();
            click(browserA, wait, "publish");
            wait.until(d -> status(d).startsWith("Published."));
            polling.get(30, TimeUnit.SECONDS);
        } finally {
            poller.shutdownNow();
        }

        AuditEntry publish = trail(id).stream()
                .filter(e -> e.action() == AuditAction.PUBLISH)
                .findFirst()
                .orElseThrow();
        assertThat(publish.actor()).isEqualTo("ed-one");
        long lag = seenOnB.get() - seenOnA.get();
        System.out.printf(
                "TwoInstancesTest: Publish clicked on A; on A's API after %d ms, on B's after %d ms:"
                        + " B %d ms after A%n",
                seenOnA.get() - clicked, seenOnB.get() - clicked, lag);
        // B re-reads the data version at most a second after its last read, then renders the new listing;
        // the 20 ms polling and the rendering on a busy machine get half a second on top.
        assertThat(lag).as("ms between A and B showing the publish").isLessThanOrEqualTo(RECHECK.toMillis() + 500);
    }

    @Test
    @Order(2)
    void anEditorOnOneSeesWhoHasTheRecordOpenOnTheOther() throws Exception {
        long id = draftJurisdiction("Presenceburg " + unique, "presenceburg-" + unique + "-oh", publishedSource());
        WebDriverWait waitA = signedIn(browserA(), portA, "ed-one");
        WebDriverWait waitB = signedIn(browserB(), portB, "ed-two");

        browserA.get(baseUrl(portA) + "/admin/jurisdictions/" + id);
        waitA.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#name input")));
        browserB.get(baseUrl(portB) + "/admin/jurisdictions/" + id);
        try {
            waitB.until(d -> text(d, "presence").contains("ed-one is editing this since"));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(browserB, "two-instances-presence-failed");
            throw new AssertionError(
                    "B's editor does not say that ed-one has the record open on A; it says: '"
                            + text(browserB, "presence") + "'",
                    e);
        }
        System.out.println("TwoInstancesTest: on B, the editor says: " + text(browserB, "presence"));
    }

    @Test
    @Order(3)
    void aConflictBetweenEditorsOnTheTwoOverwritesNothing() throws Exception {
        String name = "Clashton " + unique;
        long id = draftJurisdiction(name, "clashton-" + unique + "-oh", publishedSource());
        WebDriverWait waitA = signedIn(browserA(), portA, "ed-one");
        WebDriverWait waitB = signedIn(browserB(), portB, "ed-two");
        browserA.get(baseUrl(portA) + "/admin/jurisdictions/" + id);
        waitA.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#name input")));
        browserB.get(baseUrl(portB) + "/admin/jurisdictions/" + id);

        // Both have read the same version. Two saves first, on B; then one, on A: the conflict dialog.
        type(browserB, waitB, "name", name + " theirs");
        click(browserB, waitB, "save");
        waitB.until(d -> status(d).startsWith("Saved."));
        type(browserA, waitA, "name", name + " mine");
        click(browserA, waitA, "save");
        try {
            waitA.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-table")));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(browserA, "two-instances-conflict-failed");
            throw new AssertionError("no conflict dialog on A; its status says: '" + status(browserA) + "'", e);
        }
        assertThat(status(browserA)).startsWith("Not saved yet");
        Browser.screenshot(browserA, "two-instances-conflict");

        Jurisdiction stored = tools.getBean(JurisdictionService.class).find(id).orElseThrow();
        assertThat(stored.getName()).as("the stored name").isEqualTo(name + " theirs");
        List<AuditEntry> updates =
                trail(id).stream().filter(e -> e.action() == AuditAction.UPDATE).toList();
        assertThat(updates)
                .as("updates in the audit trail")
                .hasSize(1)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("ed-two"));
        assertThat(updates.get(0).changes()).contains(name + " theirs").doesNotContain(name + " mine");
        // Leave nothing unsaved behind (the browser would ask before leaving).
        click(browserA, waitA, "conflict-reload");
    }

    @Test
    @Order(4)
    void theSignInLimitHoldsForABurstOfWrongPasswordsSentToBothInstancesAtOnce() throws Exception {
        int perInstance = 10;
        // Each guess in a session of its own, its login form open; then all the guesses at once.
        List<VaadinLogin> forms = new ArrayList<>();
        for (int i = 0; i < 2 * perInstance; i++) {
            forms.add(VaadinLogin.open(i % 2 == 0 ? portA : portB));
        }
        ExecutorService pool = Executors.newFixedThreadPool(forms.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < forms.size(); i++) {
                VaadinLogin form = forms.get(i);
                String guess = "wrong guess " + i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return form.submit("victim", guess);
                }));
            }
            go.countDown();
            List<String> messages = new ArrayList<>();
            for (Future<String> answer : answers) {
                messages.add(answer.get(60, TimeUnit.SECONDS));
            }
            long checked = messages.stream()
                    .filter("Incorrect user name or password."::equals)
                    .count();
            long throttled = messages.stream()
                    .filter(m -> m != null && m.startsWith("Too many failed sign-ins"))
                    .count();
            long attempts = signInAttempts("victim");
            System.out.printf(
                    "TwoInstancesTest: %d wrong passwords at once, %d on each instance: %d checked, %d refused"
                            + " unchecked; %d attempts in sign_in_attempt%n",
                    forms.size(), perInstance, checked, throttled, attempts);

            assertThat(messages)
                    .as("every guess refused")
                    .allSatisfy(m -> assertThat(m).isNotNull());
            assertThat(checked + throttled).isEqualTo(forms.size());
            assertThat(attempts)
                    .as("password checks made by both instances")
                    .isLessThanOrEqualTo(5)
                    .isEqualTo(checked);
        } finally {
            pool.shutdownNow();
        }
        for (int port : new int[] {portA, portB}) {
            assertThat(VaadinLogin.open(port).submit("victim", PASSWORD))
                    .as("the right password, on port " + port)
                    .startsWith("Too many failed sign-ins");
        }
        assertThat(VaadinLogin.open(portB).submit("ed-two", PASSWORD))
                .as("another name is not locked")
                .isNull();
    }

    // --- staff in Chromium

    private static ChromeDriver browserA() {
        if (browserA == null) {
            browserA = Browser.start();
        }
        return browserA;
    }

    private static ChromeDriver browserB() {
        if (browserB == null) {
            browserB = Browser.start();
        }
        return browserB;
    }

    /** Signs the browser in on that instance, unless it already is. */
    private static WebDriverWait signedIn(ChromeDriver browser, int port, String username) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String current = browser.getCurrentUrl();
        if (current == null || !current.startsWith(baseUrl(port) + "/admin") || current.contains("/login")) {
            Browser.signIn(browser, wait, baseUrl(port), username, PASSWORD);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        }
        return wait;
    }

    private static void type(ChromeDriver browser, WebDriverWait wait, String componentId, String text) {
        WebElement input =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + componentId + " input")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    private static void click(ChromeDriver browser, WebDriverWait wait, String componentId) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(componentId)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static String status(org.openqa.selenium.WebDriver browser) {
        return text(browser, "editor-status");
    }

    private static String text(org.openqa.selenium.WebDriver browser, String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return found.isEmpty() ? "" : String.valueOf(found.get(0).getDomProperty("textContent"));
    }

    private static String baseUrl(int port) {
        return "http://127.0.0.1:" + port;
    }

    // --- records, through the services of the tools context

    private static long publishedSource() {
        return SharedDatabaseTools.publishedSource(tools, "Two instances source");
    }

    private static long draftJurisdiction(String name, String slug, long sourceId) {
        return SharedDatabaseTools.draftJurisdiction(tools, name, slug, sourceId);
    }

    private static List<AuditEntry> trail(long id) {
        return tools.getBean(AuditEntryRepository.class)
                .findByRecordTypeAndRecordIdOrderById(RecordType.JURISDICTION, id);
    }

    private static long signInAttempts(String username) throws Exception {
        try (Connection c = db.connect(DATABASE);
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM sign_in_attempt WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The staff login form as a browser drives it, over plain HTTP: Vaadin's bootstrap request opens a
     * session and a UI, a navigation event shows the login view, and its form's "login" event carries
     * the user name and password. Each instance is a session of its own.
     */
    static final class VaadinLogin {

        private static final ObjectMapper JSON = new ObjectMapper();
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final int port;
        private String csrf;
        private int uiId;
        private int syncId;
        private int clientId;
        private int formNode;

        private VaadinLogin(int port) {
            this.port = port;
        }

        /** A new session with the login form shown. */
        static VaadinLogin open(int port) throws Exception {
            VaadinLogin login = new VaadinLogin(port);
            HttpResponse<String> init = login.http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl(port) + "/admin/?v-r=init&location=login&query="))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(init.statusCode()).as("Vaadin's bootstrap request").isEqualTo(200);
            JsonNode config = JSON.readTree(init.body()).path("appConfig");
            JsonNode uidl = config.path("uidl");
            login.uiId = config.path("v-uiId").asInt();
            login.csrf = uidl.path("Vaadin-Security-Key").asText();
            login.syncId = uidl.path("syncId").asInt();
            login.clientId = uidl.path("clientId").asInt();
            int uiNode = nodeWith(uidl, c -> "ui-navigate".equals(c.path("key").asText()));
            JsonNode shown = login.send(Map.of(
                    "type",
                    "event",
                    "node",
                    uiNode,
                    "event",
                    "ui-navigate",
                    "data",
                    Map.of("route", "login", "query", "", "appShellTitle", "", "trigger", "")));
            login.formNode = nodeWith(
                    shown,
                    c -> "tag".equals(c.path("key").asText())
                            && "vaadin-login-form".equals(c.path("value").asText()));
            return login;
        }

        /** Submits the form: null when signed in, else the error message the form shows. */
        String submit(String username, String password) throws Exception {
            JsonNode answer = send(Map.of(
                    "type",
                    "event",
                    "node",
                    formNode,
                    "event",
                    "login",
                    "data",
                    Map.of("event.detail.username", username, "event.detail.password", password)));
            boolean error = false;
            String message = null;
            for (JsonNode change : answer.path("changes")) {
                if (change.path("node").asInt() == formNode
                        && "error".equals(change.path("key").asText())) {
                    error = change.path("value").asBoolean();
                }
                if (change.path("node").asInt() == formNode
                        && "i18n".equals(change.path("key").asText())) {
                    message = change.path("value")
                            .path("errorMessage")
                            .path("message")
                            .asText();
                }
            }
            return error ? message : null;
        }

        private JsonNode send(Map<String, Object> rpc) throws Exception {
            String body = JSON.writeValueAsString(
                    Map.of("csrfToken", csrf, "rpc", List.of(rpc), "syncId", syncId, "clientId", clientId));
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl(port) + "/admin/?v-r=uidl&v-uiId=" + uiId))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("UIDL request").isEqualTo(200);
            String text =
                    response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
            JsonNode answer = JSON.readTree(text);
            answer = answer.isArray() ? answer.get(0) : answer;
            syncId = answer.path("syncId").asInt(syncId);
            clientId = answer.path("clientId").asInt(clientId + 1);
            return answer;
        }

        private static int nodeWith(JsonNode uidl, java.util.function.Predicate<JsonNode> change) {
            for (JsonNode c : uidl.path("changes")) {
                if (change.test(c)) {
                    return c.path("node").asInt();
                }
            }
            throw new AssertionError("no such node in Vaadin's answer: " + uidl);
        }
    }
}
