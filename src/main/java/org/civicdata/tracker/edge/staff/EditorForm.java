package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.ValueProvider;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/**
 * An editor's form: the kinds of field an editor declares, each made, put in the form in the order
 * declared and bound to the record's property of its name (or a property given), so that an editor
 * says which fields it has, with which widget, and the how lives here: text fields no longer than
 * their columns, trimmed text, coded choices, partial dates, pickers of records by id, the
 * jurisdiction a record belongs to. Reading, writing and the form's values are {@link BoundForm}'s.
 */
public class EditorForm<T> extends BoundForm<T> {

    private static final String JURISDICTION = "jurisdictionId";

    /** Text fields waiting for their column's size, applied once it can be read. */
    private final ColumnLengths lengths = new ColumnLengths();
    /** What a new record starts with (a letter: sent), set before the form shows it. */
    private final List<Consumer<T>> initialValues = new ArrayList<>();
    /** Set when the record belongs to one jurisdiction, picked in the form. */
    private transient JurisdictionService jurisdictions;

    EditorForm(
            Runnable changed, Supplier<Map<String, Object>> editedParts, Consumer<Map<String, Object>> restoreParts) {
        super(changed, editedParts, restoreParts);
    }

    /** A text field bound to the record's text property {@code name}, which may be empty: trimmed, blank stored as null. */
    public TextField optionalText(String name, String id, String label) {
        return boundText(name, text(name, id, label), FieldConverters.trimmedOrNull());
    }

    /** A text field bound to the record's text property {@code name}, marked required: trimmed (blank is the rules' to refuse). */
    public TextField requiredText(String name, String id, String label) {
        TextField field = boundText(name, text(name, id, label), FieldConverters.trimmed());
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    /** A text area for a long text (no column size to keep to), bound as {@link #optionalText}. */
    public TextArea optionalArea(String name, String id, String label) {
        TextArea area = new TextArea(label);
        area.setId(id);
        return boundText(name, area, FieldConverters.trimmedOrNull());
    }

    private <F extends Component & HasValue<?, String>> F boundText(
            String name, F field, Converter<String, String> stored) {
        bind(name, field).withConverter(stored).bind(getter(name, String.class), setter(name, String.class));
        return field;
    }

    /** A check box bound to the record's yes-or-no property {@code name}. */
    public Checkbox checkbox(String name, String id, String label) {
        return field(name, id, new Checkbox(label), Boolean.class);
    }

    /** A field of the editor's choosing (a number, a quote kept as typed), bound as is to the record's property {@code name}. */
    public <V, F extends Component & HasValue<?, V>> F field(String name, String id, F field, Class<V> type) {
        field.setId(id);
        bind(name, field).bind(getter(name, type), setter(name, type));
        return field;
    }

    /** A choice among the coded values of {@code type}, bound to the record's property {@code name}, which is also its id. */
    public <E extends Enum<E> & Coded> CodedSelect<E> coded(String name, String label, Class<E> type) {
        return field(name, name, new CodedSelect<>(name, label, type.getEnumConstants()), type);
    }

    /** As {@link #coded(String, String, Class)}; a new record starts with {@code initial} (a letter: sent). */
    public <E extends Enum<E> & Coded> CodedSelect<E> coded(String name, String label, Class<E> type, E initial) {
        initialValues.add(r -> setter(name, type).accept(r, initial));
        return coded(name, label, type);
    }

    /** A picker bound to the record's id column {@code property} (a statement's speaker: personId). */
    public <R extends TrackedRecord> RecordPicker<R> picked(String name, RecordPicker<R> picker, String property) {
        bind(name, picker).withConverter(picker.ids()).bind(getter(property, Long.class), setter(property, Long.class));
        return picker;
    }

    /**
     * The jurisdiction the record belongs to, picked and bound to its {@code jurisdictionId}: a new
     * record opened from a jurisdiction's editor starts with it, and the record is shown on its page.
     */
    public RecordPicker<Jurisdiction> jurisdiction(String label, JurisdictionService jurisdictions) {
        this.jurisdictions = jurisdictions;
        return picked("jurisdiction", RecordPicker.jurisdictions("jurisdiction", label, jurisdictions), JURISDICTION);
    }

    /** A new record's starting values, and the jurisdiction it was opened for (when the form has a picker for it). */
    void startNew(T blank, Long forJurisdiction) {
        initialValues.forEach(value -> value.accept(blank));
        if (jurisdictions != null) {
            setter(JURISDICTION, Long.class).accept(blank, forJurisdiction);
        }
    }

    /** The page of the record's jurisdiction (when the form has a picker for it) that shows the record. */
    List<PublicPage> jurisdictionPages(T record) {
        return jurisdictions == null
                ? List.of()
                : PublicPage.ofJurisdiction(
                        jurisdictions, getter(JURISDICTION, Long.class).apply(record));
    }

    /** A text field for the record's property {@code name}, no longer than its column (not yet in the form). */
    public TextField text(String name, String id, String label) {
        TextField field = new TextField(label);
        field.setId(id);
        limitLength(field::setMaxLength, null, name);
        return field;
    }

    /**
     * A date field bound to the record's two columns of a partial date, the properties
     * {@code <property>On} (first day) and {@code <property>Precision} that every dated record has.
     */
    public PartialDateField date(String name, String id, String label, String property) {
        PartialDateField field = new PartialDateField(label, name);
        field.setId(id);
        Setter<T, LocalDate> setStart = setter(property + "On", LocalDate.class);
        Setter<T, DatePrecision> setPrecision = setter(property + "Precision", DatePrecision.class);
        bind(name, field)
                .withConverter(field.converter())
                .bind(
                        r -> PartialDate.of(
                                getter(property + "On", LocalDate.class).apply(r),
                                getter(property + "Precision", DatePrecision.class)
                                        .apply(r)),
                        (r, date) -> {
                            setStart.accept(r, date == null ? null : date.start());
                            setPrecision.accept(r, date == null ? null : date.precision());
                        });
        return field;
    }

    private static <R, P> ValueProvider<R, P> getter(String name, Class<P> type) {
        return r -> property(r, name, type).get(r);
    }

    private static <R, P> Setter<R, P> setter(String name, Class<P> type) {
        return (r, value) -> property(r, name, type).set(r, value);
    }

    /** The record's property by name: a name it does not have fails at once, not as an empty value. */
    @SuppressWarnings("unchecked")
    private static <R, P> BeanProperty<R, P> property(R record, String name, Class<P> type) {
        return BeanIntrospection.getIntrospection((Class<R>) record.getClass()).getRequiredProperty(name, type);
    }

    /** The field's maximum length is its column's: of a table of its own (a part), or ({@code table} null) the record's property. */
    public void limitLength(IntConsumer setMaxLength, String table, String column) {
        lengths.limit(setMaxLength, table, column);
    }

    /** The text fields' maximum lengths, applied once the database can say them. */
    ColumnLengths lengths() {
        return lengths;
    }
}
