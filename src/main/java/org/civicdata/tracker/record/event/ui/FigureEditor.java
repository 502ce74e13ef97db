package org.civicdata.tracker.record.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.civicdata.tracker.edge.staff.PartsErrorLine;
import org.civicdata.tracker.record.event.EventFigure;
import org.civicdata.tracker.record.event.EventFigures;
import org.civicdata.tracker.record.event.FigureQualifier;
import org.civicdata.tracker.record.event.FigureUnit;

/**
 * An event's figures in its editor: the list in order, each removable, and a row to add one. The
 * list is saved with the event (its part {@code figures}), in the same audited change.
 */
class FigureEditor extends VerticalLayout implements PartsErrorLine {

    private final List<EventFigure> figures = new ArrayList<>();
    private final Grid<EventFigure> grid = new Grid<>();
    private final TextField label = new TextField("Figure");
    private final Select<FigureQualifier> qualifier = new Select<>();
    private final BigDecimalField value = new BigDecimalField("Value");
    private final Select<FigureUnit> unit = new Select<>();
    private final TextField period = new TextField("Period");
    private final TextField attributedTo = new TextField("Attributed to");
    private final Span error = new Span();

    FigureEditor() {
        setPadding(false);
        setId("figures");
        grid.setId("figures-grid");
        grid.addColumn(EventFigure::label).setHeader("Figure").setFlexGrow(1);
        grid.addColumn(f -> EventFigures.wording(f.qualifier(), f.value(), f.unit()))
                .setKey("figure-wording")
                .setHeader("As written")
                .setAutoWidth(true);
        grid.addColumn(f -> f.period() == null ? "" : f.period())
                .setHeader("Period")
                .setAutoWidth(true);
        grid.addColumn(f -> f.attributedTo() == null ? "" : f.attributedTo())
                .setHeader("Attributed to")
                .setAutoWidth(true);
        grid.addComponentColumn(f -> {
                    Button remove = new Button("Remove", e -> {
                        figures.remove(f);
                        refresh();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    return remove;
                })
                .setKey("remove")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);

        label.setId("figure-label");
        qualifier.setId("figure-qualifier");
        qualifier.setLabel("Qualifier");
        qualifier.setItems(FigureQualifier.values());
        qualifier.setItemLabelGenerator(org.civicdata.tracker.core.common.Coded::labelOf);
        qualifier.setEmptySelectionAllowed(true);
        qualifier.setEmptySelectionCaption("exact");
        value.setId("figure-value");
        unit.setId("figure-unit");
        unit.setLabel("Unit");
        unit.setItems(FigureUnit.values());
        unit.setItemLabelGenerator(org.civicdata.tracker.core.common.Coded::labelOf);
        period.setId("figure-period");
        attributedTo.setId("figure-attributed-to");
        Button add = new Button("Add figure", e -> add());
        add.setId("add-figure");
        HorizontalLayout row = new HorizontalLayout(label, qualifier, value, unit, period, attributedTo, add);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(grid, row, error);
    }

    /** The text fields for a figure, each by its column of {@code event_figure}, to be no longer than it. */
    Map<String, IntConsumer> textColumns() {
        return Map.of(
                "label",
                label::setMaxLength,
                "period",
                period::setMaxLength,
                "attributed_to",
                attributedTo::setMaxLength);
    }

    void setFigures(List<EventFigure> stored) {
        figures.clear();
        figures.addAll(stored);
        setInvalid(false);
        refresh();
    }

    /** The figures as the event's part, in order. */
    List<Map<String, Object>> part() {
        return EventFigures.part(figures);
    }

    private void add() {
        label.setInvalid(label.getValue().isBlank());
        label.setErrorMessage("What is counted?");
        unit.setInvalid(unit.getValue() == null);
        unit.setErrorMessage("Choose a unit.");
        if (label.isInvalid() || unit.isInvalid()) {
            return;
        }
        figures.add(new EventFigure(
                null,
                0,
                figures.size(),
                label.getValue().trim(),
                value.getValue(),
                qualifier.getValue(),
                unit.getValue(),
                blankToNull(period.getValue()),
                blankToNull(attributedTo.getValue())));
        label.clear();
        qualifier.clear();
        value.clear();
        unit.clear();
        period.clear();
        attributedTo.clear();
        refresh();
    }

    private void refresh() {
        grid.setItems(new ArrayList<>(figures));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public Span errorLine() {
        return error;
    }
}
