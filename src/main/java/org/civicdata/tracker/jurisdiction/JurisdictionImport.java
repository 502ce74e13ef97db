package org.civicdata.tracker.jurisdiction;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicdata.tracker.account.StaffPrincipal;
import org.civicdata.tracker.common.CsvPreview;
import org.civicdata.tracker.common.CsvCells;
import org.civicdata.tracker.common.CsvProblem;
import org.civicdata.tracker.common.InvalidInputException;

/**
 * CSV import of jurisdictions, in the layout of {@link JurisdictionCsv}: first a preview that lists
 * every problem by line and column and writes nothing; then, only for a preview without problems,
 * a commit that writes every row through the audited path in one transaction (all or nothing).
 * A row whose slug exists updates that jurisdiction (the columns present); other rows create drafts.
 */
@Singleton
public class JurisdictionImport {

    static final Set<String> REQUIRED = Set.of("slug", "name", "kind", "state");

    private final JurisdictionRepository repository;
    private final org.civicdata.tracker.audit.TextLimits textLimits;
    private final JurisdictionService service;

    JurisdictionImport(JurisdictionRepository repository, JurisdictionService service,
                       org.civicdata.tracker.audit.TextLimits textLimits) {
        this.textLimits = textLimits;
        this.repository = repository;
        this.service = service;
    }

    /** One data row as read, and whether it creates or updates. */
    /** @param existingVersion the version of the jurisdiction it updates, as previewed; null for a new one */
    public record Row(long line, Map<String, String> values, @io.micronaut.core.annotation.Nullable Integer existingVersion) {
        public boolean updatesExisting() {
            return existingVersion != null;
        }

        public String slug() {
            return values.get("slug");
        }
    }

    public record Preview(List<String> columns, List<Row> rows, List<CsvProblem> problems) implements CsvPreview<Row> {
        @Override
        public long creates() {
            return rows.stream().filter(r -> !r.updatesExisting()).count();
        }
    }

    /** Reads and checks the whole file; writes nothing. */
    public Preview preview(Reader csv) throws IOException {
        List<CsvProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).build().parse(csv)) {
            List<String> columns = parser.getHeaderNames();
            problems.addAll(CsvProblem.ofHeader(columns, JurisdictionCsv.COLUMNS, REQUIRED));
            if (!problems.isEmpty()) {
                return new Preview(columns, rows, problems);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                Map<String, String> values = record.toMap();
                values.replaceAll((k, v) -> v == null ? "" : CsvCells.read(v.trim()));
                check(line, values, seen, problems);
                rows.add(new Row(line, values, repository.findBySlug(values.get("slug"))
                        .map(Jurisdiction::getVersion).orElse(null)));
            }
            return new Preview(columns, rows, problems);
        }
    }

    private void check(long line, Map<String, String> v, Set<String> seen, List<CsvProblem> problems) {
        for (String column : List.of("slug", "name")) {
            textLimits.tooLong("jurisdiction", column, v.get(column))
                    .ifPresent(problem -> problems.add(new CsvProblem(line, column, problem)));
        }
        String slug = v.get("slug");
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(new CsvProblem(line, "slug", "'" + slug + "' is not lowercase letters and digits joined by hyphens"));
        } else if (!seen.add(slug)) {
            problems.add(new CsvProblem(line, "slug", "'" + slug + "' appears on an earlier line too"));
        }
        if (v.get("name").isEmpty()) {
            problems.add(new CsvProblem(line, "name", "is required"));
        }
        try {
            JurisdictionKind.valueOf(v.get("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new CsvProblem(line, "kind", "'" + v.get("kind") + "' is not one of "
                    + java.util.Arrays.toString(JurisdictionKind.values())));
        }
        if (!v.get("state").matches("[A-Za-z]{2}")) {
            problems.add(new CsvProblem(line, "state", "'" + v.get("state") + "' is not a two-letter state code"));
        }
        String fips = v.getOrDefault("fips", "");
        if (!fips.isEmpty() && !fips.matches("\\d{2,12}")) {
            problems.add(new CsvProblem(line, "fips", "'" + fips + "' is not 2 to 12 digits"));
        }
        checkCoordinate(line, "latitude", v.getOrDefault("latitude", ""), 90, problems);
        checkCoordinate(line, "longitude", v.getOrDefault("longitude", ""), 180, problems);
        String parent = v.getOrDefault("parent", "");
        if (!parent.isEmpty() && !seen.contains(parent) && repository.findBySlug(parent).isEmpty()) {
            problems.add(new CsvProblem(line, "parent", "'" + parent + "' is neither in the database nor on an earlier line"));
        }
    }

    private static void checkCoordinate(long line, String column, String value, int limit, List<CsvProblem> problems) {
        if (value.isEmpty()) {
            return;
        }
        try {
            if (new BigDecimal(value).abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
                problems.add(new CsvProblem(line, column, value + " is outside -" + limit + ".." + limit));
            }
        } catch (NumberFormatException e) {
            problems.add(new CsvProblem(line, column, "'" + value + "' is not a number"));
        }
    }

    /**
     * Writes a checked preview, all or nothing. {@code progress} hears how many rows are done.
     *
     * @throws InvalidInputException (nothing written) if the preview has problems, or a row is refused
     *         when written (e.g. a contributor updating a published record), naming its line
     */
    @Transactional
    public int commit(StaffPrincipal who, Preview preview, IntConsumer progress) {
        if (!preview.canCommit()) {
            throw new InvalidInputException("file", "Fix the problems in the file first; nothing was written.");
        }
        int done = 0;
        for (Row row : preview.rows()) {
            Map<String, String> v = row.values();
            Optional<Jurisdiction> existing = repository.findBySlug(row.slug());
            if (!Objects.equals(existing.map(Jurisdiction::getVersion).orElse(null), row.existingVersion())) {
                throw new InvalidInputException("file", "line " + row.line() + ": '" + row.slug() + "' was created, "
                        + "changed or deleted since the preview; upload the file again to see the changes. Nothing was written.");
            }
            Jurisdiction j = existing.orElseGet(Jurisdiction::new);
            j.setSlug(row.slug());
            j.setName(v.get("name"));
            j.setKind(JurisdictionKind.valueOf(v.get("kind").toUpperCase(Locale.ROOT)));
            j.setStateCode(v.get("state"));
            if (preview.columns().contains("fips")) {
                j.setFips(v.get("fips").isEmpty() ? null : v.get("fips"));
            }
            if (preview.columns().contains("latitude")) {
                j.setLatitude(v.get("latitude").isEmpty() ? null : new BigDecimal(v.get("latitude")));
            }
            if (preview.columns().contains("longitude")) {
                j.setLongitude(v.get("longitude").isEmpty() ? null : new BigDecimal(v.get("longitude")));
            }
            if (preview.columns().contains("parent")) {
                j.setParentId(v.get("parent").isEmpty() ? null
                        : repository.findBySlug(v.get("parent")).map(Jurisdiction::getId).orElse(null));
            }
            try {
                service.save(who, j, existing.map(e -> service.sourceIds(e.getId())).orElse(List.of()));
            } catch (InvalidInputException | org.civicdata.tracker.common.NotPermittedException e) {
                throw new InvalidInputException("file", "line " + row.line() + ": " + e.getMessage()
                        + " Nothing was written.");
            }
            progress.accept(++done);
        }
        return done;
    }
}
