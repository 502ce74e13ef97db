package org.civicdata.tracker.edge.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class GridCsvExportTest {

    @Test
    void writesTheGridsColumnsForEveryPageWithQuotingAndTheGridGetsTheSameColumns() throws IOException {
        Grid<String> grid = new Grid<>();
        GridCsvExport<String> export = new GridCsvExport<>(grid);
        export.column("Text", s -> s);
        export.column("Length", String::length);
        List<String> all = IntStream.range(0, 1_234)
                .mapToObj(i -> i == 7 ? "a \"quoted\", comma\nline" : "row " + i)
                .toList();
        StringWriter out = new StringWriter();
        export.write(
                (page, size) -> all.subList(Math.min(page * size, all.size()), Math.min((page + 1) * size, all.size())),
                out);

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("Text", "Length");
        assertThat(rows).hasSize(1_234);
        assertThat(rows.get(7).get("Text")).isEqualTo("a \"quoted\", comma\nline");
        assertThat(rows.get(1_233).get("Text")).isEqualTo("row 1233");
        assertThat(rows.get(1_233).get("Length")).isEqualTo("8");
        assertThat(grid.getColumns()).hasSize(2);
    }
}
