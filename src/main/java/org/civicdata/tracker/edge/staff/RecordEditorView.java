package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.civicdata.tracker.core.audit.TextLimits;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.editing.EditableRecords;
import org.civicdata.tracker.core.editing.RecordHistory;
import org.civicdata.tracker.core.editing.RecordPresence;
import org.civicdata.tracker.infra.db.DatabaseHealth;
import org.civicdata.tracker.record.source.SourceService;

/**
 * The frame every staff editor shares, whatever the record type: loads a record by id (or {@code new})
 * and shows it in its parts, each with a job of its own: entering and leaving ({@link EditorNavigation}), the form ({@link EditorForm}, bound with
 * Vaadin's Binder; a subclass declares its fields there), the cited sources, save and the conflict
 * dialog ({@link EditorSave}), the buttons and review ({@link ReviewActions}), history and revert
 * ({@link EditorHistory}), who else is here ({@link EditorPresence}), the status line
 * ({@link EditorStatus}) and the public links ({@link PublicLinks}).
 *
 * <p>What the frame promises, whatever the type: every action ends in a line in the status area
 * next to the buttons; a conflict shows, item by item, the value one started from, theirs and mine,
 * and nothing of theirs is overwritten without a choice; leaving with unsaved changes asks first; a
 * revert asks first; a role sees only the actions it may take; a published record links to its page.
 *
 * <p>The route must have an {@code :id} parameter. Component ids (save, publish, unpublish, delete,
 * sources, notes, record-state, history, revert-vN, editor-status, presence, role-note,
 * public-links) are the same on every editor.
 */
