package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civicdata.tracker.core.common.CsvCells;

/**
 * A list's "Export CSV": the grid's columns (header and value, as shown) for every row of its
 * current filter and sort, fetched page by page from the same service the grid uses, written by
 * Commons CSV. A list adds its columns through {@link #column} so the grid and the file agree.
 */
public final class GridCsvExport<T> {

    /** Fetches one page of the rows the grid shows now. */
    public interface Pages<T> {
        List<T> page(int page, int size);
    }

    static final int PAGE = 500;

    private final Grid<T> grid;
    private final List<String> headers = new ArrayList<>();
    private final List<ValueProvider<T, ?>> values = new ArrayList<>();

    public GridCsvExport(Grid<T> grid) {
        this.grid = grid;
    }

    public Grid.Column<T> column(String header, ValueProvider<T, ?> value) {
        headers.add(header);
        values.add(value);
        return grid.addColumn(value).setHeader(header);
    }

    /** What a CSV download writes. */
    public interface Body {
        void write(Writer out) throws java.io.IOException;
    }

    /** The download link ({@code id="export-csv"}), writing {@code fileName}. */
    public Anchor anchor(String fileName, Pages<T> pages) {
        return download(fileName, out -> write(pages, out));
    }

    /** A list's "Export CSV" link ({@code id="export-csv"}) to a file of this name, written as UTF-8 when clicked. */
    public static Anchor download(String fileName, Body body) {
        Anchor export = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName);
                    event.setContentType("text/csv; charset=utf-8");
                    try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                        body.write(out);
                    }
                },
                AttachmentType.DOWNLOAD,
                "Export CSV");
        export.setId("export-csv");
        return export;
    }

    void write(Pages<T> pages, Writer out) throws java.io.IOException {
        CsvCells csv = CsvCells.writer(out, headers);
        for (int page = 0; ; page++) {
            List<T> rows = pages.page(page, PAGE);
            for (T row : rows) {
                List<Object> cells = new ArrayList<>(values.size());
                for (ValueProvider<T, ?> value : values) {
                    cells.add(value.apply(row));
                }
                csv.row(cells);
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        csv.flush();
    }
}
