package org.civicdata.tracker.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.civicdata.tracker.editing.RecordHistory;

/**
 * Shown when a save is refused because someone else saved the record first: what they changed,
 * and the two ways on — take theirs (discarding this user's edits) or put this user's edits on top
 * of theirs for review. Nothing is lost silently.
 */
public class ConflictDialog extends Dialog {

    public ConflictDialog(List<RecordHistory.Entry> theirChanges, Runnable reload, Runnable applyMine) {
        setId("conflict-dialog");
        setHeaderTitle("Someone else saved this record first");
        add(new Paragraph("Your changes are not saved yet. Meanwhile:"));
        UnorderedList list = new UnorderedList();
        for (RecordHistory.Entry entry : theirChanges) {
            for (RecordHistory.FieldChange change : entry.changes()) {
                list.add(new ListItem(entry.actor() + " (" + entry.action().name().toLowerCase(java.util.Locale.ROOT)
                        + ", v" + entry.version() + ") " + change.field() + ": " + change.before() + " → " + change.after()));
            }
        }
        add(list);
        Button reloadButton = new Button("Discard mine, load theirs", e -> {
            close();
            reload.run();
        });
        reloadButton.setId("conflict-reload");
        Button applyButton = new Button("Put my changes on top of theirs", e -> {
            close();
            applyMine.run();
        });
        applyButton.setId("conflict-apply-mine");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(reloadButton, applyButton);
    }
}