public abstract class RecordEditorView<T extends PublishableRecord> extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    public static final String NEW = "new";
    static final String CONTRIBUTOR_DRAFTS_ONLY =
            "A contributor edits drafts only; ask an editor to change a published record.";

    private final transient EditableRecords<T> records;
    private final String noun;
    private final Supplier<T> newRecord;

    /** The type's parts kept in other tables ({@link #parts}); none until its constructor registers them. */
    private EditorParts<T> parts = EditorParts.none();

    private final H1 heading = new H1();
    private final Span state = new Span();
    private final EditorForm<T> form = new EditorForm<>(
            this::refreshDirtyFlag, this::editedParts, p -> parts.restore().accept(p));
    private final CitedSources cited;
    private final TextArea notes = new TextArea("Notes");
    private final EditorStatus status;
    private final EditorSave<T> saving;
    private final ReviewActions<T> actions;
    private final EditorHistory<T> historyGrid;
    private final EditorPresence presence;
    private final PublicLinks publicLinks;
    private final EditorNavigation<T> navigation;
    /** Where a type shows the records attached to this one (filled by {@link #showAttached}). */
    private final VerticalLayout attached = new VerticalLayout();

    /** The record as read from the database; edits are made on a copy. */
    private T current;

    /** What the frame needs whatever the record type, injected as one: the sources records cite, and the history. */
    @Singleton
    public record Services(SourceService sources, RecordHistory history) {}

    /** {@code noun} names the type in the editor's words; {@code newRecord} makes a record of it ({@code Person::new}). */
    protected RecordEditorView(String noun, Supplier<T> newRecord, EditableRecords<T> records, Services services) {
        this.noun = noun;
        this.newRecord = newRecord;
        this.records = records;
        this.cited = new CitedSources(services.sources());
        this.status = new EditorStatus(noun);
        this.saving = new EditorSave<>(this, records, services.history(), form, cited, status);
        this.actions = new ReviewActions<>(this, records, saving::save);
        this.historyGrid = new EditorHistory<>(this, records, services.history());
        this.presence = new EditorPresence(records.type(), noun, () -> current, status::databaseKnownDown);
        this.publicLinks = new PublicLinks(noun);
        this.navigation = new EditorNavigation<>(this, records);
        notes.setId("notes");
        form.watch("sources", cited);
        form.bindApart("notes", notes)
                .bind(PublishableRecord::getNotes, (r, text) -> r.setNotes(text.isBlank() ? null : text));
        state.setId("record-state");
        // Buttons inside the form (an event's "Add figure", "Remove") change it without a value event.
        form.getElement().addEventListener("click", e -> refreshDirtyFlag());
        add(
                heading,
                state,
                actions.reviewState(),
                presence,
                publicLinks,
                actions.roleNote(),
                form,
                actions,
                status,
                attached,
                new H2("History"),
                historyGrid);
    }

    /** The form: the type's fields, each bound to the record's properties (or a part), in form order. */
    protected EditorForm<T> form() {
        return form;
    }

    /** Shows records attached to the current one (between the buttons and the history). */
    protected void showAttached(Component... components) {
        attached.removeAll();
        attached.setPadding(false);
        attached.add(components);
    }

    /** Called after a record is shown; types with attached records override it. */
    protected void afterShow(T record) {}

    /** Call at the end of the subclass constructor: sources and notes come after the type's fields. */
    protected void addSourcesAndNotes() {
        cited.shown();
        form.add(cited);
        form.setColspan(cited, 2);
        addNotesOnly();
    }

    /** Call at the end of the constructor of a type that cites no sources (a source itself). */
    protected void addNotesOnly() {
        form.add(notes);
        form.setColspan(notes, 2);
    }

    /** A new record: its type's starting values, and the jurisdiction it was opened for ({@link EditorForm#startNew}). */
    T blank() {
        T blank = newRecord.get();
        form.startNew(blank, forJurisdiction());
        return blank;
    }

    protected abstract String titleOf(T record);

    /** Registers the type's parts kept in other tables (once, in its constructor), saved with the record. */
    protected void parts(EditorParts<T> parts) {
        this.parts = parts;
    }

    /** The record's parts as edited in the form (none before the type registers them). */
    Map<String, Object> editedParts() {
        return parts.edited().get();
    }

    /** The pages that show this record (its own, or its jurisdiction's): by default the picked jurisdiction's, if any. */
    protected List<PublicPage> publicPages(T record) {
        return form.jurisdictionPages(record);
    }

    /** What to say when the record is on no public page; types with no page of their own say why. */
    protected String noPublicPage() {
        return "Not on any public page: it is attached to no jurisdiction.";
    }

    /** Injected by the bean context, as the next two (so that every editor's constructor stays as it is). */
    @Inject
    public void setPresence(RecordPresence presence) {
        this.presence.setPresence(presence);
    }

    @Inject
    public void setDatabaseHealth(DatabaseHealth health) {
        status.setHealth(health);
    }

    /** The columns' sizes, for the text fields' maximum lengths. */
    @Inject
    public void setTextLimits(TextLimits textLimits) {
        form.lengths().setTextLimits(textLimits);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        presence.attached(event.getUI(), this);
        refreshDirtyFlag();
        presence.beat();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        presence.detached(event.getUI());
        super.onDetach(event);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        navigation.leave(event);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        navigation.enter(event);
    }

    @Override
    public String getPageTitle() {
        return (current == null || current.getId() == null ? "New " + noun : titleOf(current))
                + " · Policy tracker staff";
    }

    protected T current() {
        return current;
    }

    /** The jurisdiction a new record was opened for ({@code new?jurisdiction=ID}, from a jurisdiction's editor), or null. */
    protected Long forJurisdiction() {
        return navigation.forJurisdiction();
    }

    /** The route of the type's list (where a deleted or missing record's editor goes). */
    String listRoute() {
        return EditorRoutes.listOf(records.type());
    }

    String noun() {
        return noun;
    }

    EditorStatus status() {
        return status;
    }

    ReviewActions<T> actions() {
        return actions;
    }

    void show(T record) {
        current = record;
        boolean stored = record.getId() != null;
        form.lengths().apply(record.getClass());
        fillAll(record, stored ? records.sourceIds(record.getId()) : List.of(), true);
        form.shown();
        boolean locked = !ReviewActions.mayEdit(record);
        form.lockForRole(locked);
        actions.show(record, locked);
        heading.setText(stored ? titleOf(record) : "New " + noun);
        state.setText(
                stored
                        ? record.getPublicationState().label() + ", version " + record.getVersion()
                        : "Draft, not saved yet");
        historyGrid.show(record);
        publicLinks.show(record, stored ? publicPages(record) : List.of(), noPublicPage());
        afterShow(record);
        refreshDirtyFlag();
        presence.beat();
    }

    /** The record's values, sources ({@code stored}: as the record cites them now), notes and parts in the form. */
    void fillAll(T record, List<Long> sourceIds, boolean stored) {
        form.read(record);
        cited.show(sourceIds, stored);
        parts.restore().accept(parts.stored().apply(record));
    }

    /** Puts values of the form ({@link EditorForm#values}) back into it (some or all). */
    void putValues(Map<String, Object> values) {
        form.put(values);
        refreshDirtyFlag();
    }

    /** Unsaved changes: the form's values differ from the record as shown (fields, sources, notes, parts). */
    protected boolean isDirty() {
        return current != null && form.isDirty();
    }

    /** Tells the page whether to ask before the browser leaves it. */
    private void refreshDirtyFlag() {
        getElement().setProperty("dirty", isDirty());
    }

    /** Runs an action on the saved record, saying in the status line that it was done, or why not. */
    void run(Runnable action, String done) {
        saving.run(action, done);
    }
}
