package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

/** How a form's text is stored, for {@code Binder.BindingBuilder#withConverter}; no text stored is shown as empty. */
public final class FieldConverters {

    private FieldConverters() {}

    /** A text as stored: trimmed, and null when blank. */
    public static Converter<String, String> trimmedOrNull() {
        return Converter.from(
                text -> Result.ok(text == null || text.isBlank() ? null : text.trim()),
                stored -> stored == null ? "" : stored);
    }

    /** A text that must be given, as stored: trimmed (a blank one stays blank, for the type's rules to refuse). */
    public static Converter<String, String> trimmed() {
        return Converter.from(
                text -> Result.ok(text == null ? null : text.trim()), stored -> stored == null ? "" : stored);
    }
}
