package org.civicdata.tracker.record.status.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.edge.staff.EditorForm;
import org.civicdata.tracker.edge.staff.PartialDateField;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceService;
import org.civicdata.tracker.record.status.StatusEntry;
import org.civicdata.tracker.record.status.StatusHistory;

/**
 * The "Status history" section of a letter's, threat's or court case's editor: the entries in history
 * order (numbered as the service's messages number them), each editable and removable, and a row to add
 * or change one. Saved with the record by its one save button (the part {@code statusHistory}); the
 * record's status field, read-only, follows the latest entry. A new record starts with one entry: its
 * type's first status, dated by the record's own date while that entry is untouched.
 */
public class StatusHistoryEditor<E extends Enum<E> & Coded> extends VerticalLayout implements HasValidation {

    private final transient SourceService sources;
    private final transient Function<Long, List<StatusEntry>> stored;
    private final Class<E> statuses;
    private final E first;
    private final List<StatusEntry> entries = new ArrayList<>();
    private final Map<Long, String> titles = new HashMap<>();
    private final Grid<StatusEntry> grid = new Grid<>();
    private final Select<E> status = new Select<>();
    private final PartialDateField effective = new PartialDateField("Took effect", StatusHistory.PART);
    private final PartialDateField reported = new PartialDateField("Reported", StatusHistory.PART);
    private final ComboBox<Source> source = new ComboBox<>("Source reporting it");
    private final TextField note = new TextField("Note");
    private final Button add = new Button("Add entry");
    private final Button cancel = new Button("Cancel");
    private final Span error = new Span();
    /** The entry being changed in the row below the grid; null when adding. */
    private StatusEntry editing;
    /** A new record's first entry while untouched: it follows the record's own date. */
    private StatusEntry starting;

    private HasValue<?, E> derived;
    private Collection<Source> cited = List.of();
    private boolean watchingSources;

