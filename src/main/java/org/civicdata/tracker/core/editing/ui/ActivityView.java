package org.civicdata.tracker.core.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.ActivityFilter;
import org.civicdata.tracker.core.editing.RecordHistory;
import org.civicdata.tracker.core.editing.RecordHistory.Activity;
import org.civicdata.tracker.edge.staff.*;

/**
 * Every change to every record, newest first, at /admin/activity: filter by user, type and dates,
 * kept in the URL ({@code ?user=&type=&from=&to=}). Records are named, and open from their row's
 * link; a click on a row shows the change in full.
 */
@Route(value = "activity", layout = StaffLayout.class)
@PageTitle("Activity · Policy tracker staff")
@Menu(title = "Activity", order = 80)
@PermitAll
@Prototype
public class ActivityView extends VerticalLayout implements BeforeEnterObserver {

    private final Grid<Activity> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final Select<RecordType> type =
            GridQueries.enumFilter("activity-type", "Any record type", RecordType.values());
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private ActivityFilter filter = ActivityFilter.ALL;
    private final UrlQuery.Reader fromUrl = new UrlQuery.Reader();

    public ActivityView(RecordHistory history) {
        setSizeFull();
        actor.setId("activity-actor");
        actor.setPlaceholder("User");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("activity-from");
        from.setPlaceholder("From (UTC day)");
        to.setId("activity-to");
        to.setPlaceholder("To (UTC day)");
        actor.addValueChangeListener(e -> filterChanged());
        type.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());

        grid.setId("activity");
        GridCsvExport<Activity> export = new GridCsvExport<>(grid);
        export.column("When (UTC)", a -> GridQueries.UTC_SECONDS.format(a.at()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        export.column("Who", Activity::actor).setAutoWidth(true).setFlexGrow(0);
        export.column("What", a -> a.action().label()).setAutoWidth(true).setFlexGrow(0);
        export.column("Type", a -> a.type().label()).setAutoWidth(true).setFlexGrow(0);
        export.column("Record", a -> a.recordName() + " (v" + a.version() + ")")
                .setKey("record")
                .setRenderer(new ComponentRenderer<>(a -> {
                    Button open = new Button(
                            a.recordName() + " (v" + a.version() + ")",
                            click -> getUI().ifPresent(
                                            ui -> ui.navigate(EditorRoutes.editorOf(a.type(), a.recordId()))));
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    // A long name fits its cell with an ellipsis (the full name is its tooltip), not cut off
                    // mid-button.
                    open.setMaxWidth("100%");
                    open.getStyle()
                            .set("overflow", "hidden")
                            .set("text-overflow", "ellipsis")
                            .set("white-space", "nowrap")
                            .set("display", "inline-block");
                    open.setTooltipText(a.recordName() + " (v" + a.version() + ")");
                    open.setId("open-" + a.type().name().toLowerCase(java.util.Locale.ROOT) + "-" + a.recordId());
                    return open;
                }))
                .setFlexGrow(1);
        export.column("Changes", a -> changesText(a.changes())).setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(ActivityView::details));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(query -> history.activity(filter, query.getPage(), query.getPageSize()).stream(), query ->
                (int) history.countActivity(filter));
        grid.setSizeFull();
        HorizontalLayout filters = new HorizontalLayout(
                actor,
                type,
                from,
                to,
                export.anchor("activity.csv", (page, size) -> history.activity(filter, page, size)));
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Activity"), filters, grid);
    }

    private static String changesText(List<RecordHistory.FieldChange> changes) {
        return changes.stream().map(RecordHistory.FieldChange::text).collect(Collectors.joining("; "));
    }

    /** The change in full, one field a line (the grid's column cuts long values off). */
    public static Div details(Activity a) {
        Div details = new Div();
        details.setId("activity-details");
        details.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        UnorderedList list = new UnorderedList();
        for (RecordHistory.FieldChange change : a.changes()) {
            list.add(new ListItem(change.text()));
        }
        if (a.changes().isEmpty()) {
            list.add(new ListItem(a.action().meaning()));
        }
        details.add(list);
        return details;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        fromUrl.read(event, param -> {
            actor.setValue(param.apply("user"));
            type.setValue(UrlQuery.parse(RecordType.class, param.apply("type")));
            from.setValue(day(param.apply("from")));
            to.setValue(day(param.apply("to")));
        });
        refresh();
    }

    /** A day from the URL, or none (a malformed one is ignored, as an unknown filter value is). */
    private static LocalDate day(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void filterChanged() {
        if (fromUrl.isReading()) {
            return;
        }
        refresh();
        getUI().ifPresent(ui -> new UrlQuery()
                .put("user", actor.getValue())
                .put("type", type.getValue())
                .put("from", from.getValue() == null ? null : from.getValue().toString())
                .put("to", to.getValue() == null ? null : to.getValue().toString())
                .showIn(ui, "activity"));
    }

    private void refresh() {
        filter = new ActivityFilter(actor.getValue(), type.getValue(), from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
    }
}
