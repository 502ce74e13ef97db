package org.civicdata.tracker.core.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The three-way comparison and merge behind the conflict dialog. */
class EditsTest {

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private final Map<String, Object> base = values(
            "name",
            "Springfield",
            "fips",
            "",
            "state",
            "IL",
            "sources",
            Set.of(1L),
            "figures",
            List.of(Map.of("label", "Marchers")));
    private final Map<String, Object> theirs = values(
            "name",
            "Bob's name",
            "fips",
            "1799123",
            "state",
            "IL",
            "sources",
            Set.of(1L),
            "figures",
            List.of(Map.of("label", "Marchers")));
    private final Map<String, Object> mine = values(
            "name",
            "Ann's name",
            "fips",
            "",
            "state",
            "WI",
            "sources",
            Set.of(1L, 2L),
            "figures",
            List.of(Map.of("label", "Marchers")));

    @Test
    void onlyWhatSomeoneChangedIsListedAndOnlyWhatBothChangedDifferentlyNeedsAChoice() {
        List<Edits.Difference> differences = Edits.differences(base, theirs, mine);
        assertThat(differences).extracting(Edits.Difference::name).containsExactly("name", "fips", "state", "sources");
        assertThat(Edits.needingChoice(differences)).containsExactly("name");
    }

    @Test
    void nothingOfTheirsIsOverwrittenWithoutAChoice() {
        List<Edits.Difference> differences = Edits.differences(base, theirs, mine);
        assertThatThrownBy(() -> Edits.merge(differences, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");

        assertThat(Edits.merge(differences, Map.of("name", Edits.Choice.THEIRS)))
                .containsExactlyEntriesOf(
                        values("name", "Bob's name", "fips", "1799123", "state", "WI", "sources", Set.of(1L, 2L)));
        assertThat(Edits.merge(differences, Map.of("name", Edits.Choice.MINE))).containsEntry("name", "Ann's name");
    }

    @Test
    void bothMakingTheSameChangeNeedsNoChoice() {
        List<Edits.Difference> differences =
                Edits.differences(values("fips", ""), values("fips", "1799123"), values("fips", "1799123"));
        assertThat(Edits.needingChoice(differences)).isEmpty();
        assertThat(Edits.merge(differences, Map.of())).containsEntry("fips", "1799123");
    }

    @Test
    void valuesAreComparedAsPeopleReadThem() {
        assertThat(Edits.differences(
                        values("amount", new BigDecimal("1.50"), "note", "", "ids", Set.of(2L, 1L)),
                        values("amount", new BigDecimal("1.5"), "note", null, "ids", Set.of(1L, 2L)),
                        values("amount", new BigDecimal("1.500"), "note", "", "ids", Set.of(1L, 2L))))
                .isEmpty();
    }
}
