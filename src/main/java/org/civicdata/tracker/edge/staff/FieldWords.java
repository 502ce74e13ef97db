package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A form's fields and values in words, as the form shows them (for the conflict dialog and messages). */
final class FieldWords {

    private FieldWords() {}

    /** The field's label, or its name in words ("venueDetail": "Venue detail"). */
    static String label(Component field, String name) {
        if (field instanceof HasLabel labelled
                && labelled.getLabel() != null
                && !labelled.getLabel().isBlank()) {
            return labelled.getLabel();
        }
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** A value as {@code field} shows it (null: a value with no field of its own, such as a part). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static String text(Component field, Object value) {
        if (value == null || "".equals(value) || value instanceof Collection<?> c && c.isEmpty()) {
            return "(empty)";
        }
        if (field instanceof ComboBox combo && combo.getItemLabelGenerator() != null) {
            return ((ItemLabelGenerator<Object>) combo.getItemLabelGenerator()).apply(value);
        }
        if (field instanceof MultiSelectComboBox multi && multi.getItemLabelGenerator() != null) {
            ItemLabelGenerator<Object> label = multi.getItemLabelGenerator();
            return ((Collection<Object>) value)
                    .stream().map(label::apply).sorted().collect(Collectors.joining("; "));
        }
        if (field instanceof Select select && select.getItemLabelGenerator() != null) {
            return ((ItemLabelGenerator<Object>) select.getItemLabelGenerator()).apply(value);
        }
        if (field instanceof Checkbox || value instanceof Boolean) {
            return Boolean.TRUE.equals(value) ? "yes" : "no";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream()
                    .map(item -> item instanceof Map<?, ?> map
                            ? map.values().stream()
                                    .filter(Objects::nonNull)
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(" "))
                            : String.valueOf(item))
                    .collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }
}
