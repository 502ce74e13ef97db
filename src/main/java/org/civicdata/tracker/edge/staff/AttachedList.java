package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.RouteParameters;
import org.civicdata.tracker.core.common.PublishableRecord;

/**
 * Records attached to the one being edited (a jurisdiction's positions, a threat's court cases),
 * drafts included, each row opening its own editor. The last column is the record's state.
 */
public class AttachedList<T extends PublishableRecord> extends Grid<T> {

    private final Class<? extends Component> editor;

    public AttachedList(String id, Class<? extends Component> editor) {
        this.editor = editor;
        setId(id);
        setAllRowsVisible(true);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                this.editor,
                new RouteParameters("id", String.valueOf(e.getItem().getId())))));
    }

    /** A column that fits its content. */
    public AttachedList<T> column(String header, ValueProvider<T, String> value) {
        addColumn(value).setHeader(header).setAutoWidth(true).setFlexGrow(0);
        return this;
    }

    /** The column that takes the room left (a quote, a title). */
    public AttachedList<T> wideColumn(String header, ValueProvider<T, String> value) {
        addColumn(value).setHeader(header).setFlexGrow(1);
        return this;
    }

    /** Ends the columns with the record's publication state. */
    public AttachedList<T> withState() {
        return column("State", r -> r.getPublicationState().label());
    }
}
