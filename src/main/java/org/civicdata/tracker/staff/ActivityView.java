package org.civicdata.tracker.staff;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.editing.ActivityFilter;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.editing.RecordHistory.Activity;

/** Every change to every record, newest first, at /admin/activity: filter by user, type and dates. */
@Route(value = "activity", layout = StaffLayout.class)
@PageTitle("Activity · Policy tracker staff")
@Menu(title = "Activity", order = 80)
@PermitAll
@Prototype
public class ActivityView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Grid<Activity> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final Select<RecordType> type = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private ActivityFilter filter = ActivityFilter.ALL;

    public ActivityView(RecordHistory history) {
        setSizeFull();
        actor.setId("activity-actor");
        actor.setPlaceholder("User");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        type.setId("activity-type");
        type.setPlaceholder("Any record type");
        type.setEmptySelectionAllowed(true);
        type.setItems(RecordType.values());
        from.setId("activity-from");
        from.setPlaceholder("From (UTC day)");
        to.setId("activity-to");
        to.setPlaceholder("To (UTC day)");
        actor.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.setId("activity");
        GridCsvExport<Activity> export = new GridCsvExport<>(grid);
        export.column("When (UTC)", a -> WHEN.format(a.at())).setAutoWidth(true).setFlexGrow(0);
        export.column("Who", Activity::actor).setAutoWidth(true).setFlexGrow(0);
        export.column("What", a -> a.action().name()).setAutoWidth(true).setFlexGrow(0);
        export.column("Record", a -> a.type().name() + " " + a.recordId() + " v" + a.version())
                .setAutoWidth(true).setFlexGrow(0);
        export.column("Changes", a -> a.changes().stream().map(c -> c.field() + ": " + c.before() + " → " + c.after())
                .collect(Collectors.joining("; "))).setFlexGrow(1);
        grid.setItems(query -> history.activity(filter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) history.countActivity(filter));
        grid.setSizeFull();
        HorizontalLayout filters = new HorizontalLayout(actor, type, from, to,
                export.anchor("activity.csv", (page, size) -> history.activity(filter, page, size)));
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Activity"), filters, grid);
    }

    private void refresh() {
        filter = new ActivityFilter(actor.getValue(), type.getValue(), from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
    }
}
