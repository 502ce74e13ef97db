package org.civicdata.tracker.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicdata.tracker.account.StaffPrincipal;
import org.civicdata.tracker.account.StaffRole;
import org.civicdata.tracker.audit.StaleRecordException;
import org.civicdata.tracker.common.DependentRecordsException;
import org.civicdata.tracker.common.InvalidInputException;
import org.civicdata.tracker.common.NotPermittedException;
import org.civicdata.tracker.common.PublicationState;
import org.civicdata.tracker.common.PublishableRecord;
import org.civicdata.tracker.editing.EditableRecords;
import org.civicdata.tracker.editing.Edits;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.source.Source;
import org.civicdata.tracker.source.SourceService;

/**
 * The frame every staff editor shares, whatever the record type: load by id (or {@code new}), the
 * cited sources, save with field errors shown next to the field, the conflict dialog when someone
 * else saved first, publish/unpublish/delete for editors, notes, and the history with field-level
 * diffs and revert. A subclass supplies its form fields and how they map to the record.
 *
 * <p>The route must have an {@code :id} parameter. Component ids (save, publish, unpublish, delete,
 * sources, notes, record-state, history, revert-vN) are the same on every editor.
 */
public abstract class RecordEditorView<T extends PublishableRecord> extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle {

    public static final String NEW = "new";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final transient EditableRecords<T> records;
    private final transient SourceService sources;
    private final transient RecordHistory history;
    private final String noun;

    private final H1 heading = new H1();
    private final Span state = new Span();
    private final FormLayout form = new FormLayout();
    private final MultiSelectComboBox<Source> cited = new MultiSelectComboBox<>("Sources");
    private final TextArea notes = new TextArea("Notes");
    private final Button publish = new Button("Publish");
    private final Button unpublish = new Button("Unpublish");
    private final Button delete = new Button("Delete");
    private final Button submitForReview = new Button("Submit for review");
    private final Button sendBack = new Button("Send back…");
    private final Span review = new Span();
    /** Where a type shows the records attached to this one (filled by {@link #showAttached}). */
    private final VerticalLayout attached = new VerticalLayout();
    private final Grid<RecordHistory.Entry> historyGrid = new Grid<>();
    private final Map<String, HasValidation> fieldsByName = new HashMap<>();

    /** False for records that are not themselves cited to sources (sources). */
    private boolean citesSources;
    /** The record as read from the database; edits are made on a copy. */
    private T current;
    /** The parts as the record was shown, to tell which ones the user changed (after a conflict). */
    private Map<String, Object> partsAsShown = Map.of();
    private Set<Long> currentSourceIds = Set.of();

