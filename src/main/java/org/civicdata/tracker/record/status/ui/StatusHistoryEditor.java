package org.civicdata.tracker.record.status.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.edge.staff.EditorForm;
import org.civicdata.tracker.edge.staff.EditorParts;
import org.civicdata.tracker.edge.staff.PartialDateField;
import org.civicdata.tracker.edge.staff.PartsErrorLine;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceService;
import org.civicdata.tracker.record.status.StatusEntry;
import org.civicdata.tracker.record.status.StatusHistory;

/**
 * The "Status history" section of a letter's, threat's or court case's editor: the entries in history
 * order (numbered as the service's messages number them), each editable and removable, and a row to add
 * or change one (a row's Edit and Remove stay in view at the grid's right edge on a narrow screen; keyboard:
 * arrow to a row's actions cell, Enter, then Tab between its buttons). Saved with the record by its one save button (the part {@code statusHistory}); the
 * record's status field, read-only, follows the latest entry. A new record starts with one entry: its
 * type's first status, dated by the record's own date while that entry is untouched.
 */
public class StatusHistoryEditor<E extends Enum<E> & Coded> extends VerticalLayout implements PartsErrorLine {

    private final transient SourceService sources;
    private final transient Function<Long, List<StatusEntry>> stored;
    private final Class<E> statuses;
    private final E first;
    private final List<StatusEntry> entries = new ArrayList<>();
    private final Map<Long, String> titles = new HashMap<>();
    private final Grid<StatusEntry> grid = new Grid<>();
    private final StatusEntryRow<E> row;
    private final Span error = new Span();
    /** A new record's first entry while untouched: it follows the record's own date. */
    private StatusEntry starting;

    private HasValue<?, E> derived;
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
        // The actions stay at the grid's right edge, in view on a phone while the other columns scroll under
        // them inside the grid (the page does not scroll sideways); on a laptop all columns fit, as before.
        grid.addComponentColumn(this::rowButtons)
                .setKey("actions")
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setAllRowsVisible(true);

        row = new StatusEntryRow<>(statuses, this::entered);
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
        cited.forEach(s -> titles.put(s.getId(), s.getTitle()));
        row.setSources(cited);
    }

    /**
     * The history as the record's part, for its editor to register ({@code RecordEditorView.parts}): stored,
     * as edited, put back; {@code ownDate} is the record's own date (a new record's first entry's).
     */
    public <T extends TrackedRecord> EditorParts<T> forRecord(Function<T, PartialDate> ownDate) {
        return new EditorParts<>(r -> storedPart(r.getId(), ownDate.apply(r)), this::editedPart, this::restore);
    }

    /** The stored history of a record; a new record's starts with one entry dated by its own date. */
    private Map<String, Object> storedPart(Long id, PartialDate ownDate) {
        List<StatusEntry> history = id == null
                ? List.of(new StatusEntry(first.name(), ownDate, null, null, null, false))
                : stored.apply(id);
        return Map.of(StatusHistory.PART, StatusHistory.part(history));
    }

    /** The history as edited, as the record's part. */
    private Map<String, Object> editedPart() {
        return Map.of(StatusHistory.PART, StatusHistory.part(entries));
    }

    /** Puts the history back (from {@link #storedPart}, {@link #editedPart} or a conflict's choice). */
    private void restore(Map<String, Object> parts) {
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
        row.clear();
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
        Button edit = new Button("Edit", e -> row.edit(entry, entries.indexOf(entry) + 1));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setId("status-entry-edit-" + (entries.indexOf(entry) + 1));
        Button remove = new Button("Remove", e -> {
            entries.remove(entry);
            starting = null;
            row.clear();
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setId("status-entry-remove-" + (entries.indexOf(entry) + 1));
        HorizontalLayout buttons = new HorizontalLayout(edit, remove);
        buttons.setSpacing(false);
        return buttons;
    }

    /** An entry added (changed: null) or changed, from the row below the grid. */
    private void entered(StatusEntry changed, StatusEntry now) {
        if (changed != null) {
            entries.set(entries.indexOf(changed), now);
        } else {
            entries.add(now);
        }
        starting = null;
        List<StatusEntry> ordered = StatusHistory.inOrder(entries);
        entries.clear();
        entries.addAll(ordered);
        refresh();
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
    public Span errorLine() {
        return error;
    }
}
