package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asked before leaving an editor with unsaved changes: stay and keep editing, or leave and discard them. */
class LeaveDialog extends ConfirmDialog {

    /** {@code what} the changes are to ("this new event", a record's title); {@code leave} discards them and leaves. */
    LeaveDialog(String what, Runnable leave) {
        setId("leave-dialog");
        setHeader("Leave without saving?");
        setText("Your changes to " + what + " are not saved. If you leave now, they are lost.");
        Button stay = new Button("Stay and keep editing", e -> close());
        stay.setId("leave-stay");
        Button discard = new Button("Leave, discard my changes", e -> {
            close();
            leave.run();
        });
        discard.setId("leave-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        setCancelable(true);
        setCancelButton(stay);
        setConfirmButton(discard);
    }
}
