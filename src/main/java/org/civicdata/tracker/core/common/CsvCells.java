package org.civicdata.tracker.core.common;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the tracker writes goes through here: RFC 4180 (Apache Commons CSV), one header row, and
 * cells made safe for spreadsheets (CSV/formula injection, as OWASP describes it). A text cell that a
 * spreadsheet would run as a formula, one that starts with {@code = + - @}, a tab or a carriage
 * return, is written with a single quote in front ({@code '=HYPERLINK(...)}); numbers, and text that
 * is a plain number such as {@code -89.2}, are written as they are. Text that already starts with
 * quotes before such a character gets one more quote, so that {@link #read} undoes exactly what
 * {@link #cell} added: a file exported and imported again gives back the same values.
 */
public final class CsvCells implements Flushable, Closeable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern FORMULA_START = Pattern.compile("'*[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private final CSVPrinter printer;

    private CsvCells(CSVPrinter printer) {
        this.printer = printer;
    }

    /**
     * An uploaded file as text to import: strict UTF-8 (a file saved in another encoding would turn
     * curly quotes into U+FFFD, and quotes are kept verbatim; reading it fails with a
     * {@link java.nio.charset.CharacterCodingException} instead), without the byte order mark that
     * Excel's "CSV UTF-8" puts in front (it would stick to the first column's name).
     */
    public static java.io.Reader reader(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        return new java.io.InputStreamReader(
                new java.io.ByteArrayInputStream(bytes, start, bytes.length - start),
                java.nio.charset.StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    }

    /** A CSV writer with this header row. */
    public static CsvCells writer(Appendable out, List<String> header) throws IOException {
        return new CsvCells(CSVFormat.RFC4180
                .builder()
                .setHeader(header.stream().map(CsvCells::cell).toArray(String[]::new))
                .build()
                .print(out));
    }

    public void row(Object... values) throws IOException {
        row(Arrays.asList(values));
    }

    public void row(List<?> values) throws IOException {
        List<Object> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(value instanceof Number ? value : cell(value));
        }
        printer.printRecord(cells);
    }

    /** The cell a value is written as: null stays empty, formula-like text gets a leading quote. */
    public static String cell(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** A cell as read from a CSV file, without the quote {@link #cell} put in front of it (if any). */
    public static String read(String cell) {
        if (cell != null && cell.startsWith("'") && looksLikeFormula(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean looksLikeFormula(String text) {
        return FORMULA_START.matcher(text).matches()
                && !PLAIN_NUMBER.matcher(text).matches();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
