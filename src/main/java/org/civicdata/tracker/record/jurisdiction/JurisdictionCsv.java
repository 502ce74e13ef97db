package org.civicdata.tracker.record.jurisdiction;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civicdata.tracker.core.common.CsvCells;
import org.civicdata.tracker.core.common.RecordField;

/**
 * The jurisdictions CSV layout (export now; the same columns for import), documented in
 * docs/data-model.md. One header row, UTF-8, RFC 4180 quoting by Apache Commons CSV, cells made safe
 * for spreadsheets by {@link CsvCells} (which the import undoes).
 */
public final class JurisdictionCsv {

    /**
     * The columns an import reads, so an exported file comes back as it went out: the columns of
     * {@link JurisdictionFields} (no publication state: import creates drafts, publishing is done in the editor).
     */
    public static final List<String> COLUMNS = JurisdictionFields.columns();

    private final CsvCells printer;
    private final Map<Long, String> slugById;

    /** @param slugById the parent slugs of the rows to be written, by id */
    JurisdictionCsv(Writer out, Map<Long, String> slugById) throws IOException {
        this.printer = CsvCells.writer(out, COLUMNS);
        this.slugById = slugById;
    }

    void write(Jurisdiction j) throws IOException {
        List<Object> cells = new ArrayList<>();
        for (RecordField<Jurisdiction> field : JurisdictionFields.ALL) {
            cells.add(cell(field, j, slugById::get));
        }
        printer.row(cells);
    }

    void flush() throws IOException {
        printer.flush();
    }

    /**
     * A field's cell as the file writes it (41.88, not 41.880000; a parent as its slug, found by
     * {@code slugOf}); null when empty.
     */
    static String cell(RecordField<Jurisdiction> field, Jurisdiction j, Function<Long, String> slugOf) {
        if (field.kind() == RecordField.Kind.REFERENCE) {
            Object id = field.get().apply(j);
            return id == null ? null : slugOf.apply((Long) id);
        }
        String text = field.text(j);
        return text.isEmpty() ? null : text;
    }
}
