package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.editing.Edits;

/**
 * A form whose fields are known by the name the service uses in its errors (in form order, sources
 * and notes included), bound to the record with Vaadin's {@link Binder}, so a record goes into the
 * form with {@link #read} and the form into a working copy with {@link #write}. Also the form's
 * values by name for the conflict dialog and the unsaved-changes check, the problems shown next to
 * their fields, and the fields locked for a role. The kinds of field an editor declares are
 * {@link EditorForm}'s.
 */
public class BoundForm<T> extends FormLayout {
    private final Binder<T> binder = new Binder<>();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Map<String, HasValidation> validated = new HashMap<>();
    /** Fields made read-only because the signed-in role may not change this record. */
    private final Set<HasValue<?, ?>> lockedForRole = new HashSet<>();

    private final Runnable changed;
    private final Supplier<Map<String, Object>> editedParts;
    private final Consumer<Map<String, Object>> restoreParts;
    /** The form's values (fields, sources, notes, parts) as the record was shown: unsaved changes differ. */
    private Map<String, Object> valuesAsShown = Map.of();

    /**
     * {@code changed} runs after any field's value changes; the record's parts kept in other tables
     * (an event's jurisdictions) are read from the form by {@code editedParts} and put back by
     * {@code restoreParts}.
     */
    BoundForm(Runnable changed, Supplier<Map<String, Object>> editedParts, Consumer<Map<String, Object>> restoreParts) {
        this.changed = changed;
        this.editedParts = editedParts;
        this.restoreParts = restoreParts;
        // The rules live in each type's rules class (shown through the service's errors), not in the components.
        binder.setDefaultValidatorsEnabled(false);
    }

    /** Puts a field in the form under the name the service uses in its errors, not bound (a part kept in another table). */
    public void add(String name, Component field) {
        add(field);
        watch(name, field);
    }

    /** As {@link #add(String, Component)}, spanning the form's full width (a list edited with the record). */
    public void addWide(String name, Component field) {
        add(name, field);
        setColspan(field, 2);
    }

    /** Registers a field placed in the form apart, for the conflict dialog and the unsaved-changes check. */
    void watch(String name, Component field) {
        fields.put(name, field);
        if (field instanceof HasValidation hasValidation) {
            validated.put(name, hasValidation);
        }
        if (field instanceof HasValue<?, ?> value) {
            value.addValueChangeListener(e -> changed.run());
        }
    }

    /** Starts the binding of a field placed in the form apart (notes), as {@link #bind}. */
    <V, F extends Component & HasValue<?, V>> Binder.BindingBuilder<T, V> bindApart(String name, F field) {
        watch(name, field);
        return binder.forField(field);
    }

    /**
     * Puts a field in the form under the name the service uses in its errors, and starts its binding
     * to the record's property, to be finished with {@code bind(getter, setter)}.
     */
    public <V, F extends Component & HasValue<?, V>> Binder.BindingBuilder<T, V> bind(String name, F field) {
        add(name, field);
        return binder.forField(field);
    }

    /** The record's values into the bound fields; no problems shown. */
    void read(T record) {
        validated.values().forEach(f -> f.setInvalid(false));
        binder.readBean(record);
    }

    /**
     * The bound fields' values into {@code copy}, all or none.
     *
     * @throws InvalidInputException naming the first field whose text is not a value (a date that is none)
     */
    void write(T copy) {
        try {
            binder.writeBean(copy);
        } catch (ValidationException e) {
            BindingValidationStatus<?> first = e.getFieldValidationErrors().get(0);
            String name = fields.entrySet().stream()
                    .filter(f -> f.getValue() == first.getField())
                    .findFirst()
                    .map(Map.Entry::getKey)
                    .orElse("");
            throw new InvalidInputException(name, first.getMessage().orElse(""));
        }
    }

    /** The form's values: each field by name, then the parts kept in other tables. */
    Map<String, Object> values() {
        Map<String, Object> parts = editedParts.get();
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (field instanceof HasValue<?, ?> value && !parts.containsKey(name)) {
                values.put(name, value.getValue());
            }
        });
        values.putAll(parts);
        return values;
    }

    /** Puts values of {@link #values} back into the form (some or all). */
    @SuppressWarnings("unchecked")
    void put(Map<String, Object> values) {
        Map<String, Object> parts = new LinkedHashMap<>();
        Set<String> partNames = editedParts.get().keySet();
        values.forEach((name, value) -> {
            if (partNames.contains(name)) {
                parts.put(name, value);
            } else if (fields.get(name) instanceof HasValue<?, ?> field) {
                ((HasValue<?, Object>) field).setValue(value);
            }
        });
        if (!parts.isEmpty()) {
            restoreParts.accept(parts);
        }
    }

    /** The values now in the form are the record as shown: nothing unsaved. */
    void shown() {
        valuesAsShown = values();
    }

    Map<String, Object> valuesAsShown() {
        return valuesAsShown;
    }

    /** Unsaved changes: the form's values differ from the record as shown (fields, sources, notes, parts). */
    boolean isDirty() {
        try {
            Map<String, Object> now = values();
            return !Edits.differences(valuesAsShown, now, now).isEmpty();
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    /** A part name ({@link #values}: a part kept in another table), not a field's. */
    boolean isPart(String name) {
        return editedParts.get().containsKey(name);
    }

    /** Shows the problem next to its field; false when no field has that name. */
    boolean showProblem(String name, String message) {
        HasValidation field = validated.get(name);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    /** A contributor on a published record: every field read-only (until the next record is shown). */
    void lockForRole(boolean locked) {
        lockedForRole.forEach(f -> f.setReadOnly(false));
        lockedForRole.clear();
        if (locked) {
            fields.values().stream()
                    .filter(f -> f instanceof HasValue<?, ?>)
                    .map(f -> (HasValue<?, ?>) f)
                    .filter(f -> !f.isReadOnly())
                    .forEach(f -> {
                        f.setReadOnly(true);
                        lockedForRole.add(f);
                    });
        }
    }

    /** A field's name as the form shows it. */
    String labelOf(String name) {
        return FieldWords.label(fields.get(name), name);
    }

    /** A value of a field (or part) as the form shows it, in words. */
    String textOf(String name, Object value) {
        return FieldWords.text(isPart(name) ? null : fields.get(name), value);
    }
}
