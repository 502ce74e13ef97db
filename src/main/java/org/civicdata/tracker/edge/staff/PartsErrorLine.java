package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/**
 * An editor of a record's parts (an event's figures, a status history) bound as one field: the
 * Binder's message for it is shown in its own error line, visible while the field is invalid.
 */
public interface PartsErrorLine extends HasValidation {

    /** The line the message is written to. */
    Span errorLine();

    @Override
    default void setErrorMessage(String message) {
        errorLine().setText(message == null ? "" : message);
    }

    @Override
    default String getErrorMessage() {
        return errorLine().getText();
    }

    @Override
    default void setInvalid(boolean invalid) {
        errorLine().setVisible(invalid);
    }

    @Override
    default boolean isInvalid() {
        return errorLine().isVisible();
    }
}
