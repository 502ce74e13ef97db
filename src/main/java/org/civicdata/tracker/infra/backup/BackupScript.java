package org.civicdata.tracker.infra.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs a backup file's SQL into a {@link BackupTarget}, statement by statement, as a restore does. */
final class BackupScript {

    /** Opens the connection the script runs on. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private BackupScript() {}

    /**
     * Runs a backup's SQL on {@code where}, statement by statement, in one connection; a failing statement stops it,
     * naming its line. The file is {@code mariadb-dump}'s output, checked against its checksum first:
     * a statement is a line, or a {@code CREATE TABLE} over several lines, ending with {@code ;} (string
     * values never hold a raw line break: the dump escapes them), and no {@code DELIMITER} changes
     * (there are no triggers or routines). The {@code mariadb} client that ships with the embedded
     * binaries would do this too, but needs libncurses 5, which current Linux distributions lack.
     */
    static void run(Path file, Connector connector, String where) throws BackupException {
        int lineNumber = 0;
        int statementLine = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Connection c = connector.connect();
                Statement s = c.createStatement()) {
            s.setEscapeProcessing(false); // {braces} in JSON values are data, not JDBC escapes
            StringBuilder statement = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (statement.isEmpty() && (line.isBlank() || line.startsWith("--"))) {
                    continue;
                }
                if (line.startsWith("DELIMITER")) {
                    throw new BackupException("Line " + lineNumber + " of " + file
                            + " changes the statement delimiter, which " + "backups of this app never do.");
                }
                if (statement.isEmpty()) {
                    statementLine = lineNumber;
                }
                statement.append(line).append('\n');
                if (line.endsWith(";")) {
                    s.execute(statement.substring(0, statement.lastIndexOf(";")));
                    if (statement.indexOf("UNIQUE_CHECKS=0") >= 0) {
                        // With unique and foreign key checks both off, MariaDB (10.6+) loads an empty table by its
                        // bulk path, which leaves AUTO_INCREMENT one higher after the server restarts: the restored
                        // database would back up differently. Unique checks stay on (foreign key checks go off:
                        // the dump creates tables in name order, before the tables they refer to).
                        s.execute("SET UNIQUE_CHECKS = 1");
                    }
                    statement.setLength(0);
                }
            }
            if (!statement.isEmpty()) {
                throw new BackupException(
                        file + " ends in the middle of the statement that starts at line " + statementLine + ".");
            }
        } catch (SQLException e) {
            throw new BackupException(
                    "The statement at line " + statementLine + " of " + file + " failed on " + where + ": "
                            + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new BackupException("Cannot read " + file + " at line " + lineNumber + ": " + e.getMessage(), e);
        }
    }
}
