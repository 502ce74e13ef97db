package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.common.DependentRecordsException;
import org.civicdata.tracker.core.common.RecordRef;

/**
 * Shown when a publish, unpublish, save or delete is refused because of other records: what the
 * refusal is about, every record concerned as a link to its editor, and, where there is one, the
 * one-step way on (publish it with what it needs; unpublish it with what needs it).
 */
public class DependentsDialog extends Dialog {

    /**
     * @param oneStep the one-step action for this refusal, or null for none (a delete); offered only
     *                when the refusal says it would succeed
     */
    public DependentsDialog(DependentRecordsException refusal, @Nullable Runnable oneStep) {
        setId("dependents-dialog");
        RecordRef subject = refusal.subject();
        List<RecordRef> records = refusal.records();
        setHeaderTitle(
                switch (refusal.reason()) {
                    case PUBLISH_NEEDS -> "Not published yet";
                    case UNPUBLISH_TAKES_DOWN -> "Not unpublished";
                    case CHANGE_LEAVES_UNCITED -> "Not saved";
                    case DELETE_REFERRED -> "Not deleted";
                });
        Paragraph lead = new Paragraph(capitalized(
                switch (refusal.reason()) {
                    case PUBLISH_NEEDS ->
                        "To be shown to the public with a published source, " + subject.describe() + " needs "
                                + (records.size() == 1 ? "this draft" : "these drafts") + " published with it:";
                    case UNPUBLISH_TAKES_DOWN ->
                        "Unpublishing " + subject.describe() + " would leave "
                                + (records.size() == 1 ? "this published record" : "these published records")
                                + " without a published source, or hidden from the public:";
                    case CHANGE_LEAVES_UNCITED ->
                        "This change would leave "
                                + (records.size() == 1 ? "this published record" : "these published records")
                                + " without a published source, or hidden from the public:";
                    case DELETE_REFERRED ->
                        subject.describe() + " cannot be deleted while "
                                + (records.size() == 1 ? "this record refers" : "these records refer")
                                + " to it. Delete them or point them elsewhere first:";
                }));
        lead.setId("dependents-message");
        add(lead);
        UnorderedList list = new UnorderedList();
        list.setId("dependents");
        for (RecordRef record : records) {
            list.add(new ListItem(link(record)));
        }
        add(list);
        if (refusal.reason() == DependentRecordsException.Reason.PUBLISH_NEEDS && !refusal.oneStepPossible()) {
            Paragraph blocked = new Paragraph(
                    "It cannot be done in one step yet: a record it needs has no source." + " Open it and add one.");
            blocked.setId("dependents-blocked");
            add(blocked);
        }
        Button close = new Button("Cancel", e -> close());
        close.setId("dependents-cancel");
        getFooter().add(close);
        if (oneStep != null && refusal.oneStepPossible()) {
            Button action = new Button(oneStepLabel(refusal), e -> {
                close();
                oneStep.run();
            });
            action.setId("dependents-one-step");
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(action);
        }
    }

    /** The link to a record's editor, named by type and title; following it closes the dialog. */
    private Anchor link(RecordRef record) {
        String route = EditorRoutes.listOf(record.type());
        Anchor anchor = new Anchor(EditorRoutes.editorOf(record.type(), record.id()), capitalized(record.describe()));
        anchor.setId("dependent-" + route + "-" + record.id());
        anchor.getElement().setAttribute("router-link", true);
        anchor.getElement().addEventListener("click", e -> close());
        return anchor;
    }

    /** "Publish with its sources and speaker", "Unpublish it with these 3 records". */
    static String oneStepLabel(DependentRecordsException refusal) {
        List<RecordRef> records = refusal.records();
        if (refusal.reason() == DependentRecordsException.Reason.UNPUBLISH_TAKES_DOWN) {
            return "Unpublish it with "
                    + (records.size() == 1 ? "this record" : "these " + records.size() + " records");
        }
        Set<String> what = new LinkedHashSet<>();
        for (RecordRef r : records) {
            what.add(
                    switch (r.type()) {
                        case SOURCE -> "sources";
                        case PERSON -> "speaker";
                        case JURISDICTION -> "jurisdiction";
                        case FUNDING_THREAT -> "threat";
                        default -> r.typeInWords();
                    });
        }
        List<String> words = List.copyOf(what);
        String joined = words.size() == 1
                ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
        return "Publish with its " + joined;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
