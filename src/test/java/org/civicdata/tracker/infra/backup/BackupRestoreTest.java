package org.civicdata.tracker.infra.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.AccountRepository;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.CitationFixtures;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.core.editing.RecordPresence;
import org.civicdata.tracker.infra.db.DatabaseSettings;
import org.civicdata.tracker.infra.db.EmbeddedDatabase;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.source.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup of the test run's embedded database (seeds plus staff edits made through the audited
 * path, so history exists; accounts; sign-ins) restored into an empty database of another MariaDB
 * server, reached as an external database with a user and password: backing that up again gives the
 * same bytes, an app on it serves the same public API and lets the same staff sign in; and a restore
 * is refused, changing nothing, into a database that is not empty or from a file that is not a whole
 * backup, and undone when the SQL fails half-way.
 */
@MicronautTest(transactional = false)
class BackupRestoreTest {

    private static final StaffPrincipal ADMIN = new StaffPrincipal("backup-admin", StaffRole.ADMIN, false);
    private static final String RESTORER = "restorer";
    private static final String RESTORER_PASSWORD = "Rest0re-me-please";

    @TempDir
    static Path dir;

    private static EmbeddedDatabase other;

    @Inject
    SeedLoader seeds;

    @Inject
    RecordEditService editor;

    @Inject
    RecordWriter writer;

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository accountRows;

    @Inject
    RecordPresence presence;

    @Inject
    EmbeddedServer server;

    /** Another MariaDB server, with access control switched on: a user with a password may use the databases 'restored' and 'spare'. */
    @BeforeAll
    static void otherServer() throws Exception {
        other = EmbeddedDatabase.startSeparate(dir.resolve("other-server"), 0);
        for (String database : List.of("restored", "spare", "not_ours")) {
            other.ensureDatabase(database, true);
        }
        try (Connection c = DriverManager.getConnection(other.jdbcUrl("not_ours"), "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE unrelated (id INT PRIMARY KEY)");
            s.execute("FLUSH PRIVILEGES"); // the server ran with --skip-grant-tables: from now on users and passwords
            // count
            s.execute("DELETE FROM mysql.global_priv WHERE user = ''"); // anonymous users would match before ours
            s.execute("FLUSH PRIVILEGES");
            s.execute("CREATE USER '" + RESTORER + "'@'%' IDENTIFIED BY '" + RESTORER_PASSWORD + "'");
            for (String database : List.of("restored", "spare", "not_ours")) {
                s.execute("GRANT ALL ON `" + database + "`.* TO '" + RESTORER + "'@'%'");
            }
        }
    }

    /** Stops and starts the other server on its data and port; access control on again. */
    private static void restartOtherServer() throws Exception {
        int port = other.port();
        other.stopServer();
        other = EmbeddedDatabase.startSeparate(dir.resolve("other-server"), port);
        try (Connection c = DriverManager.getConnection(other.jdbcUrl("not_ours"), "root", "");
                Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
        }
    }

