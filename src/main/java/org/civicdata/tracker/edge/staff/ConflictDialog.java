package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.editing.Edits;
import org.civicdata.tracker.core.editing.RecordHistory;

/**
 * Shown when a save is refused because someone else saved the record first. Item by item (fields,
 * sources, notes, parts kept in other tables), the value this user started from, theirs and mine;
 * the items both changed are flagged and need a choice (mine or theirs) before the merge can be
 * applied, so nothing of theirs is overwritten without a person saying so. Or: discard mine and
 * load theirs.
 */
public class ConflictDialog extends Dialog {

    /** On a phone the table becomes one block per item, each value with its column's name. */
    private static final String NARROW_LAYOUT = "<style>@media (max-width: 40em) {"
            + " #conflict-table thead { display: none; }"
            + " #conflict-table tr, #conflict-table th, #conflict-table td { display: block; }"
            + " #conflict-table tr { padding: var(--lumo-space-s) 0; border-bottom: 1px solid var(--lumo-contrast-20pct); }"
            + " #conflict-table td::before { content: attr(data-column) ': '; font-weight: 600; } }</style>";

    private static final String[] COLUMNS = {"You started from", "Theirs", "Yours", "Keeps"};
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** One item as the dialog shows it: its label and its three values in words. */
    public record Row(
            String name,
            String label,
            String base,
            String theirs,
            String mine,
            boolean theyChanged,
            boolean iChanged,
            boolean needsChoice) {}

    /** The dialog's rows: each differing item with its label and its three values in words, as the form shows them. */
    static List<Row> rows(
            List<Edits.Difference> differences,
            java.util.function.Function<String, String> label,
            java.util.function.BiFunction<String, Object, String> text) {
        return differences.stream()
                .map(d -> new Row(
                        d.name(),
                        label.apply(d.name()),
                        text.apply(d.name(), d.base()),
                        text.apply(d.name(), d.theirs()),
                        text.apply(d.name(), d.mine()),
                        d.theyChanged(),
                        d.iChanged(),
                        d.needsChoice()))
                .toList();
    }

    private final Map<String, Edits.Choice> choices = new LinkedHashMap<>();
    private final Set<String> toChoose = new LinkedHashSet<>();
    private final Button applyButton = new Button("Apply and review");
    private final Span stillToChoose = new Span();

    public ConflictDialog(
            List<RecordHistory.Entry> theirChanges,
            List<Row> rows,
            Runnable reload,
            Consumer<Map<String, Edits.Choice>> apply) {
        setId("conflict-dialog");
        setHeaderTitle("Someone else saved this record first");
        setWidth("min(64rem, 100vw)");
        setCloseOnOutsideClick(false);
        String who = theirChanges.stream()
                .map(e -> e.actor() + " (version " + e.version() + ", " + WHEN.format(e.at()) + " UTC)")
                .distinct()
                .collect(Collectors.joining(", "));
        add(new Paragraph("Your changes are not saved yet. Meanwhile " + (who.isEmpty() ? "someone" : who)
                + " saved it. Below: what you started from, their version and yours. What only one of you changed is"
                + " kept; where you both changed something, choose whose value to keep."));

        add(new Html(NARROW_LAYOUT));
        NativeTable table = new NativeTable();
        table.setId("conflict-table");
        table.setWidthFull();
        table.getHead()
                .addRows(new NativeTableRow(
                        header("Field"),
                        header("You started from"),
                        header("Theirs"),
                        header("Yours"),
                        header("Keeps")));
        NativeTableBody body = table.addBody();
        for (Row row : rows) {
            body.addRows(row(row));
        }
        add(table);
        stillToChoose.setId("conflict-still-to-choose");
        stillToChoose.getElement().setAttribute("role", "status");
        add(stillToChoose);

        Button reloadButton = new Button("Discard mine, load theirs", e -> {
            close();
            reload.run();
        });
        reloadButton.setId("conflict-reload");
        applyButton.addClickListener(e -> {
            if (toChoose.isEmpty()) {
                close();
                apply.accept(Map.copyOf(choices));
            }
        });
        applyButton.setId("conflict-apply-mine");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(reloadButton, applyButton);
        refresh();
    }

    private NativeTableRow row(Row row) {
        NativeTableRow tr = new NativeTableRow();
        tr.setId("conflict-row-" + row.name());
        NativeTableHeaderCell label = new NativeTableHeaderCell(row.label());
        label.getElement().setAttribute("scope", "row");
        label.getStyle().set("text-align", "start");
        NativeTableCell keeps = new NativeTableCell();
        if (row.needsChoice()) {
            tr.getElement().setAttribute("data-both-changed", "");
            tr.getStyle().set("background", "var(--lumo-error-color-10pct)");
            label.setText(row.label() + " — both changed");
            toChoose.add(row.name());
            Select<Edits.Choice> choice = new Select<>();
            choice.setId("conflict-choose-" + row.name());
            choice.setAriaLabel("Whose " + row.label() + " to keep");
            choice.setPlaceholder("Choose…");
            choice.setItems(Edits.Choice.THEIRS, Edits.Choice.MINE);
            choice.setItemLabelGenerator(c -> c == Edits.Choice.MINE ? "Mine" : "Theirs");
            choice.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    choices.remove(row.name());
                    toChoose.add(row.name());
                } else {
                    choices.put(row.name(), e.getValue());
                    toChoose.remove(row.name());
                }
                refresh();
            });
            keeps.add(choice);
        } else {
            keeps.setText(
                    row.iChanged() && !row.theyChanged()
                            ? "yours (only you changed it)"
                            : row.iChanged() ? "the same in both" : "theirs (only they changed it)");
        }
        tr.add(label, cell(row.base()), cell(row.theirs()), cell(row.mine()), keeps);
        List<NativeTableCell> cells = tr.getDataCells();
        for (int i = 0; i < cells.size(); i++) {
            cells.get(i).getElement().setAttribute("data-column", COLUMNS[i]);
        }
        return tr;
    }

    private void refresh() {
        applyButton.setEnabled(toChoose.isEmpty());
        stillToChoose.setText(
                toChoose.isEmpty()
                        ? ""
                        : "Choose mine or theirs for " + toChoose.size()
                                + (toChoose.size() == 1 ? " item both of you changed" : " items both of you changed")
                                + " before applying.");
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        cell.getStyle().set("text-align", "start");
        return cell;
    }

    private static NativeTableCell cell(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        return cell;
    }
}
