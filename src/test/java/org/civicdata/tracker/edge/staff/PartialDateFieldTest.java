package org.civicdata.tracker.edge.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateFieldTest {

    @ParameterizedTest
    @ValueSource(strings = {"2018-13", "2018-02-30", "24 Jan 2018", "2018-1"})
    void aDateTheFieldCannotReadIsRefusedNamingTheFieldInWordsNotJavasText(String text) {
        PartialDateField said = new PartialDateField("Said on", "saidOn");
        said.setValue(text);
        assertThatThrownBy(said::date).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("saidOn");
            assertThat(e.getMessage())
                    .startsWith("Said on: '" + text + "' is not")
                    .doesNotContain("MonthOfYear", "valid values", "Invalid value", "Exception", "java.");
        });
    }

    @org.junit.jupiter.api.Test
    void aMonthIsReadAsAMonth() {
        PartialDateField said = new PartialDateField("Said on", "saidOn");
        said.setValue("2018-01");
        assertThat(said.precision()).isEqualTo(DatePrecision.MONTH);
    }
}
