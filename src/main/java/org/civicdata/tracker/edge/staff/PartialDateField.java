package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.FieldProblems;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.PartialDate;

/** A date as precise as the source gives it: 2018-01-24, 2018-01 or 2018 (empty = unknown). */
public class PartialDateField extends TextField {

    private final String fieldName;

    public PartialDateField(String label, String fieldName) {
        super(label);
        this.fieldName = fieldName;
        setPlaceholder("YYYY, YYYY-MM or YYYY-MM-DD");
        setHelperText("As precise as the source: a year, a month or a day");
    }

    public void setDate(java.time.LocalDate start, DatePrecision precision) {
        PartialDate date = PartialDate.of(start, precision);
        setValue(date == null ? "" : date.toString());
    }

    /** The first day of the date's period, or null when empty (the {@code _on} column). */
    public java.time.LocalDate start() {
        PartialDate date = date();
        return date == null ? null : date.start();
    }

    /** The date's precision, or null when empty (the {@code _precision} column). */
    public DatePrecision precision() {
        PartialDate date = date();
        return date == null ? null : date.precision();
    }

    /** @throws InvalidInputException naming this field when the text is not such a date */
    public PartialDate date() {
        return parse(getValue());
    }

    /** For a form's binding: the text as a date, or the same words {@link #date()} has when it is none. */
    public Converter<String, PartialDate> converter() {
        return Converter.from(
                text -> {
                    try {
                        return Result.ok(parse(text));
                    } catch (InvalidInputException e) {
                        return Result.error(e.getMessage());
                    }
                },
                date -> date == null ? "" : date.toString());
    }

    private PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        FieldProblems problems = new FieldProblems();
        PartialDate date = problems.date(fieldName, getLabel(), text);
        FieldProblems.throwFirst(problems.list());
        return date;
    }
}
