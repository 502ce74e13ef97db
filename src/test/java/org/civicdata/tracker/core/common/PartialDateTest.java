package org.civicdata.tracker.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "2018-01-24, 2018-01-24, DAY, 2018-01-24",
        "2017-02, 2017-02-01, MONTH, 2017-02-28",
        "2016, 2016-01-01, YEAR, 2016-12-31",
        "2016-02, 2016-02-01, MONTH, 2016-02-29"
    })
    void aDateKeepsThePrecisionItWasWrittenWith(String text, LocalDate start, DatePrecision precision, LocalDate end) {
        PartialDate date = PartialDate.parse(text);
        assertThat(date.start()).isEqualTo(start);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.end()).isEqualTo(end);
        assertThat(date.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "18", "2018-1", "2018-13", "2018-02-30", "24 Jan 2018", "2018-01-24T10:00"})
    void textThatIsNotADateIsRefusedWithItsValueInTheMessage(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @org.junit.jupiter.api.Test
    void aMonthDateMustStartOnTheFirst() {
        assertThatThrownBy(() -> new PartialDate(LocalDate.of(2018, 1, 24), DatePrecision.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PartialDate.of(null, DatePrecision.DAY)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2018-13    | the month is 01 to 12",
                "2018-00-10 | the month is 01 to 12",
                "2019-02-29 | February 2019 has 28 days",
                "2018-04-31 | April 2018 has 30 days"
            })
    void anImpossibleDateIsExplainedInWordsNotJavasText(String text, String explanation) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .hasMessage("'" + text + "' is not a real date: " + explanation + ".")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("MonthOfYear", "valid values", "Invalid"));
    }
}
