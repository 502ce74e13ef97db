package org.civicdata.tracker.staff;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civicdata.tracker.account.StaffPrincipal;
import org.civicdata.tracker.account.StaffRole;
import org.civicdata.tracker.audit.StaleRecordException;
import org.civicdata.tracker.common.DependentRecordsException;
import org.civicdata.tracker.common.InvalidInputException;
import org.civicdata.tracker.common.NotPermittedException;
import org.civicdata.tracker.common.PublicationState;
import org.civicdata.tracker.common.PublishableRecord;
import org.civicdata.tracker.db.DatabaseHealth;
import org.civicdata.tracker.db.DatabaseUnavailableException;
import org.civicdata.tracker.editing.EditableRecords;
import org.civicdata.tracker.editing.Edits;
import org.civicdata.tracker.editing.RecordEditor;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.editing.RecordPresence;
import org.civicdata.tracker.source.Source;
import org.civicdata.tracker.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame every staff editor shares, whatever the record type: load by id (or {@code new}), the
 * cited sources, save with field errors shown next to the field, the conflict dialog when someone
 * else saved first, publish/unpublish/delete for editors, notes, and the history with field-level
 * diffs and revert. A subclass supplies its form fields and how they map to the record.
 *
 * <p>What the frame promises, whatever the type: every action ends in a line in the status area
 * next to the buttons ("Saved at …" or the reason it was not done; never a notification over the
 * buttons, never Java's text); a conflict shows, item by item, the value one started from, theirs
 * and mine, and nothing of theirs is overwritten without a choice; leaving with unsaved changes
 * asks first; a revert asks first; a role sees only the actions it may take; who else has the
 * record open is shown (from {@link RecordPresence}); a published record links to its public page.
 *
 * <p>The route must have an {@code :id} parameter. Component ids (save, publish, unpublish, delete,
 * sources, notes, record-state, history, revert-vN, editor-status, presence, role-note,
 * public-links) are the same on every editor.
 */
public abstract class RecordEditorView<T extends PublishableRecord> extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    public static final String NEW = "new";
    private static final Logger LOG = LoggerFactory.getLogger(RecordEditorView.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    /** Asks the browser to confirm leaving the page while the form holds unsaved changes. */
    private static final String HEARTBEAT_OWNER = "record-editor-heartbeat";
    private static final String UNLOAD_GUARD = """
            const el = this;
            if (!el.__unloadGuard) {
              el.__unloadGuard = e => {
                if (el.isConnected && (el.dirty || el.__typed)) { e.preventDefault(); e.returnValue = ''; }
              };
              el.addEventListener('input', () => { el.__typed = true; });
              el.addEventListener('change', () => { el.__typed = false; });
            }
            window.addEventListener('beforeunload', el.__unloadGuard);""";

    private final transient EditableRecords<T> records;
    private final transient SourceService sources;
    private final transient RecordHistory history;
    private final String noun;
    /** This editor's key in {@link RecordPresence}: one per open editor. */
    private final String editorKey = UUID.randomUUID().toString();
    private transient RecordPresence presence;
    private transient DatabaseHealth health;
    private Registration heartbeat;

    private final H1 heading = new H1();
    private final Span state = new Span();
    private final FormLayout form = new FormLayout();
    private final MultiSelectComboBox<Source> cited = new MultiSelectComboBox<>("Sources");
    private final TextArea notes = new TextArea("Notes");
    private final Button save = new Button("Save");
    private final Button publish = new Button("Publish");
    private final Button unpublish = new Button("Unpublish");
    private final Button delete = new Button("Delete");
    private final Button submitForReview = new Button("Submit for review");
    private final Button sendBack = new Button("Send back…");
    private final Span review = new Span();
    private final Span others = new Span();
    private final Span roleNote = new Span();
    private final Div publicLinks = new Div();
    /** Where every action's outcome is said, next to the buttons (read out by screen readers). */
    private final Div status = new Div();
    private final HorizontalLayout actions;
    /** Where a type shows the records attached to this one (filled by {@link #showAttached}). */
    private final VerticalLayout attached = new VerticalLayout();
    private final Grid<RecordHistory.Entry> historyGrid = new Grid<>();
    private final Map<String, HasValidation> fieldsByName = new HashMap<>();
    /** The form's fields by the name the service uses, in form order (sources and notes included). */
    private final Map<String, Component> fields = new LinkedHashMap<>();
    /** Fields made read-only because the signed-in role may not change this record. */
    private final Set<HasValue<?, ?>> lockedForRole = new HashSet<>();

    /** False for records that are not themselves cited to sources (sources). */
    private boolean citesSources;
    /** The record as read from the database; edits are made on a copy. */
    private T current;
    /** The form's values (fields, sources, notes, parts) as the record was shown: unsaved changes differ. */
    private Map<String, Object> valuesAsShown = Map.of();
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
        watch("sources", cited);
        watch("notes", notes);

        save.addClickListener(e -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish");
        publish.addClickListener(e -> savedFirst("Publish", () -> run(() -> show(records.publish(who(), current)), "Published.")));
        unpublish.setId("unpublish");
        unpublish.addClickListener(e -> savedFirst("Unpublish", () -> run(() -> show(records.unpublish(who(), current)),
                "Unpublished: back to draft.")));
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
        historyGrid.addColumn(e -> e.action().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(e -> e.changes().stream()
                .map(c -> c.field() + ": " + c.before() + " → " + c.after()).collect(Collectors.joining("; ")))
                .setHeader("Changes").setFlexGrow(1);
        historyGrid.addComponentColumn(e -> {
            Button revert = new Button("Revert to v" + e.version(), click -> revert(e.version()));
            revert.setId("revert-v" + e.version());
            revert.setEnabled(current != null && e.version() != current.getVersion() && mayEdit(current));
            if (current != null && !mayEdit(current)) {
                revert.setTooltipText(CONTRIBUTOR_DRAFTS_ONLY);
            }
            return revert;
        }).setKey("revert").setAutoWidth(true).setFlexGrow(0);
        historyGrid.setAllRowsVisible(true);

        others.setId("presence");
        roleNote.setId("role-note");
        publicLinks.setId("public-links");
        status.setId("editor-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.getStyle().set("min-height", "1.5em").set("font-weight", "500");
        actions = new HorizontalLayout(save, submitForReview, publish, sendBack, unpublish, delete);
        actions.setId("editor-actions");
        actions.setWrap(true);
        // Buttons inside the form (an event's "Add figure", "Remove") change it without a value event.
        form.getElement().addEventListener("click", e -> refreshDirtyFlag());
        add(heading, state, review, others, publicLinks, roleNote, form, actions, status,
                attached, new H2("History"), historyGrid);
    }

    /** Adds the type's fields to the form; {@code name} is the field the service names in its errors. */
    protected void addField(String name, Component field) {
        form.add(field);
        if (field instanceof HasValidation validated) {
            fieldsByName.put(name, validated);
        }
        watch(name, field);
    }

    /** Registers a field for the conflict dialog and the unsaved-changes check. */
    private void watch(String name, Component field) {
        fields.put(name, field);
        if (field instanceof HasValue<?, ?> value) {
            value.addValueChangeListener(e -> refreshDirtyFlag());
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

    /**
     * The public page where a record is shown: a jurisdiction's page {@code /j/{slug}} and its JSON
     * {@code /api/jurisdictions/{slug}}. Public when the record and that jurisdiction are both
     * published; {@code jurisdictionName} is null for a jurisdiction's own page.
     */
    public record PublicPage(String slug, String jurisdictionName, boolean jurisdictionPublished) {

        /** A jurisdiction's own page. */
        public static PublicPage own(String slug) {
            return new PublicPage(slug, null, true);
        }

        /** The page of the jurisdiction an attached record belongs to. */
        public static PublicPage of(String slug, String jurisdictionName, PublicationState jurisdictionState) {
            return new PublicPage(slug, jurisdictionName, jurisdictionState == PublicationState.PUBLISHED);
        }
    }

    /**
     * The jurisdictions' pages that show this record (a jurisdiction: its own; an attached record:
     * its jurisdiction's); none by default.
     */
    protected List<PublicPage> publicPages(T record) {
        return List.of();
    }

    /** What to say when the record is on no public page; types with no page of their own say why. */
    protected String noPublicPage() {
        return "Not on any public page: it is attached to no jurisdiction.";
    }

    /** Injected by the bean context (so that every editor's constructor stays as it is). */
    @Inject
    public void setPresence(RecordPresence presence) {
        this.presence = presence;
    }

    /** Injected by the bean context, as {@link #setPresence}. */
    @Inject
    public void setDatabaseHealth(DatabaseHealth health) {
        this.health = health;
    }

    /** Said when the database cannot be reached: at once when it is known to be down, else when the attempt fails. */
    static final String DATABASE_UNAVAILABLE = "The database is unavailable; nothing was saved. "
            + "Your changes are still in the form: try again in a minute.";

    /** True, having said so, when the database is known to be down: then nothing is attempted. */
    private boolean databaseDown() {
        if (health != null && !health.isUp()) {
            error(DATABASE_UNAVAILABLE);
            return true;
        }
        return false;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        ComponentUtil.setData(ui, HEARTBEAT_OWNER, this);
        ui.setPollInterval((int) RecordPresence.HEARTBEAT.toMillis());
        heartbeat = ui.addPollListener(e -> beat());
        getElement().executeJs(UNLOAD_GUARD);
        refreshDirtyFlag();
        beat();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (heartbeat != null) {
            heartbeat.remove();
            heartbeat = null;
        }
        // Another editor attached meanwhile (navigating from one editor to the next) keeps its heartbeat.
        if (ComponentUtil.getData(event.getUI(), HEARTBEAT_OWNER) == this) {
            event.getUI().setPollInterval(-1);
            ComponentUtil.setData(event.getUI(), HEARTBEAT_OWNER, null);
        }
        if (presence != null) {
            presence.left(editorKey);
        }
        super.onDetach(event);
    }

    /** The heartbeat: this editor is still open; and who else has the record open now. */
    private void beat() {
        // Presence is a courtesy: while the database is down it is skipped, quietly.
        if (presence == null || current == null || !isAttached() || health != null && !health.isUp()) {
            return;
        }
        if (current.getId() == null) {
            presence.left(editorKey);
            others.setText("");
            return;
        }
        StaffPrincipal me = StaffSession.current().orElse(null);
        if (me == null) {
            return;
        }
        List<RecordPresence.Other> open;
        try {
            presence.here(editorKey, records.type(), current.getId(), me.username());
            open = presence.others(editorKey, records.type(), current.getId());
        } catch (RuntimeException e) {
            // Presence is a courtesy: when it cannot be read, the editor still works, and says nothing wrong.
            LOG.warn("Presence of the {} editor not updated", noun, e);
            others.setText("");
            return;
        }
        others.setText(open.stream().map(o -> o.username().equals(me.username())
                        ? "You also have this open in another window (since " + sinceText(o.since()) + ")."
                        : o.username() + " is editing this since " + sinceText(o.since()) + ".")
                .collect(Collectors.joining(" ")));
    }

    private static String sinceText(Instant since) {
        boolean today = since.atZone(ZoneOffset.UTC).toLocalDate().equals(LocalDate.now(ZoneOffset.UTC));
        return (today ? TIME : WHEN).format(since) + " UTC";
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!isDirty() || (current.getId() != null && records.find(current.getId()).isEmpty())) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("leave-dialog");
        ask.setHeader("Leave without saving?");
        ask.setText("Your changes to " + (current.getId() == null ? "this new " + noun : titleOf(current))
                + " are not saved. If you leave now, they are lost.");
        Button stay = new Button("Stay and keep editing", e -> ask.close());
        stay.setId("leave-stay");
        Button discard = new Button("Leave, discard my changes", e -> {
            ask.close();
            valuesAsShown = formValues();
            leave.proceed();
        });
        discard.setId("leave-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        ask.setCancelable(true);
        ask.setCancelButton(stay);
        ask.setConfirmButton(discard);
        ask.open();
    }

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
        fillAll(record, currentSourceIds);
        valuesAsShown = formValues();
        boolean stored = record.getId() != null;
        boolean editor = who().may(StaffRole.EDITOR);
        lockForRole(!mayEdit(record));
        heading.setText(stored ? titleOf(record) : "New " + noun);
        state.setText(stored ? record.getPublicationState().label() + ", version "
                + record.getVersion() : "Draft, not saved yet");
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
        showPublicLinks(record);
        afterShow(record);
        refreshDirtyFlag();
        beat();
    }

    /** The record's values, sources and notes in the form. */
    private void fillAll(T record, Collection<Long> sourceIds) {
        fill(record);
        cited.setValue(new HashSet<>(sources.byIds(sourceIds)));
        notes.setValue(record.getNotes() == null ? "" : record.getNotes());
    }

    private static final String CONTRIBUTOR_DRAFTS_ONLY =
            "A contributor edits drafts only; ask an editor to change a published record.";

    /** The rule of {@code RecordEditor}: contributors edit and revert drafts only. */
    /** The same rule the service enforces ({@link RecordEditor#mayChange}); a new record is always a draft. */
    private boolean mayEdit(T record) {
        return record.getId() == null
                || StaffSession.current().map(p -> RecordEditor.mayChange(p, record)).orElse(false);
    }

    /** A contributor on a published record: the form is read-only, Save is off, and the reason is shown. */
    private void lockForRole(boolean locked) {
        lockedForRole.forEach(f -> f.setReadOnly(false));
        lockedForRole.clear();
        if (locked) {
            fields.values().stream().filter(f -> f instanceof HasValue<?, ?>).map(f -> (HasValue<?, ?>) f)
                    .filter(f -> !f.isReadOnly()).forEach(f -> {
                        f.setReadOnly(true);
                        lockedForRole.add(f);
                    });
        }
        save.setEnabled(!locked);
        save.setTooltipText(locked ? CONTRIBUTOR_DRAFTS_ONLY : null);
        roleNote.setText(locked ? "Published: " + CONTRIBUTOR_DRAFTS_ONLY : "");
        roleNote.setVisible(locked);
    }

    private void showPublicLinks(T record) {
        publicLinks.removeAll();
        if (record.getId() == null) {
            return;
        }
        List<PublicPage> pages = publicPages(record);
        if (pages.isEmpty()) {
            publicLinks.add(new Span(noPublicPage()));
            return;
        }
        boolean published = record.getPublicationState() == PublicationState.PUBLISHED;
        for (PublicPage page : pages) {
            String path = "/j/" + page.slug();
            String json = "/api/jurisdictions/" + page.slug();
            Div line = new Div();
            line.setId("public-" + page.slug());
            if (published && page.jurisdictionPublished()) {
                Anchor html = new Anchor(path, "Public page " + path, AnchorTarget.BLANK);
                html.setId("public-page-" + page.slug());
                Anchor data = new Anchor(json, "JSON " + json, AnchorTarget.BLANK);
                data.setId("public-json-" + page.slug());
                line.add(new Span("Public: "), html, new Span(" · "), data);
            } else {
                List<String> drafts = new ArrayList<>();
                if (!published) {
                    drafts.add("this " + noun);
                }
                if (page.jurisdictionName() != null && !page.jurisdictionPublished()) {
                    drafts.add(page.jurisdictionName());
                }
                line.add(new Span("Not public yet: " + String.join(" and ", drafts)
                        + (drafts.size() > 1 ? " are drafts" : " is a draft") + ". Once published it is shown at "
                        + path + " (JSON: " + json + ")."));
            }
            publicLinks.add(line);
        }
    }

    /** The form's values: each field by name, then sources and notes, then the parts kept in other tables. */
    private Map<String, Object> formValues() {
        Map<String, Object> parts = editedParts();
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (field instanceof HasValue<?, ?> value && !parts.containsKey(name)) {
                values.put(name, value.getValue());
            }
        });
        values.putAll(parts);
        return values;
    }

    /** Puts values of {@link #formValues} back into the form (some or all). */
    @SuppressWarnings("unchecked")
    private void putValues(Map<String, Object> values) {
        Map<String, Object> parts = new LinkedHashMap<>();
        Set<String> partNames = editedParts().keySet();
        values.forEach((name, value) -> {
            if (partNames.contains(name)) {
                parts.put(name, value);
            } else if (fields.get(name) instanceof HasValue<?, ?> field) {
                ((HasValue<?, Object>) field).setValue(value);
            }
        });
        if (!parts.isEmpty()) {
            restoreParts(parts);
        }
    }

    /** Unsaved changes: the form's values differ from the record as shown (fields, sources, notes, parts). */
    protected boolean isDirty() {
        if (current == null) {
            return false;
        }
        try {
            Map<String, Object> now = formValues();
            return !Edits.differences(valuesAsShown, now, now).isEmpty();
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    /** Tells the page whether to ask before the browser leaves it. */
    private void refreshDirtyFlag() {
        getElement().setProperty("dirty", isDirty());
    }

    /** A field's name as the form shows it. */
    private String labelOf(String name) {
        Component field = fields.get(name);
        if (field instanceof HasLabel labelled && labelled.getLabel() != null && !labelled.getLabel().isBlank()) {
            return labelled.getLabel();
        }
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** A value of a field as the form shows it, in words. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private String textOf(String name, Object value) {
        Component field = editedParts().containsKey(name) ? null : fields.get(name);
        if (value == null || "".equals(value) || value instanceof Collection<?> c && c.isEmpty()) {
            return "(empty)";
        }
        if (field instanceof ComboBox combo && combo.getItemLabelGenerator() != null) {
            return ((ItemLabelGenerator<Object>) combo.getItemLabelGenerator()).apply(value);
        }
        if (field instanceof MultiSelectComboBox multi && multi.getItemLabelGenerator() != null) {
            ItemLabelGenerator<Object> label = multi.getItemLabelGenerator();
            return ((Collection<Object>) value).stream().map(label::apply).sorted().collect(Collectors.joining("; "));
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
            return items.stream().map(item -> item instanceof Map<?, ?> map
                    ? map.values().stream().filter(Objects::nonNull).map(String::valueOf).collect(Collectors.joining(" "))
                    : String.valueOf(item)).collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
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
        if (databaseDown()) {
            return;
        }
        try {
            T saved = records.save(who(), mine, mySources, editedParts());
            boolean created = current.getId() == null;
            show(saved);
            done(created ? "Created as a draft." : "Saved.");
            if (created) {
                UI.getCurrent().navigate(getClass(), new RouteParameters("id", String.valueOf(saved.getId())));
            }
        } catch (StaleRecordException e) {
            openConflict();
        } catch (InvalidInputException e) {
            showInvalid(e);
        } catch (DependentRecordsException e) {
            showDependents(e);
        } catch (NotPermittedException e) {
            error("Not saved: " + e.getMessage());
        } catch (RuntimeException e) {
            unexpected(e);
        }
    }

    /**
     * Someone else saved first. Shows, item by item, the value this user started from, theirs and
     * mine; what only one side changed is kept, and where both changed it the user chooses. The
     * merged values go into the form on top of their version, to review and save.
     */
    private void openConflict() {
        T base = current;
        T latest = records.find(base.getId()).orElse(null);
        if (latest == null) {
            error("Not saved: someone deleted this " + noun + " meanwhile. Your changes are still in the form.");
            return;
        }
        Map<String, Object> mine = formValues();
        Map<String, Object> theirs;
        try {
            fillAll(latest, records.sourceIds(latest.getId()));
            theirs = formValues();
        } finally {
            putValues(mine);
        }
        List<Edits.Difference> differences = Edits.differences(valuesAsShown, theirs, mine);
        List<ConflictDialog.Row> rows = differences.stream().map(d -> new ConflictDialog.Row(d.name(), labelOf(d.name()),
                textOf(d.name(), d.base()), textOf(d.name(), d.theirs()), textOf(d.name(), d.mine()), d.theyChanged(),
                d.iChanged(), d.needsChoice())).toList();
        List<RecordHistory.Entry> since = history.since(records.type(), base.getId(), base.getVersion());
        new ConflictDialog(since, rows,
                () -> {
                    show(latest);
                    done("Their version is loaded; your changes were discarded.");
                },
                choices -> {
                    show(latest);
                    putValues(Edits.merge(differences, choices));
                    refreshDirtyFlag();
                    done("Their changes are in the form with yours as you chose. Not saved yet: review, then save.");
                }).open();
        error("Not saved yet: someone else saved this " + noun + " first. Choose what to keep.");
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
                done("Sent back with your comment.");
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
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("revert-dialog");
        confirm.setHeader("Revert to version " + version + "?");
        String text = "Version " + version + "'s values are saved as a new change; the history keeps every version.";
        if (current.getPublicationState() == PublicationState.PUBLISHED) {
            text += " This " + noun + " is published: the change goes public at once.";
        }
        if (isDirty()) {
            text += " Your unsaved changes in the form are discarded.";
        }
        confirm.setText(text);
        Button yes = new Button("Revert to v" + version, e -> {
            confirm.close();
            run(() -> show(records.revert(who(), current, version)), "Reverted to version " + version + " (as a new change).");
        });
        yes.setId("revert-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button("Cancel", e -> confirm.close());
        no.setId("revert-cancel");
        confirm.setCancelable(true);
        confirm.setCancelButton(no);
        confirm.setConfirmButton(yes);
        confirm.open();
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

    /**
     * Publishing and unpublishing act on the saved version: with unsaved changes in the form they would
     * publish the old text and then drop the changes on reload, so they wait until the form is saved.
     */
    private void savedFirst(String action, Runnable then) {
        if (isDirty()) {
            error("Not done: " + action + " acts on the saved version, and your changes are not saved yet. "
                    + "Save them (or discard them) first.");
            return;
        }
        then.run();
    }

    /** One place that turns refusals into what the user sees. */
    private void run(Runnable action, String done) {
        if (databaseDown()) {
            return;
        }
        try {
            action.run();
            done(done);
        } catch (StaleRecordException e) {
            error("Someone else changed this record meanwhile; it has been reloaded. Please try again.");
            records.find(current.getId()).ifPresent(this::show);
        } catch (InvalidInputException e) {
            showInvalid(e);
        } catch (DependentRecordsException e) {
            showDependents(e);
        } catch (NotPermittedException e) {
            error(e.getMessage());
        } catch (RuntimeException e) {
            unexpected(e);
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

    /** The field's error next to it, and the same words (naming the field) in the status area. */
    private void showInvalid(InvalidInputException e) {
        HasValidation field = fieldsByName.get(e.field());
        if (field != null) {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            error("Not done: " + labelOf(e.field()) + ": " + e.getMessage());
        } else {
            error(e.getMessage());
        }
    }

    /** An outcome, in the status area next to the buttons, with the time so a repeat is seen too. */
    private void done(String message) {
        say(message + " (" + SECONDS.format(Instant.now()) + " UTC)", "var(--lumo-success-text-color)");
    }

    /** A refusal or a failure, in the status area next to the buttons: never over them. */
    private void error(String message) {
        say(message, "var(--lumo-error-text-color)");
    }

    private void say(String message, String color) {
        status.setText(message);
        status.getStyle().set("color", color);
    }

    /**
     * A failure nobody foresaw (a database error, a bug): logged in full, shown in plain words. The
     * database being unreachable is foreseen: said as such, and not logged here (its health check
     * logs the outage once).
     */
    private void unexpected(RuntimeException e) {
        if (DatabaseUnavailableException.isCauseOf(e)) {
            LOG.debug("The {} editor met the database unavailable", noun, e);
            error(DatabaseUnavailableException.lostDuringCommit(e)
                    ? "The database stopped answering while this was being saved, so it may or may not have been saved. "
                    + "Your changes are still in the form: once the database is back, open the record again in a new tab to check."
                    : health != null && health.isUp()
                    ? "The database did not answer in time (it may be busy, e.g. with an import); nothing was saved. "
                    + "Your changes are still in the form: try again in a minute."
                    : DATABASE_UNAVAILABLE);
            return;
        }
        String at = SECONDS.format(Instant.now());
        LOG.error("Unexpected failure in the {} editor (shown to the user at {} UTC)", noun, at, e);
        error("That did not work: something went wrong on our side (noted in the log at " + at
                + " UTC). Your changes are still in the form; try again, and tell an admin if it happens again.");
    }

    protected static StaffPrincipal who() {
        return StaffSession.current().orElseThrow(() -> new NotPermittedException("Not signed in."));
    }

    protected static String nz(String s) {
        return s == null ? "" : s;
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
