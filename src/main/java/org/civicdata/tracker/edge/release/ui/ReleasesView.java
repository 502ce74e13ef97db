package org.civicdata.tracker.edge.release.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Locale;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.edge.release.Releases;
import org.civicdata.tracker.edge.staff.GridQueries;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.edge.staff.StaffSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The releases of the open data, and the button that makes today's (editors and admins), at /admin/releases. */
@Route(value = "releases", layout = StaffLayout.class)
@PageTitle("Releases · Policy tracker staff")
@Menu(title = "Releases", order = 85)
@RolesAllowed("EDITOR")
@Prototype
public class ReleasesView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(ReleasesView.class);

    private final transient Releases releases;
    private final Grid<Releases.Published> grid = new Grid<>();
    private final Span status = new Span();

    public ReleasesView(Releases releases) {
        this.releases = releases;
        setWidthFull();
        Button make = new Button("Make today's release", e -> make());
        make.setId("make-release");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("release-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        grid.setId("releases");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(r -> {
                    Anchor link =
                            new Anchor(Releases.url("", r.date()), r.date().toString());
                    link.setTarget("_blank");
                    link.getElement().setAttribute("router-ignore", true);
                    return link;
                })
                .setHeader("Date");
        grid.addColumn(r -> GridQueries.UTC_SECONDS.format(r.release().getCreatedAt()))
                .setHeader("Made (UTC)");
        grid.addColumn(r -> r.release().getCreatedBy()).setHeader("By");
        grid.addColumn(r -> r.files().size()).setHeader("Files");
        grid.addColumn(r -> NumberFormat.getIntegerInstance(Locale.US).format(r.totalBytes()))
                .setHeader("Bytes");
        add(
                new H1("Releases"),
                new Paragraph(
                        "A release is today's published data (JSON, CSV, GeoJSON), with a data package, checksums "
                                + "and the licence, at /api/releases/DATE. Its files never change; one release a day (UTC). "
                                + "A release is also made every night when the data has changed."),
                make,
                status,
                grid);
        refresh();
    }

    private void make() {
        try {
            Releases.Published made = releases.make(StaffSession.signedIn());
            status.setText(
                    "Made the release of " + made.date() + ": " + made.files().size() + " files.");
        } catch (InvalidInputException | NotPermittedException e) {
            status.setText(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("A release could not be made", e);
            status.setText("The release could not be made; nothing was saved. The details are in the log.");
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(releases.list());
    }
}
