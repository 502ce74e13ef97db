package org.civicdata.tracker.record.dojletter.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterFilter;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** All DOJ letters at /admin/letters: search recipients, sender or jurisdiction; filters in SQL and the URL. */
@Route(value = "letters", layout = StaffLayout.class)
@Menu(title = "DOJ letters", order = 22)
@PermitAll
@Prototype
public class DojLetterListView extends FilteredListView<DojLetter> {

    public DojLetterListView(DojLetterService service, JurisdictionService jurisdictions) {
        super(
                "Search recipients, sender or jurisdiction",
                "New letter",
                DojLetterEditorView.class,
                service,
                c -> new DojLetterFilter(c.text(), c.get("status", LetterStatus.class), c.publication()));
        addFilter("status", "Any status", LetterStatus.class);
        addPublicationFilter();
        nameColumn("To", DojLetter::getJurisdictionId, jurisdictions::nameOf, DojLetter::getRecipients);
        dateColumn("Sent", DojLetter::getSentOn, DojLetter::getSentPrecision, "sentOn");
        textColumn("Sender", DojLetter::getSender);
        dateColumn("Deadline", DojLetter::getDeadlineOn, DojLetter::getDeadlinePrecision, "deadlineOn");
        codedColumn("Status", DojLetter::getStatus, "status");
        publicationColumn();
    }
}
