package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link MappedRows} on the real database: its {@code :name} parameters, found once, bound at every call. */
@MicronautTest(transactional = false)
class MappedRowsTest {

    private static final String NUMBERS = "SELECT n FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3"
            + " UNION ALL SELECT 4) numbers WHERE ";

    private static final MappedRows.RowMapper<Integer> FIRST = row -> row.getInt(1);

    @Inject
    JdbcOperations jdbc;

    @Test
    void aCollectionIsOneMarkPerElementAndAnEmptyOneMatchesNothing() {
        MappedRows<Integer> in = new MappedRows<>(NUMBERS + "n IN (:ns) ORDER BY n", FIRST);
        assertThat(in.list(jdbc, Map.of("ns", List.of(4, 1, 3)))).containsExactly(1, 3, 4);
        assertThat(in.list(jdbc, Map.of("ns", List.of(2)))).containsExactly(2);
        assertThat(in.list(jdbc, Map.of("ns", List.of()))).isEmpty();
    }

    @Test
    void aNameUsedTwiceIsBoundTwiceAndTheTextAfterTheLastOneIsKept() {
        MappedRows<Integer> between = new MappedRows<>(NUMBERS + "n >= :lo AND n <= :lo + 1 ORDER BY n DESC", FIRST);
        assertThat(between.list(jdbc, Map.of("lo", 2))).containsExactly(3, 2);
        assertThat(between.list(jdbc, Map.of("lo", 4))).containsExactly(4);
    }

    @Test
    void aNullValueIsSqlNullAndAMissingOneIsNamed() {
        MappedRows<Integer> query = new MappedRows<>(NUMBERS + "(:n IS NULL OR n = :n) AND n IN (:ns)", FIRST);
        Map<String, Object> none = new HashMap<>();
        none.put("n", null);
        none.put("ns", Arrays.asList(1, 2));
        assertThat(query.list(jdbc, none)).containsExactlyInAnyOrder(1, 2);
        assertThatThrownBy(() -> query.list(jdbc, Map.of("n", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No value for the query's parameter :ns");
    }
}