    @AfterAll
    static void stopOtherServer() {
        if (other != null) {
            other.stopServer();
        }
    }

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @Test
    void backupRestoreBackupGivesTheSameBytesAndTheSameSite() throws Exception {
        String signInName = staffEditsAndSignIns();
        String storedHash = accountRows.findByUsername(signInName).orElseThrow().getPasswordHash();

        Path first = dir.resolve("first.sql");
        assertThat(EmbeddedDatabase.portOfServerRunningOn(DatabaseSettings.embeddedDir()))
                .as("the backup finds the server that is running on the data folder, and uses it")
                .contains(EmbeddedDatabase.running().orElseThrow().port());
        try (BackupTarget embedded = embeddedTestDatabase()) {
            Backups.backup(embedded, first);
        }
        String text = Files.readString(first, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("-- policy-tracker backup, format 1\n-- schema version: ")
                .contains("CREATE TABLE `flyway_schema_history`")
                .contains("INSERT INTO `audit_entry`")
                .contains(storedHash)
                .contains("𝄞 (four bytes)")
                .as("who has an editor open is left out")
                .contains("CREATE TABLE `record_presence`")
                .doesNotContain("INSERT INTO `record_presence`")
                .doesNotContain("DROP TABLE")
                .doesNotContain("LOCK TABLES");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first)))
                .isEqualTo("rw-------");

        try (BackupTarget restored = external("restored", RESTORER_PASSWORD)) {
            assertThat(Backups.restore(restored, first).summary())
                    .contains("Restored")
                    .contains("'restored'");
            restartOtherServer(); // what a restore leaves must last: the server keeps some of it in memory only
            Path second = dir.resolve("second.sql");
            Backups.backup(restored, second);
            assertThat(Files.mismatch(first, second))
                    .as("backup, restore into an empty database, backup again: same bytes")
                    .isEqualTo(-1L);

            // An app on the restored database shows the public the same, and lets the same staff in.
            for (String path : List.of(
                    "/api/jurisdictions",
                    "/api/jurisdictions.csv",
                    "/api/jurisdictions.geojson",
                    "/api/jurisdictions?asOf=2019-01-01",
                    "/api/jurisdictions/washington-dc")) {
                assertThat(get(server.getPort(), path)).isNotBlank();
            }
            try (ApplicationContext app = appOn(other.jdbcUrl("restored"))) {
                int port = app.getBean(EmbeddedServer.class).getPort();
                for (String path : List.of(
                        "/api/jurisdictions",
                        "/api/jurisdictions.csv",
                        "/api/jurisdictions.geojson",
                        "/api/jurisdictions?asOf=2019-01-01",
                        "/api/jurisdictions/washington-dc")) {
                    assertThat(get(port, path)).as(path).isEqualTo(get(server.getPort(), path));
                }
                assertThat(app.getBean(AccountService.class).signIn(signInName, "Backed-up-passw0rd", "192.0.2.44"))
                        .isInstanceOf(AccountService.SignedIn.class);
            }
        }
    }

    @Test
    void aRestoreIntoADatabaseThatIsNotEmptyIsRefusedAndChangesNothing() throws Exception {
        Path backup = dir.resolve("refused.sql");
        try (BackupTarget embedded = embeddedTestDatabase()) {
            Backups.backup(embedded, backup);
        }
        try (BackupTarget notOurs = external("not_ours", RESTORER_PASSWORD)) {
            assertThatThrownBy(() -> Backups.restore(notOurs, backup))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("'not_ours'")
                    .hasMessageContaining("is not empty: it has 1 tables (unrelated)")
                    .hasMessageContaining("nothing was changed");
            assertThat(notOurs.tables()).containsExactly("unrelated");
            assertThatThrownBy(() -> Backups.backup(notOurs, dir.resolve("not-ours.sql")))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("holds no tracker schema");
            assertThat(dir.resolve("not-ours.sql")).doesNotExist();
        }
    }

    @Test
    void aFileThatIsNotAWholeBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path backup = dir.resolve("whole.sql");
        try (BackupTarget embedded = embeddedTestDatabase()) {
            Backups.backup(embedded, backup);
        }
        byte[] bytes = Files.readAllBytes(backup);
        Path garbage =
                Files.writeString(dir.resolve("garbage.sql"), "CREATE TABLE x (id INT);\nDROP DATABASE spare;\n");
        Path cut = Files.write(dir.resolve("cut.sql"), Arrays.copyOf(bytes, bytes.length - 200));
        Path edited = Files.write(
                dir.resolve("edited.sql"),
                new String(bytes, StandardCharsets.UTF_8)
                        .replace("CREATE TABLE `account` (", "CREATE TABLE `accounts` (")
                        .getBytes(StandardCharsets.UTF_8));
        try (BackupTarget spare = external("spare", RESTORER_PASSWORD)) {
            assertThatThrownBy(() -> Backups.restore(spare, garbage))
                    .hasMessageContaining("is not a backup made by --backup");
            assertThatThrownBy(() -> Backups.restore(spare, cut)).hasMessageContaining("is damaged or incomplete");
            assertThatThrownBy(() -> Backups.restore(spare, edited)).hasMessageContaining("is damaged or incomplete");
            assertThatThrownBy(() -> Backups.restore(spare, dir.resolve("missing.sql")))
                    .hasMessageContaining("there is no such file");
            assertThat(spare.tables()).isEmpty();

            // A whole file whose SQL fails half-way (here: after every table was created and filled): undone.
            Path failing = dir.resolve("failing.sql");
            Path sql = Files.write(
                    dir.resolve("failing-body.sql"),
                    (new String(bytes, StandardCharsets.UTF_8).substring(headerLength(bytes))
                                    + "INSERT INTO no_such_table VALUES (1);\n")
                            .getBytes(StandardCharsets.UTF_8));
            Files.writeString(failing, BackupFile.header("8", BackupFile.sha256(sql)) + Files.readString(sql));
            assertThatThrownBy(() -> Backups.restore(spare, failing))
                    .hasMessageContaining("no_such_table")
                    .hasMessageContaining("The restore was undone: the external database 'spare'")
                    .hasMessageContaining("is empty again");
            assertThat(spare.tables()).isEmpty();
        }
    }

    @Test
    void aFailedBackupLeavesThePreviousFileAsItWas() throws Exception {
        try (BackupTarget wrong = external("restored", "not-the-password")) {
            Path file = Files.writeString(dir.resolve("previous.sql"), "last night's backup");
            assertThatThrownBy(() -> Backups.backup(wrong, file))
                    .hasMessageContaining("Access denied for user 'restorer'");
            assertThat(file).hasContent("last night's backup");
            try (var left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("partial"));
            }
        }
    }

    /** Staff edits through the audited path (create with a source, publish, update), an account, a sign-in, an open editor. */
    private String staffEditsAndSignIns() {
        CitationFixtures fixtures = new CitationFixtures(editor, writer);
        Source source = fixtures.publish(
                RecordType.SOURCE, fixtures.source("Backup source").getId());
        Jurisdiction j = fixtures.jurisdiction("backup", List.of(source.getId()));
        j = fixtures.publish(RecordType.JURISDICTION, j.getId());
        j.setNotes(
                "Edited before the backup: \"quotes\", a backslash \\, ünïcödé, 𝄞 (four bytes), {\"json\": \"braces\"} and a line\nbreak.");
        editor.save(CitationFixtures.EDITOR, RecordType.JURISDICTION, j, List.of(source.getId()));
        String name = "backup-" + CitationFixtures.unique();
        accounts.create(ADMIN, name, StaffRole.EDITOR, "Backed-up-passw0rd", false);
        assertThat(accounts.signIn(name, "Backed-up-passw0rd", "192.0.2.43"))
                .isInstanceOf(AccountService.SignedIn.class);
        presence.here("backup-test-editor", RecordType.JURISDICTION, j.getId(), name);
        return name;
    }

    private static BackupTarget embeddedTestDatabase() throws BackupException {
        return BackupTarget.embedded(DatabaseSettings.embeddedDir(), DatabaseSettings.embeddedDatabase(), false);
    }

    private static BackupTarget external(String database, String password) throws BackupException {
        return BackupTarget.external(other.jdbcUrl(database), RESTORER, password);
    }

    /** A second app context on an external database, as DATASOURCES_DEFAULT_URL and credentials would configure it. */
    private static ApplicationContext appOn(String url) {
        Map<String, String> settings = Map.of(
                "datasources.default.url",
                url,
                "datasources.default.username",
                RESTORER,
                "datasources.default.password",
                RESTORER_PASSWORD);
        settings.forEach(System::setProperty);
        try {
            return ApplicationContext.run(EmbeddedServer.class, "test").getApplicationContext();
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
    }

    private static int headerLength(byte[] bytes) {
        int lines = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++lines == BackupFile.HEADER_LINES) {
                return i + 1;
            }
        }
        throw new AssertionError("no header");
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
