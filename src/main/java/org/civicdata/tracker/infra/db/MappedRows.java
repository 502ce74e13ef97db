package org.civicdata.tracker.infra.db;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository's query whose rows are mapped by hand, by column position, for the few public reads that
 * return thousands of rows at a time (a "What changed" window: issue 11). Micronaut Data's result mapper
 * finds each column of each row by its name, converting the property's name to the column's for every
 * value (a known cost: micronaut-data issue 3978); profiled on a twelve-month window of 25,000
 * jurisdictions, that was two thirds of the page's CPU. The SQL keeps the {@code :name} parameters of
 * {@code @Query} (a collection's expands to one {@code ?} per element); it runs on the connection of the
 * current transaction, or on one of its own, like any repository read ({@link JdbcOperations#execute}).
 *
 * @param <T> what each row becomes
 */
public final class MappedRows<T> {

    /** Makes one value of a row, reading its columns by position (1 = the first). */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private static final Pattern PARAMETER = Pattern.compile(":([a-zA-Z]\\w*)");

    /** The SQL around the parameters: one more piece than there are parameters. */
    private final List<String> pieces = new ArrayList<>();

    /** The parameters' names, in the order they appear (a name may appear more than once). */
    private final List<String> names = new ArrayList<>();

    private final RowMapper<T> mapper;

    /** The {@code :name} parameters are found here, once, not at every call. */
    public MappedRows(String sql, RowMapper<T> mapper) {
        Matcher m = PARAMETER.matcher(sql);
        int end = 0;
        while (m.find()) {
            pieces.add(sql.substring(end, m.start()));
            names.add(m.group(1));
            end = m.end();
        }
        pieces.add(sql.substring(end));
        this.mapper = mapper;
    }

    /** Every row for these parameter values (a null value is SQL's NULL), in the query's order. */
    public List<T> list(JdbcOperations jdbc, Map<String, ?> values) {
        List<Object> bound = new ArrayList<>();
        StringBuilder text = new StringBuilder(pieces.get(0));
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value for the query's parameter :" + name);
            }
            Object value = values.get(name);
            if (value instanceof Collection<?> many) {
                StringJoiner marks = new StringJoiner(", ");
                many.forEach(v -> marks.add("?"));
                bound.addAll(many);
                text.append(many.isEmpty() ? "NULL" : marks.toString());
            } else {
                bound.add(value);
                text.append('?');
            }
            text.append(pieces.get(i + 1));
        }
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
                for (int i = 0; i < bound.size(); i++) {
                    statement.setObject(i + 1, bound.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rows.next()) {
                        out.add(mapper.map(rows));
                    }
                    return out;
                }
            }
        });
    }
}
