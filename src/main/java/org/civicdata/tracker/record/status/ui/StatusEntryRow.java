package org.civicdata.tracker.record.status.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.edge.staff.PartialDateField;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.status.StatusEntry;
import org.civicdata.tracker.record.status.StatusHistory;

/**
 * The row under a status history's grid that adds an entry or changes the one picked: its status, when
 * it took effect and was reported, the source reporting it (one of the record's sources) and a note.
 * A date that is none is shown on its field and nothing is added.
 */
class StatusEntryRow<E extends Enum<E> & Coded> extends HorizontalLayout {

    private final Class<E> statuses;
    private final BiConsumer<StatusEntry, StatusEntry> done;
    private final Select<E> status = new Select<>();
    private final PartialDateField effective = new PartialDateField("Took effect", StatusHistory.PART);
    private final PartialDateField reported = new PartialDateField("Reported", StatusHistory.PART);
    private final ComboBox<Source> source = new ComboBox<>("Source reporting it");
    private final TextField note = new TextField("Note");
    private final Button add = new Button("Add entry");
    private final Button cancel = new Button("Cancel");
    private Collection<Source> cited = List.of();
    /** The entry being changed; null when adding. */
    private StatusEntry editing;

    /** {@code done} gets the entry changed (null when one is added) and the new one. */
    StatusEntryRow(Class<E> statuses, BiConsumer<StatusEntry, StatusEntry> done) {
        this.statuses = statuses;
        this.done = done;
        status.setId("status-entry-status");
        status.setLabel("Status");
        status.setItems(statuses.getEnumConstants());
        status.setItemLabelGenerator(Coded::labelOf);
        effective.setId("status-entry-effective");
        effective.setHelperText("When it took effect: a year, a month or a day");
        reported.setId("status-entry-reported");
        reported.setHelperText("When it was announced or reported");
        source.setId("status-entry-source");
        source.setItemLabelGenerator(Source::getTitle);
        source.setClearButtonVisible(true);
        source.setHelperText("One of the record's sources");
        note.setId("status-entry-note");
        note.setMaxLength(500);
        add.setId("status-entry-add");
        add.addClickListener(e -> addOrChange());
        cancel.setId("status-entry-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> clear());
        cancel.setVisible(false);
        add(status, effective, reported, source, note, add, cancel);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** The sources the record cites now: the choices. */
    void setSources(Collection<Source> cited) {
        this.cited = List.copyOf(cited);
        source.setItems(this.cited);
    }

    /** Puts an entry into the row to be changed ({@code number}: its row). */
    void edit(StatusEntry entry, int number) {
        editing = entry;
        status.setValue(Enum.valueOf(statuses, entry.status()));
        effective.setValue(entry.effective() == null ? "" : entry.effective().toString());
        reported.setValue(entry.reported() == null ? "" : entry.reported().toString());
        source.setValue(cited.stream()
                .filter(s -> s.getId().equals(entry.sourceId()))
                .findFirst()
                .orElse(null));
        note.setValue(entry.note() == null ? "" : entry.note());
        add.setText("Change entry " + number);
        cancel.setVisible(true);
    }

    void clear() {
        editing = null;
        status.clear();
        effective.clear();
        reported.clear();
        source.clear();
        note.clear();
        status.setInvalid(false);
        effective.setInvalid(false);
        reported.setInvalid(false);
        add.setText("Add entry");
        cancel.setVisible(false);
    }

    private void addOrChange() {
        status.setInvalid(status.getValue() == null);
        status.setErrorMessage("Choose a status.");
        PartialDate took = read(effective);
        PartialDate told = read(reported);
        if (status.isInvalid() || effective.isInvalid() || reported.isInvalid()) {
            return;
        }
        Long sourceId = source.getValue() == null ? null : source.getValue().getId();
        String noteText = note.getValue().isBlank() ? null : note.getValue().trim();
        String code = status.getValue().name();
        StatusEntry changed = editing;
        done.accept(
                changed,
                changed != null
                        ? changed.edited(code, took, told, sourceId, noteText)
                        : new StatusEntry(code, took, told, sourceId, noteText, false));
        clear();
    }

    private static PartialDate read(PartialDateField field) {
        try {
            PartialDate date = field.date();
            field.setInvalid(false);
            return date;
        } catch (InvalidInputException e) {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return null;
        }
    }
}
