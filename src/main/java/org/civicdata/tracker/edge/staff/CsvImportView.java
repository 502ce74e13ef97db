package org.civicdata.tracker.edge.staff;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.CsvPreview;
import org.civicdata.tracker.core.common.CsvProblem;
import org.civicdata.tracker.core.common.CsvRow;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;

/**
 * A CSV import: upload, see every problem (line, column, what is wrong) or what will be created and
 * updated, then import all rows or none, in the background with a progress bar pushed to the page.
 * A type supplies its import's check and write, and the columns of its rows grid (after the line).
 */
public abstract class CsvImportView<R extends CsvRow, P extends CsvPreview<R>> extends VerticalLayout
        implements HasDynamicTitle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CsvImportView.class);

    private final Span summary = new Span();
    private final Grid<CsvProblem> problems = new Grid<>();
    /** What the file will do, row by row; a type adds its columns. */
    protected final Grid<R> rows = new Grid<>();

    private final Button run = new Button("Import all rows");
    private final ProgressBar progress = new ProgressBar();
    private final String title;
    private final transient Check<P> check;
    private final transient Write<P> write;
    private transient P preview;

    /** Reads and checks the whole file for this person (flagging rows their role may not change); writes nothing. */
    public interface Check<P> {
        P check(StaffPrincipal who, Reader csv) throws IOException;
    }

    /** Writes a preview without problems, all rows or none; {@code done} hears how many rows are written. */
    public interface Write<P> {
        int write(StaffPrincipal who, P checked, IntConsumer done);
    }

    /** @param title the page's heading, and the browser tab's title (then the app's) */
    protected CsvImportView(String title, String explanation, Check<P> check, Write<P> write) {
        this.title = title;
        this.check = check;
        this.write = write;
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> previewFile(bytes)));
        upload.setId("upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(20 * 1024 * 1024);
        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addColumn(CsvProblem::line)
                .setHeader("Line")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(CsvProblem::column)
                .setHeader("Column")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(CsvProblem::message).setHeader("Problem");
        problems.setVisible(false);
        rows.setId("import-rows");
        rows.addColumn(CsvRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        rows.setVisible(false);
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setVisible(false);
        run.addClickListener(e -> commit());
        progress.setId("import-progress");
        progress.setVisible(false);
        add(new H1(title), new Paragraph(explanation), upload, summary, problems, rows, run, progress);
    }

    @Override
    public String getPageTitle() {
        return title + " · Policy tracker staff";
    }

    /** What each row will do (new, changes, unchanged, not permitted) and its changed fields, old → new. */
    protected void addOutcomeColumns() {
        rows.addColumn(r -> r.outcome().status()).setHeader("What it does").setAutoWidth(true);
        rows.addColumn(r -> r.outcome().changesText())
                .setHeader("Changes (old → new)")
                .setFlexGrow(1);
    }

    /** Checks the file and shows the outcome; writes nothing. */
    public void previewFile(byte[] bytes) {
        try {
            preview = check.check(
                    StaffSession.current().orElseThrow(), org.civicdata.tracker.core.common.CsvCells.reader(bytes));
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            unreadable(CsvProblem.unreadable(e));
            return;
        }
        problems.setItems(preview.problems());
        problems.setVisible(!preview.problems().isEmpty());
        rows.setItems(preview.rows());
        rows.setVisible(!preview.rows().isEmpty());
        run.setVisible(preview.canCommit());
        run.setEnabled(true);
        progress.setVisible(false);
        String counts = preview.rows().size() + " rows: " + preview.creates() + " new, "
                + (preview.updates() - preview.unchanged()) + " updates, " + preview.unchanged() + " unchanged.";
        summary.setText(
                !preview.problems().isEmpty()
                        ? preview.problems().size() + " problem(s); nothing will be written until they are fixed."
                        : preview.canCommit()
                                ? counts
                                : counts + " Nothing to import: every row matches what is stored.");
    }

    private void failed(UI ui, String message) {
        ui.access(() -> {
            summary.setText(message);
            run.setEnabled(true);
            progress.setVisible(false);
        });
    }

    private void unreadable(String message) {
        preview = null;
        problems.setVisible(false);
        rows.setVisible(false);
        run.setVisible(false);
        progress.setVisible(false);
        summary.setText(message);
    }

    private void commit() {
        StaffPrincipal who = StaffSession.current().orElseThrow();
        UI ui = UI.getCurrent();
        P checked = preview;
        run.setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(checked.rows().size());
        progress.setValue(0);
        CompletableFuture.runAsync(() -> {
            try {
                int done = write.write(who, checked, n -> ui.access(() -> progress.setValue(n)));
                ui.access(() -> {
                    summary.setText("Imported " + done + " rows.");
                    run.setVisible(false);
                    Notification.show("Imported " + done + " rows.");
                });
            } catch (InvalidInputException | NotPermittedException e) {
                failed(ui, e.getMessage());
            } catch (RuntimeException e) {
                if (org.civicdata.tracker.infra.db.DatabaseUnavailableException.isCauseOf(e)) {
                    // Rolled back by the database (or never begun); the outage itself is logged once by its health
                    // check.
                    failed(
                            ui,
                            org.civicdata.tracker.infra.db.DatabaseUnavailableException.lostDuringCommit(e)
                                    ? "The database stopped answering as the import was being committed: once it is back, "
                                            + "upload the file again to see whether its rows are there."
                                    : "The database is unavailable; nothing was imported. Try again in a minute.");
                    return;
                }
                // Rolled back: say so, and keep the details in the log, not on the page.
                LOG.error("CSV import failed; nothing was written", e);
                failed(
                        ui,
                        "The import failed and nothing was written. Check the records it touches and try again; "
                                + "the details are in the server log.");
            }
        });
    }
}
