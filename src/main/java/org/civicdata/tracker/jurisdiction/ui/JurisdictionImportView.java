package org.civicdata.tracker.jurisdiction.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.civicdata.tracker.account.StaffPrincipal;
import org.civicdata.tracker.common.InvalidInputException;
import org.civicdata.tracker.jurisdiction.JurisdictionCsv;
import org.civicdata.tracker.jurisdiction.JurisdictionImport;
import org.civicdata.tracker.jurisdiction.JurisdictionImport.Preview;
import org.civicdata.tracker.jurisdiction.JurisdictionImport.Problem;
import org.civicdata.tracker.jurisdiction.JurisdictionImport.Row;
import org.civicdata.tracker.staff.StaffLayout;
import org.civicdata.tracker.staff.StaffSession;

/**
 * CSV import of jurisdictions at /admin/import/jurisdictions: upload, see every problem (line,
 * column, what is wrong) or what will be created and updated, then import all rows or none.
 */
@Route(value = "import/jurisdictions", layout = StaffLayout.class)
@PageTitle("Import jurisdictions · Policy tracker staff")
@PermitAll
@Prototype
public class JurisdictionImportView extends VerticalLayout {

    private final transient JurisdictionImport importer;
    private final Span summary = new Span();
    private final Grid<Problem> problems = new Grid<>();
    private final Grid<Row> rows = new Grid<>();
    private final Button run = new Button("Import all rows");
    private final ProgressBar progress = new ProgressBar();
    private transient Preview preview;

    public JurisdictionImportView(JurisdictionImport importer) {
        this.importer = importer;
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> previewFile(bytes)));
        upload.setId("upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(20 * 1024 * 1024);
        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addColumn(Problem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(Problem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(Problem::message).setHeader("Problem");
        problems.setVisible(false);
        rows.setId("import-rows");
        rows.addColumn(Row::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(Row::slug).setHeader("Slug");
        rows.addColumn(r -> r.values().get("name")).setHeader("Name");
        rows.addColumn(r -> r.updatesExisting() ? "update" : "new draft").setHeader("Action");
        rows.setVisible(false);
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setVisible(false);
        run.addClickListener(e -> commit());
        progress.setId("import-progress");
        progress.setVisible(false);
        add(new H1("Import jurisdictions"),
                new Paragraph("A CSV file with a header row and the columns " + JurisdictionCsv.COLUMNS
                        + " (slug, name, kind and state required). Rows whose slug exists update that jurisdiction;"
                        + " the others become drafts. Nothing is written until every row is valid, and then all are."),
                upload, summary, problems, rows, run, progress);
    }

    /** Checks the file and shows the outcome; writes nothing. */
    void previewFile(byte[] bytes) throws IOException {
        preview = importer.preview(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        problems.setItems(preview.problems());
        problems.setVisible(!preview.problems().isEmpty());
        rows.setItems(preview.rows());
        rows.setVisible(preview.problems().isEmpty());
        run.setVisible(preview.canCommit());
        summary.setText(preview.problems().isEmpty()
                ? preview.rows().size() + " rows: " + preview.creates() + " new, " + preview.updates() + " updates."
                : preview.problems().size() + " problem(s); nothing will be written until they are fixed.");
    }

    private void commit() {
        StaffPrincipal who = StaffSession.current().orElseThrow();
        UI ui = UI.getCurrent();
        Preview checked = preview;
        run.setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(checked.rows().size());
        progress.setValue(0);
        CompletableFuture.runAsync(() -> {
            try {
                int done = importer.commit(who, checked, n -> ui.access(() -> progress.setValue(n)));
                ui.access(() -> {
                    summary.setText("Imported " + done + " rows.");
                    run.setVisible(false);
                    Notification.show("Imported " + done + " rows.");
                });
            } catch (InvalidInputException e) {
                ui.access(() -> {
                    summary.setText(e.getMessage());
                    run.setEnabled(true);
                    progress.setVisible(false);
                });
            }
        });
    }
}
