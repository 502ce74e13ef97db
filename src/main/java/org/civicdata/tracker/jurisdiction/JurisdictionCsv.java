package org.civicdata.tracker.jurisdiction;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.common.CsvCells;

/**
 * The jurisdictions CSV layout (export now; the same columns for import), documented in
 * docs/data-model.md. One header row, UTF-8, RFC 4180 quoting by Apache Commons CSV, cells made safe
 * for spreadsheets by {@link CsvCells} (which the import undoes).
 */
public final class JurisdictionCsv {

    /** The columns an import reads, so an exported file comes back as it went out (no publication state: import creates drafts, publishing is done in the editor). */
    public static final List<String> COLUMNS = List.of("slug", "name", "kind", "state", "fips", "latitude",
            "longitude", "parent");

    private final CsvCells printer;
    private final Map<Long, String> slugById;

    /** @param slugById the parent slugs of the rows to be written, by id */
    JurisdictionCsv(Writer out, Map<Long, String> slugById) throws IOException {
        this.printer = CsvCells.writer(out, COLUMNS);
        this.slugById = slugById;
    }

    void write(Jurisdiction j) throws IOException {
        printer.row(j.getSlug(), j.getName(), j.getKind().name(), j.getStateCode(), j.getFips(),
                plain(j.getLatitude()), plain(j.getLongitude()),
                j.getParentId() == null ? null : slugById.get(j.getParentId()));
    }

    void flush() throws IOException {
        printer.flush();
    }

    /** A coordinate as the file writes it: 41.88, not 41.880000. */
    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
