package org.civicdata.tracker.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date kept in two columns goes out as one field and is read back into both; a flag reads yes or no. */
class RecordFieldDateAndFlagTest {

    static final class Said {
        LocalDate on;
        DatePrecision precision;
        boolean inferred;
    }

    private static final RecordField<Said> SAID_ON = RecordField.date(
            "saidOn", "Said on", "When.", s -> s.on, s -> s.precision, (s, v) -> s.on = v, (s, v) -> s.precision = v);

    private static final RecordField<Said> INFERRED = RecordField.flag(
            "saidOnInferred", "Said on inferred", "Inferred.", s -> s.inferred, (s, v) -> s.inferred = v);

    @Test
    void aDateGoesOutAsPreciseAsItIsKeptAndIsReadIntoItsTwoColumns() {
        Said said = new Said();
        assertThat(SAID_ON.value(said)).isNull();
        assertThat(SAID_ON.text(said)).isEmpty();

        FieldProblems problems = new FieldProblems();
        SAID_ON.read(said, "2018-01", problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(said.on).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(said.precision).isEqualTo(DatePrecision.MONTH);
        assertThat(SAID_ON.value(said)).isEqualTo("2018-01");
        assertThat(SAID_ON.column()).isEqualTo("said_on");

        SAID_ON.read(said, "2018-13-01", problems);
        assertThat(problems.list())
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("saidOn").contains("Said on"));
        assertThat(said.on).isNull();
        assertThat(said.precision).isNull();
    }

    @Test
    void aFlagReadsYesOrNoAndNamesTheFieldOtherwise() {
        Said said = new Said();
        FieldProblems problems = new FieldProblems();
        INFERRED.read(said, "yes", problems);
        assertThat(said.inferred).isTrue();
        assertThat(INFERRED.value(said)).isEqualTo(true);
        INFERRED.read(said, "maybe", problems);
        assertThat(said.inferred).isFalse();
        assertThat(problems.list())
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("Said on inferred"));
    }

    @Test
    void aPartBuiltWholeRefusesToBeSetFieldByField() {
        RecordField<Said> notSet =
                RecordField.text("label", "Label", "A label.", s -> "x", RecordField.notSetByField("A figure"));
        assertThatThrownBy(() -> notSet.read(new Said(), "y", new FieldProblems()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("A figure");
    }
}
