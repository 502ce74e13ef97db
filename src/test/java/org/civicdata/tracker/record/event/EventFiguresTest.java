package org.civicdata.tracker.record.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class EventFiguresTest {

    @Test
    void theOldOneLineFormIsReadBackForRevertsOfOlderEntries() {
        List<Map<String, Object>> read = EventFigures.canonical(List.of(
                "sanctuary jurisdictions: MORE_THAN 200 JURISDICTIONS (2017)",
                "cost: ? USD",
                "ratio: a: b: 1.50 OTHER"));
        assertThat(read)
                .containsExactly(
                        EventFigures.part(
                                "sanctuary jurisdictions",
                                new BigDecimal("200"),
                                FigureQualifier.MORE_THAN,
                                FigureUnit.JURISDICTIONS,
                                "2017",
                                null),
                        EventFigures.part("cost", null, null, FigureUnit.USD, null, null),
                        EventFigures.part("ratio: a: b", new BigDecimal("1.5"), null, FigureUnit.OTHER, null, null));
    }

    @Test
    void aBadFigureIsRefusedNamingItsNumber() {
        Map<String, Object> good = EventFigures.part("arrests", BigDecimal.TEN, null, FigureUnit.ARRESTS, null, null);
        assertThatThrownBy(() -> EventFigures.canonical(List.of(good, Map.of("label", "x", "unit", "MILES"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("figures");
                    assertThat(e.getMessage()).startsWith("Figure 2: unit 'MILES' is not one of");
                });
        assertThatThrownBy(() -> EventFigures.canonical(List.of(Map.of("unit", "USD"))))
                .hasMessage("Figure 1 needs a label (what is counted).");
        assertThatThrownBy(() -> EventFigures.canonical(List.of(Map.of("label", "x", "unit", "USD", "value", "lots"))))
                .hasMessage("Figure 1: 'lots' is not a number.");
    }

    @Test
    void aFigurePrintsAsPeopleWriteIt() {
        assertThat(EventFigures.wording(FigureQualifier.ABOUT, new BigDecimal("100.00"), FigureUnit.PEOPLE))
                .isEqualTo("about 100 people");
        assertThat(EventFigures.wording(FigureQualifier.MORE_THAN, new BigDecimal("200"), FigureUnit.ARRESTS))
                .isEqualTo("more than 200 arrests");
        assertThat(EventFigures.wording(FigureQualifier.NEARLY, new BigDecimal("11000000"), FigureUnit.OTHER))
                .isEqualTo("nearly 11 million");
        assertThat(EventFigures.wording(null, new BigDecimal("1500000"), FigureUnit.USD))
                .isEqualTo("$1.5 million");
        assertThat(EventFigures.wording(null, new BigDecimal("12345.50"), FigureUnit.USD))
                .isEqualTo("$12,345.5");
        assertThat(EventFigures.wording(null, BigDecimal.ONE, FigureUnit.CITIES))
                .isEqualTo("1 city");
        assertThat(EventFigures.wording(FigureQualifier.LESS_THAN, new BigDecimal("40"), FigureUnit.COUNTIES))
                .isEqualTo("less than 40 counties");
        assertThat(EventFigures.wording(null, null, FigureUnit.CONSULATES))
                .isEqualTo("an unknown number of consulates");
        assertThat(EventFigures.line(
                        "US mayors at the meeting",
                        FigureQualifier.ABOUT,
                        new BigDecimal("100"),
                        FigureUnit.PEOPLE,
                        "2018-01-24",
                        "the White House"))
                .isEqualTo("US mayors at the meeting: about 100 people (2018-01-24, according to the White House)");
    }
}
