package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.CitationFixtures;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.e2e.Browser;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Beyond one machine, on real parts (issue 12): a real MariaDB primary and a real MariaDB replica of
 * it (two servers on loopback, replication set up here: binlog on the primary, {@code CHANGE MASTER
 * TO} on the replica), two app instances on them (writes to the primary, public reads from the
 * replica), behind a real nginx (Debian's; sticky by client address for {@code /admin} only).
 *
 * <p>A publish clicked in Chromium through the balancer is on both instances' public API within the
 * bound (the data-version recheck, 1 s, plus a render); a replica that stops applying never has an
 * older body served under the new data version's ETag, and {@code /health} says how far behind it is
 * and that reads went to the primary; killing the replica under load through the balancer sends the
 * reads to the primary without one error.
 */
@Slow
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaProcessTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /** tracker.public.data-version-recheck (1 s), plus a render and this test's polling on a busy machine. */
    private static final Duration BOUND = Duration.ofMillis(2000);

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final String PASSWORD = "a primary and a replica";
    private static final StaffPrincipal SETUP = new StaffPrincipal("rep-admin", StaffRole.ADMIN, false);
    private static final String DATABASE = "tracker_rep";
    private static final String ON_THE_REPLICA = " (as on the replica)";
    private static final Pattern ETAG_VERSION = Pattern.compile("W/\"[0-9a-z]+-(\\d+)-");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    private static StandaloneMariaDb primary;
    private static StandaloneMariaDb replica;
    private static Process appA;
    private static Process appB;
    private static Process nginx;
    private static int portA;
    private static int portB;
    private static int balancer;
    private static ApplicationContext tools;
    private static ChromeDriver browser;
    /** A seeded published jurisdiction whose name the test changes on the replica alone. */
    private static String markedSlug;

    private static final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void startPrimaryReplicaTwoInstancesAndNginx() throws Exception {
        boolean present = Files.isExecutable(NGINX);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must have nginx in /usr/sbin (.ci/run installs it)");
        }
        Assumptions.assumeTrue(present, "nginx is not installed (apt-get install nginx)");
        long started = System.nanoTime();
        primary = StandaloneMariaDb.start(
                dir.resolve("primary"), "--server-id=1", "--log-bin=primary-bin", "--binlog-format=ROW");
        replica = StandaloneMariaDb.start(
                dir.resolve("replica"), "--server-id=2", "--relay-log=replica-relay", "--read-only=1");
        replica.replicate(primary);
        String url = primary.createDatabase(DATABASE);
        awaitOnReplica(
                "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '" + DATABASE + "'",
                n -> n == 1,
                "the database replicated");
        portA = AppProcess.freePort();
        portB = AppProcess.freePort();
        appA = startApp("a", portA, url, replica.jdbcUrl(DATABASE));
        appB = startApp("b", portB, url, replica.jdbcUrl(DATABASE));
        AppProcess.awaitStarted(appA, dir.resolve("a"), portA, START_TIMEOUT);
        AppProcess.awaitStarted(appB, dir.resolve("b"), portB, START_TIMEOUT);
        tools = SharedDatabaseTools.contextOn(url);
        tools.getBean(AccountService.class).create(SETUP, "ed-rep", StaffRole.EDITOR, PASSWORD, false);
        balancer = AppProcess.freePort();
        nginx = startNginx(balancer, portA, portB);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                AppProcess.get(balancer, "/api/jurisdictions");
                break;
            } catch (IOException notYet) {
                assertThat(System.nanoTime())
                        .as("nginx answers; its log:\n%s", nginxLog())
                        .isLessThan(deadline);
                Thread.sleep(200);
            }
        }
        System.out.printf(
                "ReplicaProcessTest: primary on %d, replica on %d, instances on %d and %d, nginx on %d: up in %d ms%n",
                primary.port(), replica.port(), portA, portB, balancer, (System.nanoTime() - started) / 1_000_000);
    }

    private static Process startApp(String name, int port, String url, String replicaUrl) throws IOException {
        Path work = Files.createDirectories(dir.resolve(name));
        return AppProcess.start(
                work,
                work,
                List.of(),
                Map.ofEntries(
                        Map.entry("PORT", "" + port),
                        Map.entry("DATASOURCES_DEFAULT_URL", url),
                        Map.entry("DATASOURCES_DEFAULT_USERNAME", "root"),
                        Map.entry("DATASOURCES_DEFAULT_PASSWORD", ""),
                        Map.entry("TRACKER_DATABASE_REPLICA_URL", replicaUrl),
                        Map.entry("TRACKER_DATABASE_REPLICA_USERNAME", "root"),
                        Map.entry("TRACKER_DATABASE_REPLICA_PASSWORD", ""),
                        Map.entry("TRACKER_SECURITY_TRUSTED_PROXIES", "127.0.0.1"),
                        Map.entry("ADMIN_USERNAME", "rep-admin"),
                        Map.entry("ADMIN_PASSWORD", "the first admin of a replicated pair"),
                        Map.entry("TRACKER_SECURITY_BCRYPT_COST", "4")));
    }

    /** Debian's nginx in the foreground, with docs/operations.md's split: public round robin, /admin sticky. */
    private static Process startNginx(int port, int a, int b) throws IOException {
        Path prefix = Files.createDirectories(dir.resolve("nginx"));
        String servers = "        server 127.0.0.1:" + a + " max_fails=1 fail_timeout=5s;\n"
                + "        server 127.0.0.1:" + b + " max_fails=1 fail_timeout=5s;\n";
        String config = "worker_processes 1;\n"
                + "pid " + prefix.resolve("nginx.pid") + ";\n"
                + "error_log " + prefix.resolve("error.log") + " warn;\n"
                + "events { worker_connections 512; }\n"
                + "http {\n"
                + "    access_log " + prefix.resolve("access.log") + ";\n"
                + "    client_body_temp_path " + prefix.resolve("body") + ";\n"
                + "    proxy_temp_path " + prefix.resolve("proxy") + ";\n"
                + "    fastcgi_temp_path " + prefix.resolve("fastcgi") + ";\n"
                + "    uwsgi_temp_path " + prefix.resolve("uwsgi") + ";\n"
                + "    scgi_temp_path " + prefix.resolve("scgi") + ";\n"
                + "    proxy_max_temp_file_size 0;\n"
                + "    upstream tracker_public {\n" + servers + "    }\n"
                + "    upstream tracker_admin {\n        ip_hash;\n" + servers + "    }\n"
                + "    map $http_upgrade $connection_upgrade { default upgrade; '' close; }\n"
                + "    server {\n"
                + "        listen 127.0.0.1:" + port + ";\n"
                + "        proxy_set_header Host $host;\n"
                + "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                + "        proxy_set_header X-Forwarded-Proto $scheme;\n"
                + "        location / { proxy_pass http://tracker_public; }\n"
                + "        location /admin {\n"
                + "            proxy_pass http://tracker_admin;\n"
                + "            proxy_http_version 1.1;\n"
                + "            proxy_set_header Upgrade $http_upgrade;\n"
                + "            proxy_set_header Connection $connection_upgrade;\n"
                + "            proxy_set_header Host $host;\n"
                + "            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                + "            proxy_set_header X-Forwarded-Proto $scheme;\n"
                + "            proxy_read_timeout 1h;\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
        Path file = prefix.resolve("nginx.conf");
        Files.writeString(file, config);
        return new ProcessBuilder(
                        NGINX.toString(),
                        "-p",
                        prefix + "/",
                        "-e",
                        prefix.resolve("error.log").toString(),
                        "-c",
                        file.toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile())
                .start();
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (tools != null) {
            tools.close();
        }
        for (Process process : new Process[] {nginx, appA, appB}) {
            if (process != null && process.isAlive()) {
                process.destroy();
                process.waitFor(60, TimeUnit.SECONDS);
            }
        }
        for (StandaloneMariaDb db : new StandaloneMariaDb[] {replica, primary}) {
            if (db != null) {
                db.close();
            }
        }
    }

    @Test
    @Order(1)
    void aPublishThroughOneInstanceIsOnTheBalancerAndBothInstancesWithinTheBound() throws Exception {
        long source = SharedDatabaseTools.publishedSource(tools, "Replica source " + unique);
        String slug = "replicaburg-" + unique + "-oh";
        long id = SharedDatabaseTools.draftJurisdiction(tools, "Replicaburg " + unique, slug, source);
        String listed = "\"slug\":\"" + slug + "\"";

        // Both instances read the replica once it has caught up, and say so.
        for (int port : new int[] {portA, portB}) {
            JsonNode health = awaitHealth(
                    port,
                    h -> "replica".equals(h.path("replica").path("reads").asText())
                            && h.path("replica").path("versionsBehind").asLong() == 0,
                    "reads on the replica, 0 versions behind");
            assertThat(health.path("status").asText()).isEqualTo("UP");
            assertThat(health.path("replica").path("status").asText()).isEqualTo("UP");
            assertThat(health.path("replica").path("secondsBehind").asLong(-1))
                    .as("Seconds_Behind_Master of a replica that keeps up")
                    .isBetween(0L, 1L);
            System.out.printf("ReplicaProcessTest: /health on %d: %s%n", port, health);
        }
        // The public pages are rendered from the replica: a name changed on the replica alone shows.
        markedSlug = JSON.readTree(AppProcess.get(portA, "/api/jurisdictions"))
                .path("items")
                .path(0)
                .path("slug")
                .asText();
        assertThat(markedSlug).as("a seeded jurisdiction's slug").isNotEmpty();
        onReplica("UPDATE jurisdiction SET name = CONCAT(name, '" + ON_THE_REPLICA + "') WHERE slug = '" + markedSlug
                + "'");
        assertThat(AppProcess.get(portA, "/api/jurisdictions/" + markedSlug))
                .as("a page rendered from the replica")
                .contains(ON_THE_REPLICA);
        assertThat(AppProcess.get(balancer, "/api/jurisdictions")).doesNotContain(listed);

        // Publish in Chromium through the balancer (sticky /admin), polling the balancer and both instances.
        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String lb = "http://127.0.0.1:" + balancer;
        Browser.signIn(browser, wait, lb, "ed-rep", PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        browser.get(lb + "/admin/jurisdictions/" + id);
        WebElement publish = wait.until(ExpectedConditions.elementToBeClickable(By.id("publish")));
        int[] ports = {balancer, portA, portB};
        AtomicLong[] seen = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
        ExecutorService poller = Executors.newSingleThreadExecutor();
        Future<?> polling = poller.submit(() -> {
            while (seen[0].get() == 0 || seen[1].get() == 0 || seen[2].get() == 0) {
                for (int i = 0; i < ports.length; i++) {
                    if (seen[i].get() == 0
                            && AppProcess.get(ports[i], "/api/jurisdictions").contains(listed)) {
                        seen[i].set(System.currentTimeMillis());
                    }
                }
                Thread.sleep(20);
            }
            return null;
        });
        long clicked;
        long published;
        try {
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", publish);
            clicked = System.currentTimeMillis();
            publish.click();
            wait.until(d -> String.valueOf(d.findElement(By.id("editor-status")).getDomProperty("textContent"))
                    .startsWith("Published."));
            published = System.currentTimeMillis();
            polling.get(30, TimeUnit.SECONDS);
        } finally {
            poller.shutdownNow();
        }
        System.out.printf(
                "ReplicaProcessTest: Publish clicked through nginx; 'Published.' after %d ms; on the balancer after"
                        + " %d ms, on A after %d ms, on B after %d ms%n",
                published - clicked, seen[0].get() - clicked, seen[1].get() - clicked, seen[2].get() - clicked);
        for (int i = 0; i < ports.length; i++) {
            assertThat(seen[i].get() - published)
                    .as("ms from 'Published.' until port %d shows it", ports[i])
                    .isLessThanOrEqualTo(BOUND.toMillis());
        }
    }

    @Test
    @Order(2)
    void aLaggingReplicaNeverHasAnOlderBodyServedUnderTheNewDataVersionsEtag() throws Exception {
        String slug = "laggington-" + unique + "-oh";
        long id = SharedDatabaseTools.draftJurisdiction(
                tools, "Laggington " + unique, slug, SharedDatabaseTools.publishedSource(tools, "Lag " + unique));
        String listed = "\"slug\":\"" + slug + "\"";
        long before = primaryVersion();
        awaitOnReplica("SELECT COUNT(*) FROM audit_entry", n -> n >= before, "the replica caught up");
        for (int port : new int[] {portA, portB}) {
            AppProcess.get(port, "/api/jurisdictions"); // cached at the version before the publish
        }

        onReplica("STOP SLAVE SQL_THREAD"); // receives the primary's events, applies none: lag
        try {
            var draft = tools.getBean(JurisdictionService.class).find(id).orElseThrow();
            tools.getBean(RecordEditService.class)
                    .publish(CitationFixtures.EDITOR, RecordType.JURISDICTION, id, draft.getVersion());
            long after = primaryVersion();
            assertThat(after).isGreaterThan(before);

            for (int port : new int[] {portA, portB}) {
                // Every answer tagged with the new version holds the publish; until then the old one is fine.
                long deadline = System.currentTimeMillis() + BOUND.toMillis() + 3000;
                long newest = 0;
                while (newest < after && System.currentTimeMillis() < deadline) {
                    HttpResponse<String> response = send(port, "/api/jurisdictions", null);
                    assertThat(response.statusCode()).isEqualTo(200);
                    newest = etagVersion(response);
                    if (newest >= after) {
                        assertThat(response.body())
                                .as("the body served on %d under ETag %s", port, etag(response))
                                .contains(listed);
                    }
                    Thread.sleep(50);
                }
                assertThat(newest)
                        .as("the data version in port %d's ETag", port)
                        .isGreaterThanOrEqualTo(after);
                JsonNode health = awaitHealth(
                        port, h -> h.path("replica").path("versionsBehind").asLong() > 0, "the replica's lag reported");
                System.out.printf(
                        "ReplicaProcessTest: the replica stopped applying; /health on %d: %s%n", port, health);
                assertThat(health.path("status").asText()).isEqualTo("UP");
                assertThat(health.path("replica").path("status").asText()).isEqualTo("UP");
                assertThat(health.path("replica").path("reads").asText()).isEqualTo("primary");
                assertThat(health.path("replica").path("secondsBehind").isNull())
                        .as("no Seconds_Behind_Master while the SQL thread is stopped")
                        .isTrue();
            }
        } finally {
            onReplica("START SLAVE SQL_THREAD");
        }
        for (int port : new int[] {portA, portB}) {
            awaitHealth(
                    port,
                    h -> "replica".equals(h.path("replica").path("reads").asText())
                            && h.path("replica").path("versionsBehind").asLong() == 0,
                    "reads on the replica again once it caught up");
            HttpResponse<String> latest = send(port, "/api/jurisdictions", null);
            assertThat(latest.body()).contains(listed);
            assertThat(send(port, "/api/jurisdictions", etag(latest)).statusCode())
                    .as("a revalidation of the body rendered while the replica lagged")
                    .isEqualTo(304);
        }
    }

    @Test
    @Order(3)
    void killingTheReplicaUnderLoadSendsReadsToThePrimaryWithoutAnError() throws Exception {
        Assumptions.assumeTrue(markedSlug != null, "the first test marked a jurisdiction on the replica");
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger day = new AtomicInteger();
        AtomicLong killedAt = new AtomicLong();
        int clients = 4;
        ExecutorService load = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        long stopAt = System.currentTimeMillis() + 6000;
        for (int c = 0; c < clients; c++) {
            running.add(load.submit(() -> {
                while (System.currentTimeMillis() < stopAt) {
                    // A URL never asked before (a date of its own): rendered, so the database is read.
                    int d = day.getAndIncrement();
                    String path = d % 3 == 0
                            ? "/api/jurisdictions"
                            : "/api/jurisdictions?asOf="
                                    + java.time.LocalDate.of(2000, 1, 1).plusDays(d);
                    try {
                        HttpResponse<String> response = send(balancer, path, null);
                        answers.computeIfAbsent("" + response.statusCode(), k -> new AtomicInteger())
                                .incrementAndGet();
                        if (response.statusCode() != 200) {
                            failures.add(response.statusCode() + " " + path + ": " + response.body());
                        }
                    } catch (IOException e) {
                        failures.add(path + ": " + e);
                    }
                }
                return null;
            }));
        }
        Thread.sleep(2000);
        killedAt.set(System.currentTimeMillis());
        replica.kill();
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        load.shutdown();
        System.out.printf(
                "ReplicaProcessTest: %d requests through nginx from %d clients over 6 s, the replica killed (SIGKILL)"
                        + " after 2 s: answers %s%n",
                day.get(), clients, answers);
        assertThat(failures).as("answers other than 200 (or no answer)").isEmpty();
        assertThat(day.get()).as("requests made").isGreaterThan(20);

        for (int port : new int[] {portA, portB}) {
            JsonNode health = awaitHealth(
                    port, h -> "DOWN".equals(h.path("replica").path("status").asText()), "the replica DOWN");
            System.out.printf("ReplicaProcessTest: replica killed; /health on %d: %s%n", port, health);
            assertThat(health.path("status").asText())
                    .as("the service is up without its replica")
                    .isEqualTo("UP");
            assertThat(health.path("replica").path("reads").asText()).isEqualTo("primary");
        }
        // A page rendered now comes from the primary: without the name changed on the replica alone.
        assertThat(AppProcess.get(portB, "/api/jurisdictions/" + markedSlug)).doesNotContain(ON_THE_REPLICA);
    }

    // --- helpers

    private static HttpResponse<String> send(int port, String path, String ifNoneMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
    }

    private static long etagVersion(HttpResponse<?> response) {
        Matcher m = ETAG_VERSION.matcher(etag(response));
        assertThat(m.find()).as("a data version in ETag %s", etag(response)).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static JsonNode awaitHealth(int port, Predicate<JsonNode> condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        JsonNode last = null;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> response = send(port, "/health", null);
            last = JSON.readTree(response.body());
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("/health on " + port + " never said: " + what + "; last: " + last);
    }

    private static long primaryVersion() throws SQLException {
        return count(primary, "SELECT COUNT(*) FROM audit_entry");
    }

    private static void awaitOnReplica(String query, Predicate<Long> condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        long last = -1;
        while (System.currentTimeMillis() < deadline) {
            try {
                last = count(replica, query);
                if (condition.test(last)) {
                    return;
                }
            } catch (SQLException notYet) {
                // the table may not be there yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the replica never showed " + what + " (" + query + " = " + last + ")");
    }

    private static long count(StandaloneMariaDb server, String query) throws SQLException {
        try (Connection c = server.connect(DATABASE);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void onReplica(String statement) throws SQLException {
        try (Connection c = replica.connect(DATABASE);
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String nginxLog() {
        try {
            return Files.readString(dir.resolve("nginx").resolve("error.log"));
        } catch (IOException e) {
            return "(none: " + e.getMessage() + ")";
        }
    }
}
