package org.civicdata.tracker.infra.backup;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The backup file: a header of {@value #HEADER_LINES} comment lines, then the SQL that
 * {@code mariadb-dump} wrote. The header names the format, the schema version and the SHA-256 of the
 * SQL, so that a restore refuses a file that is not a backup, or one that was cut short or altered,
 * before it changes anything. No date or host in it: the same data gives the same bytes.
 *
 * <pre>
 * -- policy-tracker backup, format 1
 * -- schema version: 8
 * -- sha256 of the SQL below: 3f2a...
 * -- Restore into an empty database: java -jar policy-tracker.jar --restore=THIS_FILE
 * -- Holds the staff accounts' bcrypt password hashes: keep it as safe as the database.
 * </pre>
 */
final class BackupFile {

    static final int FORMAT = 1;
    static final String TAG = "-- policy-tracker backup, format ";
    static final int HEADER_LINES = 5;
    private static final String SCHEMA = "-- schema version: ";
    private static final String SHA256 = "-- sha256 of the SQL below: ";
    private static final int MAX_HEADER_LINE = 200;

    /** What a verified file's header says. */
    record Header(String schemaVersion, String sha256) {}

    private BackupFile() {}

    static String header(String schemaVersion, String sha256) {
        return TAG + FORMAT + "\n"
                + SCHEMA + schemaVersion + "\n"
                + SHA256 + sha256 + "\n"
                + "-- Restore into an empty database: java -jar policy-tracker.jar --restore=THIS_FILE\n"
                + "-- Holds the staff accounts' bcrypt password hashes: keep it as safe as the database.\n";
    }

    /** The SHA-256 of a file's bytes, in hex. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file)), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    /**
     * Reads the header and checks the SQL below it against the header's checksum; refuses, saying
     * why, anything else. Reads the file only.
     */
    static Header verify(Path file) throws BackupException {
        if (!Files.isRegularFile(file)) {
            throw new BackupException("Cannot restore " + file + ": there is no such file. Nothing was changed.");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < HEADER_LINES; i++) {
                String line = readLine(in);
                if (line == null) {
                    break;
                }
                lines.add(line);
            }
            if (lines.isEmpty() || !lines.get(0).startsWith(TAG)) {
                throw new BackupException(file + " is not a backup made by --backup (its first line is not \"" + TAG
                        + FORMAT + "\"). Nothing was changed.");
            }
            if (!lines.get(0).equals(TAG + FORMAT)) {
                throw new BackupException(file + " is a backup of another format (\""
                        + lines.get(0).substring(3) + "\"); this version of the app restores format " + FORMAT
                        + ". Nothing was changed.");
            }
            if (lines.size() < HEADER_LINES
                    || !lines.get(1).startsWith(SCHEMA)
                    || !lines.get(2).startsWith(SHA256)) {
                throw new BackupException(
                        file + " has a damaged header (lines 2 and 3 should give the schema version and the "
                                + "checksum). Nothing was changed.");
            }
            String expected = lines.get(2).substring(SHA256.length()).trim();
            DigestInputStream body = new DigestInputStream(in, digest());
            body.transferTo(OutputStream.nullOutputStream());
            String actual = HexFormat.of().formatHex(body.getMessageDigest().digest());
            if (!actual.equalsIgnoreCase(expected)) {
                throw new BackupException(
                        file + " is damaged or incomplete: its SQL does not match the checksum in its header "
                                + "(cut short while copying, or edited). Nothing was changed; use another copy of the backup.");
            }
            return new Header(lines.get(1).substring(SCHEMA.length()).trim(), expected);
        } catch (IOException e) {
            throw new BackupException("Cannot read " + file + ": " + e.getMessage() + ". Nothing was changed.", e);
        }
    }

    /** A header line, or null at the end of the file; a line too long for a header ends the header. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.size() >= MAX_HEADER_LINE) {
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