    public StatusHistoryEditor(
            Class<E> statuses, E first, SourceService sources, Function<Long, List<StatusEntry>> stored) {
        this.statuses = statuses;
        this.first = first;
        this.sources = sources;
        this.stored = stored;
        setPadding(false);
        setId("status-history");
        grid.setId("status-history-grid");
        grid.addColumn(e -> entries.indexOf(e) + 1)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> Coded.labelOf(statuses, e.status()))
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(e -> e.effective() == null ? "not known" : text(e.effective()))
                .setHeader("Took effect")
                .setAutoWidth(true);
        grid.addColumn(e -> text(e.reported())).setHeader("Reported").setAutoWidth(true);
        grid.addColumn(this::sourceText).setHeader("Source").setFlexGrow(1);
        grid.addColumn(StatusHistoryEditor::noteText).setHeader("Note").setFlexGrow(1);
        grid.addComponentColumn(this::rowButtons).setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);

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
        cancel.addClickListener(e -> clearRow());
        cancel.setVisible(false);
        HorizontalLayout row = new HorizontalLayout(status, effective, reported, source, note, add, cancel);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        error.setId("status-history-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(new H3(StatusHistory.LABEL), grid, row, error);
    }

    /**
     * Puts the section in the form, full width, as the part {@code statusHistory}; the record's status
     * field (none for a court case) becomes read-only and follows the latest entry; a new record's first
     * entry follows the record's own date field.
     */
    @SuppressWarnings("unchecked")
    public StatusHistoryEditor<E> addTo(EditorForm<?> form, PartialDateField ownDate, HasValue<?, E> statusField) {
        this.derived = statusField;
        if (statusField != null) {
            statusField.setReadOnly(true);
            if (statusField instanceof com.vaadin.flow.component.HasHelper helper) {
                helper.setHelperText("From the status history: its latest entry");
            }
        }
        form.addWide(StatusHistory.PART, this);
        ownDate.addValueChangeListener(e -> followOwnDate(ownDate));
        // The form's source picker is placed after the type's fields: found once the editor is shown.
        addAttachListener(e -> {
            if (!watchingSources) {
                form.getChildren()
                        .filter(c -> c.getId().filter("sources"::equals).isPresent())
                        .findFirst()
                        .filter(c -> c instanceof MultiSelectComboBox<?>)
                        .ifPresent(c -> watch((MultiSelectComboBox<Source>) c));
            }
        });
        return this;
    }

    private void watch(MultiSelectComboBox<Source> picker) {
        watchingSources = true;
        citing(picker.getValue());
        picker.addValueChangeListener(e -> citing(e.getValue()));
    }

    /** The sources the record cites now, in the form: the choices for an entry's source. */
    public void citing(Collection<Source> cited) {
        this.cited = List.copyOf(cited);
        cited.forEach(s -> titles.put(s.getId(), s.getTitle()));
        source.setItems(this.cited);
    }

    /** The stored history of a record; a new record's starts with one entry dated by its own date. */
    public Map<String, Object> storedPart(Long id, PartialDate ownDate) {
        List<StatusEntry> history = id == null
                ? List.of(new StatusEntry(first.name(), ownDate, null, null, null, false))
                : stored.apply(id);
        return Map.of(StatusHistory.PART, StatusHistory.part(history));
    }

    /** The history as edited, as the record's part. */
    public Map<String, Object> editedPart() {
        return Map.of(StatusHistory.PART, StatusHistory.part(entries));
    }

    /** Puts the history back (from {@link #storedPart}, {@link #editedPart} or a conflict's choice). */
    public void restore(Map<String, Object> parts) {
        if (!parts.containsKey(StatusHistory.PART)) {
            return;
        }
        entries.clear();
        entries.addAll(StatusHistory.inOrder(StatusHistory.entries(parts.get(StatusHistory.PART), statuses)));
        starting = entries.size() == 1
                        && entries.get(0).sourceId() == null
                        && !entries.get(0).migratedInitial()
                ? entries.get(0)
                : null;
        Set<Long> unknown = new java.util.HashSet<>();
        entries.stream()
                .map(StatusEntry::sourceId)
                .filter(id -> id != null && !titles.containsKey(id))
                .forEach(unknown::add);
        if (!unknown.isEmpty()) {
            sources.byIds(unknown).forEach(s -> titles.put(s.getId(), s.getTitle()));
        }
        setInvalid(false);
        clearRow();
        refresh();
    }

    private void followOwnDate(PartialDateField ownDate) {
        if (starting == null || entries.size() != 1 || entries.get(0) != starting) {
            return;
        }
        try {
            PartialDate date = ownDate.date();
            starting = new StatusEntry(starting.status(), date, null, null, null, false);
            entries.set(0, starting);
            refresh();
        } catch (InvalidInputException notADate) {
            // the record's own field says so; the entry keeps its date
        }
    }

    private Component rowButtons(StatusEntry entry) {
        Button edit = new Button("Edit", e -> startEditing(entry));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setId("status-entry-edit-" + (entries.indexOf(entry) + 1));
        Button remove = new Button("Remove", e -> {
            entries.remove(entry);
            starting = null;
            clearRow();
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setId("status-entry-remove-" + (entries.indexOf(entry) + 1));
        HorizontalLayout buttons = new HorizontalLayout(edit, remove);
        buttons.setSpacing(false);
        return buttons;
    }

    private void startEditing(StatusEntry entry) {
        editing = entry;
        status.setValue(Enum.valueOf(statuses, entry.status()));
        effective.setValue(text(entry.effective()));
        reported.setValue(text(entry.reported()));
        source.setValue(cited.stream()
                .filter(s -> s.getId().equals(entry.sourceId()))
                .findFirst()
                .orElse(null));
        note.setValue(entry.note() == null ? "" : entry.note());
        add.setText("Change entry " + (entries.indexOf(entry) + 1));
        cancel.setVisible(true);
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
        if (editing != null) {
            entries.set(entries.indexOf(editing), editing.edited(code, took, told, sourceId, noteText));
        } else {
            entries.add(new StatusEntry(code, took, told, sourceId, noteText, false));
        }
        starting = null;
        List<StatusEntry> ordered = StatusHistory.inOrder(entries);
        entries.clear();
        entries.addAll(ordered);
        clearRow();
        refresh();
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

    private void clearRow() {
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

    private void refresh() {
        grid.setItems(new ArrayList<>(entries));
        StatusEntry latest = StatusHistory.latest(entries);
        if (derived != null && latest != null) {
            derived.setValue(Enum.valueOf(statuses, latest.status()));
        }
    }

    private String sourceText(StatusEntry e) {
        if (e.sourceId() == null) {
            return e.migratedInitial() ? "(none: the record cited no source)" : "—";
        }
        return titles.getOrDefault(e.sourceId(), "source " + e.sourceId());
    }

    private static String text(PartialDate date) {
        return date == null ? "" : date.toString();
    }

    private static String noteText(StatusEntry e) {
        String note = e.note() == null ? "" : e.note();
        return e.migratedInitial()
                ? (note.isEmpty() ? "" : note + " · ") + "Made from the record's own status and date"
                : note;
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
