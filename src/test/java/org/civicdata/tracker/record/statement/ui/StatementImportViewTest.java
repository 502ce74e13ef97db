package org.civicdata.tracker.record.statement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.CsvProblem;
import org.civicdata.tracker.edge.staff.EditorChecks;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.statement.StatementRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class StatementImportViewTest {

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    StatementRepository statements;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStatementsListLeadsToAnImportThatShowsProblemsByLineThenImportsInTheBackground() throws Exception {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(StatementListView.class);
        EditorChecks.click("import-csv");
        StatementImportView view = _get(StatementImportView.class);
        String u = UUID.randomUUID().toString().substring(0, 8);

        view.previewFile(
                ("speaker,text,kind\nNobody Known,\"Words " + u + "\",QUOTE\n").getBytes(StandardCharsets.UTF_8));
        Span summary = _get(Span.class, spec -> spec.withId("import-summary"));
        assertThat(summary.getText()).startsWith("1 problem(s)");
        Grid<CsvProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(EditorChecks.rows(problems))
                .extracting(Object::toString)
                .containsExactly("line 2, speaker: no person is named 'Nobody Known' exactly");

        view.previewFile(
                ("speaker,text,kind\nMuriel Bowser,\"Words " + u + "\",PARAPHRASE\n").getBytes(StandardCharsets.UTF_8));
        assertThat(summary.getText()).isEqualTo("1 rows: 1 new, 0 updates, 0 unchanged.");
        _get(Button.class, spec -> spec.withId("import-run")).click();
        assertThat(_get(ProgressBar.class, spec -> spec.withId("import-progress"))
                        .getMax())
                .isEqualTo(1.0);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!summary.getText().startsWith("Imported") && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip();
            Thread.sleep(20);
        }
        assertThat(summary.getText()).isEqualTo("Imported 1 rows.");
        assertThat(statements.findAll())
                .filteredOn(s -> s.getText().equals("Words " + u))
                .hasSize(1);
    }
}
