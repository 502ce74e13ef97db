package org.civicdata.tracker.record.dojletter.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.function.Function;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.GridQueries;
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
        Function<Long, String> jurisdictionName = cached(jurisdictions::nameOf);
        column(
                        "To",
                        l -> l.getJurisdictionId() != null
                                ? jurisdictionName.apply(l.getJurisdictionId())
                                : l.getRecipients())
                .setFlexGrow(1);
        column("Sent", l -> GridQueries.dateText(l.getSentOn(), l.getSentPrecision()))
                .setSortProperty("sentOn")
                .setAutoWidth(true);
        column("Sender", l -> l.getSender() == null ? "" : l.getSender()).setFlexGrow(1);
        column("Deadline", l -> GridQueries.dateText(l.getDeadlineOn(), l.getDeadlinePrecision()))
                .setSortProperty("deadlineOn")
                .setAutoWidth(true);
        column("Status", l -> l.getStatus().label()).setSortProperty("status").setAutoWidth(true);
        publicationColumn().setAutoWidth(true);
    }
}