    protected RecordEditorView(String noun, EditableRecords<T> records, SourceService sources, RecordHistory history) {
        this.noun = noun;
        this.records = records;
        this.sources = sources;
        this.history = history;
        cited.setId("sources");
        cited.setItemLabelGenerator(Source::getTitle);
        cited.setItems(query -> sources.search(query.getFilter().orElse(""), query.getPage(), query.getPageSize()).stream());
        notes.setId("notes");
        fieldsByName.put("sources", cited);

        Button save = new Button("Save", e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish");
        publish.addClickListener(e -> run(() -> show(records.publish(who(), current)), "Published."));
        unpublish.setId("unpublish");
        unpublish.addClickListener(e -> run(() -> show(records.unpublish(who(), current)), "Unpublished: back to draft."));
        delete.setId("delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        state.setId("record-state");
        review.setId("review-state");
        submitForReview.setId("submit-review");
        submitForReview.addClickListener(e -> run(() -> {
            records.editor().reviews().submit(who(), records.type(), current.getId());
            show(current);
        }, "Submitted: an editor will publish it or send it back."));
        sendBack.setId("send-back");
        sendBack.addClickListener(e -> openSendBack());

        historyGrid.setId("history");
        historyGrid.addColumn(e -> "v" + e.version()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(e -> WHEN.format(e.at())).setHeader("When (UTC)").setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(RecordHistory.Entry::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(e -> e.action().name()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(e -> e.changes().stream()
                .map(c -> c.field() + ": " + c.before() + " → " + c.after()).collect(Collectors.joining("; ")))
                .setHeader("Changes").setFlexGrow(1);
        historyGrid.addComponentColumn(e -> {
            Button revert = new Button("Revert to v" + e.version(), click -> revert(e.version()));
            revert.setId("revert-v" + e.version());
            revert.setEnabled(current != null && e.version() != current.getVersion());
            return revert;
        }).setKey("revert").setAutoWidth(true).setFlexGrow(0);
        historyGrid.setAllRowsVisible(true);

        add(heading, state, review, form, new HorizontalLayout(save, submitForReview, publish, sendBack, unpublish, delete),
                attached, new H2("History"), historyGrid);
    }

    /** Adds the type's fields to the form; {@code name} is the field the service names in its errors. */
    protected void addField(String name, Component field) {
        form.add(field);
        if (field instanceof HasValidation validated) {
            fieldsByName.put(name, validated);
        }
    }

    /** As {@link #addField}, spanning the form's full width (a list edited with the record). */
    protected void addWideField(String name, Component field) {
        addField(name, field);
        form.setColspan(field, 2);
    }

    /** Shows records attached to the current one (between the buttons and the history). */
    protected void showAttached(Component... components) {
        attached.removeAll();
        attached.setPadding(false);
        attached.add(components);
    }

    /** Called after a record is shown; types with attached records override it. */
    protected void afterShow(T record) {
    }

    /** Call at the end of the subclass constructor: sources and notes come after the type's fields. */
    protected void addSourcesAndNotes() {
        citesSources = true;
        form.add(cited, notes);
        form.setColspan(cited, 2);
        form.setColspan(notes, 2);
    }

    /** Call at the end of the constructor of a type that cites no sources (a source itself). */
    protected void addNotesOnly() {
        form.add(notes);
        form.setColspan(notes, 2);
    }

    protected abstract T blank();

    /** Puts the record's values into the form fields. */
    protected abstract void fill(T record);

    /** Puts the form's values into {@code copy} (a copy of the record as read). */
    protected abstract void readInto(T copy);

    protected abstract String titleOf(T record);

    /**
     * The record's parts kept in other tables, as edited in the form (an event's jurisdictions), saved
     * with the record; none by default.
     */
    protected Map<String, Object> editedParts() {
        return Map.of();
    }

    /** Puts parts back into the form, in the form {@link #editedParts} gives them (after a conflict). */
    protected void restoreParts(Map<String, Object> parts) {
    }

    protected abstract Class<? extends Component> listView();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(id)) {
            show(blank());
            return;
        }
        try {
            records.find(Long.parseLong(id)).ifPresentOrElse(this::show, () -> notFound(event, id));
        } catch (NumberFormatException e) {
            notFound(event, id);
        }
    }

    private void notFound(BeforeEnterEvent event, String id) {
        Notification.show("No " + noun + " with id " + id + ".");
        event.forwardTo(listView());
    }

    @Override
    public String getPageTitle() {
        return (current == null || current.getId() == null ? "New " + noun : titleOf(current)) + " · Policy tracker staff";
    }

    protected T current() {
        return current;
    }

    private void show(T record) {
        current = record;
        currentSourceIds = record.getId() == null ? Set.of() : new HashSet<>(records.sourceIds(record.getId()));
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        fill(record);
        partsAsShown = editedParts();
        cited.setValue(new HashSet<>(sources.byIds(currentSourceIds)));
        notes.setValue(record.getNotes() == null ? "" : record.getNotes());
        boolean stored = record.getId() != null;
        boolean editor = who().may(StaffRole.EDITOR);
        heading.setText(stored ? titleOf(record) : "New " + noun);
        state.setText(stored ? record.getPublicationState().name().toLowerCase(Locale.ROOT) + ", version "
                + record.getVersion() : "draft, not saved yet");
        publish.setVisible(stored && editor && record.getPublicationState() == PublicationState.DRAFT);
        unpublish.setVisible(stored && editor && record.getPublicationState() == PublicationState.PUBLISHED);
        delete.setVisible(stored && editor);
        var latestReview = stored ? records.editor().reviews().latest(records.type(), record.getId()) : java.util.Optional.<org.civicdata.tracker.editing.ReviewRequest>empty();
        boolean waiting = latestReview.filter(r -> r.state() == org.civicdata.tracker.editing.ReviewRequest.State.WAITING).isPresent();
        boolean draft = record.getPublicationState() == PublicationState.DRAFT;
        submitForReview.setVisible(stored && draft && !waiting);
        sendBack.setVisible(stored && draft && editor && waiting);
        review.setText(latestReview.filter(r -> draft).map(r -> switch (r.state()) {
            case WAITING -> "Waiting for review since " + WHEN.format(r.submittedAt()) + " UTC (submitted by " + r.submittedBy() + ")";
            case RETURNED -> "Sent back by " + r.decidedBy() + ": " + r.comment();
            case PUBLISHED -> "";
        }).orElse(""));
        historyGrid.setItems(stored ? history.of(records.type(), record.getId()) : List.of());
        afterShow(record);
    }

    private T edited() {
        T copy = Edits.copy(current);
        readInto(copy);
        copy.setNotes(notes.getValue().isBlank() ? null : notes.getValue());
        return copy;
    }

    /** The sources chosen, or the ones already cited when this type shows no source picker. */
    private List<Long> editedSourceIds() {
        if (!citesSources) {
            return List.copyOf(currentSourceIds);
        }
        return cited.getValue().stream().map(Source::getId).sorted().toList();
    }

    private void save() {
        T mine;
        try {
            mine = edited();
        } catch (InvalidInputException e) {
            showInvalid(e);
            return;
        }
        List<Long> mySources = editedSourceIds();
        try {
            T saved = records.save(who(), mine, mySources, editedParts());
            boolean created = current.getId() == null;
            show(saved);
            Notification.show(created ? "Created as a draft." : "Saved.");
            if (created) {
                UI.getCurrent().navigate(getClass(), new RouteParameters("id", String.valueOf(saved.getId())));
            }
        } catch (StaleRecordException e) {
            Map<String, Object> myParts = editedParts();
            new ConflictDialog(history.since(records.type(), current.getId(), current.getVersion()),
                    () -> records.find(current.getId()).ifPresent(this::show),
                    () -> applyMineOnTop(mine, mySources, myParts)).open();
        } catch (InvalidInputException e) {
            showInvalid(e);
        } catch (DependentRecordsException e) {
            showDependents(e);
        } catch (NotPermittedException e) {
            error(e.getMessage());
        }
    }

    /**
     * Their version plus the fields, sources and parts (an event's jurisdictions and figures) this
     * user changed, back in the form to review and save.
     */
    private void applyMineOnTop(T mine, List<Long> mySources, Map<String, Object> myParts) {
        T base = current;
        Set<Long> baseSources = currentSourceIds;
        Map<String, Object> baseParts = partsAsShown;
        records.find(base.getId()).ifPresent(latest -> {
            show(Edits.applyOnTop(base, mine, latest));
            if (!new HashSet<>(mySources).equals(baseSources)) {
                cited.setValue(new HashSet<>(sources.byIds(mySources)));
            }
            Map<String, Object> changedParts = new java.util.LinkedHashMap<>();
            myParts.forEach((part, value) -> {
                if (!java.util.Objects.equals(value, baseParts.get(part))) {
                    changedParts.put(part, value);
                }
            });
            if (!changedParts.isEmpty()) {
                restoreParts(changedParts);
            }
            Notification.show("Their changes are loaded with yours on top. Review, then save.");
        });
    }

    private void openSendBack() {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle("Send back to the author");
        TextArea comment = new TextArea("What needs to change");
        comment.setId("review-comment");
        comment.setWidthFull();
        Button confirm = new Button("Send back", e -> {
            try {
                records.editor().reviews().sendBack(who(), records.type(), current.getId(), comment.getValue());
                dialog.close();
                show(current);
                Notification.show("Sent back with your comment.");
            } catch (InvalidInputException invalid) {
                comment.setErrorMessage(invalid.getMessage());
                comment.setInvalid(true);
            } catch (NotPermittedException denied) {
                error(denied.getMessage());
            }
        });
        confirm.setId("send-back-confirm");
        dialog.add(comment);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    private void revert(int version) {
        run(() -> show(records.revert(who(), current, version)), "Reverted to version " + version + " (as a new change).");
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + titleOf(current) + "?",
                "It disappears from the staff UI and the public site. Its history is kept.", "Delete",
                e -> run(() -> {
                    records.delete(who(), current);
                    UI.getCurrent().navigate(listView());
                }, "Deleted."));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** One place that turns refusals into what the user sees. */
    private void run(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
        } catch (StaleRecordException e) {
            error("Someone else changed this record meanwhile; it has been reloaded. Please try again.");
            records.find(current.getId()).ifPresent(this::show);
        } catch (InvalidInputException e) {
            showInvalid(e);
        } catch (DependentRecordsException e) {
            showDependents(e);
        } catch (NotPermittedException e) {
            error(e.getMessage());
        }
    }

    /** A refusal about other records: the dialog listing them, with the one-step way on where there is one. */
    private void showDependents(DependentRecordsException e) {
        Runnable oneStep = switch (e.reason()) {
            case PUBLISH_NEEDS -> () -> run(() -> show(records.editor().publishWithPrerequisites(who(), records.type(),
                    current.getId(), current.getVersion())), "Published, with the records it needs.");
            case UNPUBLISH_TAKES_DOWN -> () -> run(() -> show(records.editor().unpublishWithDependents(who(),
                    records.type(), current.getId(), current.getVersion())), "Unpublished, with the records that needed it.");
            default -> null;
        };
        new DependentsDialog(e, oneStep).open();
    }

    private void showInvalid(InvalidInputException e) {
        HasValidation field = fieldsByName.get(e.field());
        if (field != null) {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } else {
            error(e.getMessage());
        }
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    protected static StaffPrincipal who() {
        return StaffSession.current().orElseThrow(() -> new NotPermittedException("Not signed in."));
    }

    protected static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A choice among an enum's values for a form. */
    @SafeVarargs
    protected static <E extends Enum<E>> com.vaadin.flow.component.select.Select<E> choice(String id, String label,
                                                                                       E... values) {
        com.vaadin.flow.component.select.Select<E> select = new com.vaadin.flow.component.select.Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(values);
        return select;
    }

    /** A text field for a form, no longer than its column. */
    protected static com.vaadin.flow.component.textfield.TextField text(String id, String label, int maxLength) {
        com.vaadin.flow.component.textfield.TextField field = new com.vaadin.flow.component.textfield.TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }

    /** A text field's value as stored: trimmed, and null when blank. */
    protected static String trimmedOrNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
