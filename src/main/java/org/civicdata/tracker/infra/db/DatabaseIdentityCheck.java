package org.civicdata.tracker.infra.db;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a database that was never initialised from one that lost its files, at every start, before
 * anything is seeded or created.
 *
 * <p>The first start on a database writes its identity (a row in {@code database_identity}) and a
 * marker file with the same id next to the data folder ({@code tracker.database.marker}; for the
 * embedded server {@code <TRACKER_EMBEDDED_DB_DIR>/<database>.initialised}, for an external database
 * only when {@code TRACKER_DATABASE_MARKER} names one). A later start that finds the marker but a
 * database with no identity and nothing in it refuses to start with {@link DatabaseLostException}:
 * the files were lost (wiped, or a different empty database configured), and seeding a fresh one
 * would hide the loss. A database with data but no identity (created before the identity existed,
 * or restored from such a backup) is adopted. Instances starting at once on one database do this one
 * after the other ({@link FirstStartLock}).
 */
@Context
public class DatabaseIdentityCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseIdentityCheck.class);

    private final DatabaseIdentityRepository identities;
    private final Clock clock;
    private final @Nullable Path marker;
    private final String where;
    private final String identityId;

    // The lock is taken (waiting for another instance's start to finish) before the identity is checked.
    DatabaseIdentityCheck(
            FirstStartLock firstStart,
            DatabaseIdentityRepository identities,
            Clock clock,
            @Nullable @Value("${tracker.database.marker:}") String marker,
            @Value("${tracker.database.where:the configured database}") String where) {
        this.identities = identities;
        this.clock = clock;
        this.marker = marker == null || marker.isBlank()
                ? null
                : Path.of(marker).toAbsolutePath().normalize();
        this.where = where;
        this.identityId = check();
    }

    /** Whether the bundled seeds were ever loaded into this database (they are loaded at most once). */
    public boolean neverSeeded() {
        return identities.findById(identityId).map(i -> i.seededAt() == null).orElse(true);
    }

    public void markSeeded() {
        identities.updateSeededAt(identityId, now());
    }

    private String check() {
        Optional<DatabaseIdentity> identity = identities.findAll().stream().findFirst();
        Optional<Properties> remembered = readMarker();
        if (identity.isPresent()) {
            String id = identity.get().id();
            remembered
                    .map(p -> p.getProperty("id"))
                    .filter(seen -> !seen.equals(id))
                    .ifPresent(seen -> LOG.warn(
                            "{} holds database {}, not database {} named by {}: a different database than at the last "
                                    + "start (restored from another copy, or configured anew). Carrying on with it.",
                            where,
                            id,
                            seen,
                            marker));
            if (remembered.isEmpty() || !id.equals(remembered.get().getProperty("id"))) {
                writeMarker(identity.get());
            }
            return id;
        }
        if (identities.anythingWritten()) {
            DatabaseIdentity adopted =
                    identities.save(new DatabaseIdentity(UUID.randomUUID().toString(), now(), now()));
            LOG.info(
                    "{} holds data but no identity yet (created by an earlier version, or restored from such a backup): "
                            + "recorded it as database {}",
                    where,
                    adopted.id());
            writeMarker(adopted);
            return adopted.id();
        }
        if (remembered.isPresent()) {
            DatabaseLostException lost = DatabaseLostException.of(where, marker, remembered.get());
            LOG.error(lost.getMessage());
            throw lost;
        }
        DatabaseIdentity fresh =
                identities.save(new DatabaseIdentity(UUID.randomUUID().toString(), now(), null));
        LOG.info("New database in {}: recorded it as database {}", where, fresh.id());
        writeMarker(fresh);
        return fresh.id();
    }

    private Optional<Properties> readMarker() {
        if (marker == null || !Files.exists(marker)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(marker)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the database marker " + marker + ": " + e.getMessage(), e);
        }
        return Optional.of(p);
    }

    private void writeMarker(DatabaseIdentity identity) {
        if (marker == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("id", identity.id());
        p.setProperty("initialised_at", identity.initialisedAt().toString());
        p.setProperty("database", where);
        try {
            Files.createDirectories(marker.getParent());
            Path partial = marker.resolveSibling(marker.getFileName() + ".partial");
            try (Writer out = Files.newBufferedWriter(partial)) {
                p.store(out, """
                         Written by the jurisdiction policy tracker when it first started on this database.
                         While this file exists, the app refuses to start on an empty database with no identity
                         (its files were lost): restore a backup of the database, or delete this file to start
                         afresh with the bundled seeds.""");
            }
            Files.move(partial, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the database marker " + marker + ": " + e.getMessage(), e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
