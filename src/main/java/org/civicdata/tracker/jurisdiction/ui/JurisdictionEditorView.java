package org.civicdata.tracker.jurisdiction.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicdata.tracker.account.StaffPrincipal;
import org.civicdata.tracker.account.StaffRole;
import org.civicdata.tracker.audit.StaleRecordException;
import org.civicdata.tracker.common.InvalidInputException;
import org.civicdata.tracker.common.NotPermittedException;
import org.civicdata.tracker.common.PublicationState;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.editing.Edits;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.jurisdiction.JurisdictionService;
import org.civicdata.tracker.source.Source;
import org.civicdata.tracker.source.SourceService;
import org.civicdata.tracker.staff.ConflictDialog;
import org.civicdata.tracker.staff.StaffLayout;
import org.civicdata.tracker.staff.StaffSession;

/**
 * One jurisdiction at {@code /admin/jurisdictions/{id}} ({@code new} to create): its fields and
 * sources, publishing, its history with field-level diffs and revert, and what to do when someone
 * else saved it first.
 */
@Route(value = "jurisdictions/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class JurisdictionEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String NEW = "new";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final transient JurisdictionService service;
    private final transient SourceService sources;
    private final transient RecordHistory history;

    private final H1 heading = new H1();
    private final Span state = new Span();
    private final TextField name = new TextField("Name");
    private final TextField slug = new TextField("Slug");
    private final Select<JurisdictionKind> kind = new Select<>();
    private final TextField stateCode = new TextField("State");
    private final TextField fips = new TextField("FIPS / GEOID");
    private final BigDecimalField latitude = new BigDecimalField("Latitude");
    private final BigDecimalField longitude = new BigDecimalField("Longitude");
    private final ComboBox<Jurisdiction> parent = new ComboBox<>("Parent jurisdiction");
    private final MultiSelectComboBox<Source> cited = new MultiSelectComboBox<>("Sources");
    private final TextArea notes = new TextArea("Notes");
    private final Button save = new Button("Save");
    private final Button publish = new Button("Publish");
    private final Button unpublish = new Button("Unpublish");
    private final Button delete = new Button("Delete");
    private final Grid<RecordHistory.Entry> historyGrid = new Grid<>();
    private final Map<String, HasValidation> fieldsByName;

    /** The record as read from the database; edits are made on a copy. */
    private Jurisdiction current;
    private Set<Long> currentSourceIds = Set.of();

    public JurisdictionEditorView(JurisdictionService service, SourceService sources, RecordHistory history) {
        this.service = service;
        this.sources = sources;
        this.history = history;
        name.setId("name");
        name.setRequiredIndicatorVisible(true);
        slug.setId("slug");
        slug.setHelperText("Lowercase name then state code: chicago-il");
        slug.setRequiredIndicatorVisible(true);
        kind.setId("kind");
        kind.setLabel("Kind");
        kind.setItems(JurisdictionKind.values());
        stateCode.setId("state");
        stateCode.setMaxLength(2);
        fips.setId("fips");
        latitude.setId("latitude");
        longitude.setId("longitude");
        parent.setId("parent");
        parent.setItemLabelGenerator(j -> j.getName() + " (" + j.getSlug() + ")");
        parent.setItems(query -> service.searchParents(query.getFilter().orElse(""), query.getPage(),
                query.getPageSize()).stream());
        cited.setId("sources");
        cited.setItemLabelGenerator(Source::getTitle);
        cited.setItems(query -> sources.search(query.getFilter().orElse(""), query.getPage(), query.getPageSize()).stream());
        notes.setId("notes");
        fieldsByName = Map.of("name", name, "slug", slug, "kind", kind, "stateCode", stateCode, "fips", fips,
                "latitude", latitude, "longitude", longitude, "parent", parent, "sources", cited);

        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.setId("publish");
        publish.addClickListener(e -> run(() -> show(service.publish(who(), current)), "Published."));
        unpublish.setId("unpublish");
        unpublish.addClickListener(e -> run(() -> show(service.unpublish(who(), current)), "Unpublished: back to draft."));
        delete.setId("delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        state.setId("record-state");

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

        FormLayout form = new FormLayout(name, slug, kind, stateCode, fips, parent, latitude, longitude, cited, notes);
        form.setColspan(cited, 2);
        form.setColspan(notes, 2);
        add(heading, state, form, new HorizontalLayout(save, publish, unpublish, delete), new H2("History"), historyGrid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(id)) {
            Jurisdiction blank = new Jurisdiction();
            blank.setKind(JurisdictionKind.CITY);
            blank.setStateCode("");
            show(blank);
            return;
        }
        try {
            service.find(Long.parseLong(id)).ifPresentOrElse(this::show, () -> notFound(event, id));
        } catch (NumberFormatException e) {
            notFound(event, id);
        }
    }

    private void notFound(BeforeEnterEvent event, String id) {
        Notification.show("No jurisdiction with id " + id + ".");
        event.forwardTo(JurisdictionListView.class);
    }

    @Override
    public String getPageTitle() {
        return (current == null || current.getId() == null ? "New jurisdiction" : current.getName())
                + " · Policy tracker staff";
    }

    private void show(Jurisdiction j) {
        current = j;
        currentSourceIds = j.getId() == null ? Set.of() : new HashSet<>(service.sourceIds(j.getId()));
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        name.setValue(nz(j.getName()));
        slug.setValue(nz(j.getSlug()));
        kind.setValue(j.getKind());
        stateCode.setValue(nz(j.getStateCode()));
        fips.setValue(nz(j.getFips()));
        latitude.setValue(j.getLatitude());
        longitude.setValue(j.getLongitude());
        parent.setValue(j.getParentId() == null ? null : service.find(j.getParentId()).orElse(null));
        cited.setValue(new HashSet<>(sources.byIds(currentSourceIds)));
        notes.setValue(nz(j.getNotes()));
        boolean stored = j.getId() != null;
        boolean editor = who().may(StaffRole.EDITOR);
        heading.setText(stored ? j.getName() : "New jurisdiction");
        state.setText(stored ? j.getPublicationState().name().toLowerCase(java.util.Locale.ROOT) + ", version " + j.getVersion()
                : "draft, not saved yet");
        publish.setVisible(stored && editor && j.getPublicationState() == PublicationState.DRAFT);
        unpublish.setVisible(stored && editor && j.getPublicationState() == PublicationState.PUBLISHED);
        delete.setVisible(stored && editor);
        historyGrid.setItems(stored ? history.of(RecordType.JURISDICTION, j.getId()) : List.of());
    }

    /** The form's values on a copy of the record as read. */
    private Jurisdiction edited() {
        Jurisdiction j = Edits.copy(current);
        j.setName(name.getValue().trim());
        j.setSlug(slug.getValue().trim());
        j.setKind(kind.getValue());
        j.setStateCode(stateCode.getValue());
        j.setFips(fips.getValue().isBlank() ? null : fips.getValue().trim());
        j.setLatitude(latitude.getValue());
        j.setLongitude(longitude.getValue());
        j.setParentId(parent.getValue() == null ? null : parent.getValue().getId());
        j.setNotes(notes.getValue().isBlank() ? null : notes.getValue());
        return j;
    }

    private List<Long> editedSourceIds() {
        return cited.getValue().stream().map(Source::getId).sorted().toList();
    }

    private void save() {
        Jurisdiction mine = edited();
        List<Long> mySources = editedSourceIds();
        try {
            Jurisdiction saved = service.save(who(), mine, mySources);
            boolean created = current.getId() == null;
            show(saved);
            Notification.show(created ? "Created as a draft." : "Saved.");
            if (created) {
                UI.getCurrent().navigate(JurisdictionEditorView.class,
                        new RouteParameters("id", String.valueOf(saved.getId())));
            }
        } catch (StaleRecordException e) {
            new ConflictDialog(history.since(RecordType.JURISDICTION, current.getId(), current.getVersion()),
                    () -> service.find(current.getId()).ifPresent(this::show),
                    () -> applyMineOnTop(mine, mySources)).open();
        } catch (InvalidInputException e) {
            showInvalid(e);
        } catch (NotPermittedException e) {
            error(e.getMessage());
        }
    }

    /** Their version plus the fields (and sources) this user changed, back in the form to review and save. */
    private void applyMineOnTop(Jurisdiction mine, List<Long> mySources) {
        Jurisdiction base = current;
        Set<Long> baseSources = currentSourceIds;
        service.find(base.getId()).ifPresent(latest -> {
            show(Edits.applyOnTop(base, mine, latest));
            if (!new HashSet<>(mySources).equals(baseSources)) {
                cited.setValue(new HashSet<>(sources.byIds(mySources)));
            }
            Notification.show("Their changes are loaded with yours on top. Review, then save.");
        });
    }

    private void revert(int version) {
        run(() -> show(service.revert(who(), current, version)), "Reverted to version " + version + " (as a new change).");
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + current.getName() + "?",
                "It disappears from the staff UI and the public site. Its history is kept.", "Delete",
                e -> run(() -> {
                    service.delete(who(), current);
                    UI.getCurrent().navigate(JurisdictionListView.class);
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
            service.find(current.getId()).ifPresent(this::show);
        } catch (InvalidInputException e) {
            showInvalid(e);
        } catch (NotPermittedException e) {
            error(e.getMessage());
        }
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

    private static StaffPrincipal who() {
        return StaffSession.current().orElseThrow(() -> new NotPermittedException("Not signed in."));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
