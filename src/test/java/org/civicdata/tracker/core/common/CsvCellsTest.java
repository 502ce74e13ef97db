package org.civicdata.tracker.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Spreadsheet formula injection (OWASP "CSV injection"), stopped in the one writer every CSV uses. */
class CsvCellsTest {

    @Test
    void textASpreadsheetWouldRunAsAFormulaGetsAQuoteInFront() {
        for (String formula : List.of(
                "=HYPERLINK(\"http://evil.example/\",\"x\")",
                "+1+1",
                "-2+3",
                "@SUM(A1:A9)",
                "\t=1",
                "\r=1",
                "=",
                "-",
                "- 5",
                "-89.2.1",
                "-1e5")) {
            assertThat(CsvCells.cell(formula)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void numbersAndOrdinaryTextAreWrittenAsTheyAre() {
        for (String plain : List.of(
                "-89.2",
                "-90",
                "40.1",
                "0",
                "Chicago",
                "Washington, D.C.",
                " =not first",
                "a=b",
                "it's",
                "'quoted'",
                "")) {
            assertThat(CsvCells.cell(plain)).as(plain).isEqualTo(plain);
        }
        assertThat(CsvCells.cell(null)).isNull();
    }

    @Test
    void aWrittenFileCarriesNumbersUnquotedAndFormulasDisarmed() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvCells csv = CsvCells.writer(out, List.of("name", "longitude", "count", "note"))) {
            csv.row("=cmd|' /C calc'!A0", "-89.2", 3, "@me");
            csv.row("Plain", new BigDecimal("-90.5"), -4L, null);
        }
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(rows.get(0).get("name")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(0).get("longitude")).isEqualTo("-89.2");
        assertThat(rows.get(0).get("count")).isEqualTo("3");
        assertThat(rows.get(0).get("note")).isEqualTo("'@me");
        assertThat(rows.get(1).get("longitude")).isEqualTo("-90.5");
        assertThat(rows.get(1).get("count")).isEqualTo("-4");
        assertThat(rows.get(1).get("note")).isEmpty();
    }

    @Property(tries = 2000)
    void readingACellGivesBackExactlyTheValueThatWasWritten(@ForAll("cellText") String value) {
        String cell = CsvCells.cell(value);
        assertThat(CsvCells.read(cell)).isEqualTo(value);
        assertThat(cell)
                .doesNotStartWith("=")
                .doesNotStartWith("+")
                .doesNotStartWith("@")
                .doesNotStartWith("\t")
                .doesNotStartWith("\r");
        if (cell.startsWith("-")) {
            assertThat(cell).matches("-\\d+(\\.\\d+)?");
        }
    }

    @Property(tries = 2000)
    void aCellFromAnotherToolIsReadAsWrittenUnlessItCarriesTheExportsOwnQuote(@ForAll("cellText") String cell) {
        String read = CsvCells.read(cell);
        if (!read.equals(cell)) {
            assertThat(cell).startsWith("'");
            assertThat(CsvCells.cell(read)).isEqualTo(cell);
        }
    }

    @Provide
    Arbitrary<String> cellText() {
        Arbitrary<String> start = Arbitraries.of("", "'", "''", "=", "+", "-", "@", "\t", "\r", "'=", "''-", "-1", "1");
        Arbitrary<String> rest =
                Arbitraries.strings().withChars("=+-@\t\r'0123456789.aZ ,\"").ofMaxLength(8);
        return start.flatMap(s -> rest.map(r -> s + r));
    }
}
