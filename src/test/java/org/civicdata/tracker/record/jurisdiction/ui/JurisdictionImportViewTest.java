package org.civicdata.tracker.record.jurisdiction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionImport;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class JurisdictionImportViewTest {

    @Inject
    ApplicationContext context;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    JurisdictionService service;

    @Inject
    org.civicdata.tracker.infra.seed.SeedLoader seeds;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void aCheckedFileIsPreviewedThenImportedInTheBackgroundWithItsResultPushed() throws Exception {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(JurisdictionImportView.class);
        JurisdictionImportView view = _get(JurisdictionImportView.class);
        String u = UUID.randomUUID().toString().substring(0, 6);

        view.previewFile(("slug,name,kind,state\nbad slug,X,CITY,IL\n").getBytes(StandardCharsets.UTF_8));
        Span summary = _get(Span.class, spec -> spec.withId("import-summary"));
        assertThat(summary.getText()).startsWith("1 problem(s)");

        // A file saved as Windows-1252 (curly quotes) or with a broken quote is refused with a message.
        view.previewFile("slug,name,kind,state\nquoted-zz,\u201cQuoted\u201d,CITY,IL\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(summary.getText()).startsWith("The file is not UTF-8 text");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("import-run")))
                .isEmpty();
        view.previewFile("slug,name,kind,state\nbroken-zz,\"Unclosed,CITY,IL\n".getBytes(StandardCharsets.UTF_8));
        assertThat(summary.getText())
                .startsWith("The file is not CSV this import can read: near line 2, a quoted cell is not closed")
                .doesNotContain("IOException", "java.", "encapsulated token");

        view.previewFile(
                ("slug,name,kind,state\nimported-" + u + "-zz,Imported,CITY,IL\n").getBytes(StandardCharsets.UTF_8));
        assertThat(summary.getText()).isEqualTo("1 rows: 1 new, 0 updates, 0 unchanged.");
        _get(Button.class, spec -> spec.withId("import-run")).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!summary.getText().startsWith("Imported") && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip();
            Thread.sleep(20);
        }
        assertThat(summary.getText()).isEqualTo("Imported 1 rows.");
        assertThat(jurisdictions.findBySlug("imported-" + u + "-zz")).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePreviewShowsEachRowAsNewChangedOldToNewUnchangedOrNotPermittedForTheSignedInRole() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        StaffPrincipal editor = new StaffPrincipal("editor-ann", StaffRole.EDITOR, false);
        for (String slug : List.of("draft-" + u + "-zz", "same-" + u + "-zz")) {
            Jurisdiction j = new Jurisdiction();
            j.setSlug(slug);
            j.setName("Town " + u);
            j.setKind(JurisdictionKind.CITY);
            j.setStateCode("IL");
            service.save(editor, j, List.of());
        }
        org.civicdata.tracker.TestSeeds.ensureLoaded(seeds);
        String chicago = jurisdictions.findBySlug("chicago-il").orElseThrow().getName();

        StaffUi.signedInAs(context, "contributor-cy", StaffRole.CONTRIBUTOR);
        UI.getCurrent().navigate(JurisdictionImportView.class);
        JurisdictionImportView view = _get(JurisdictionImportView.class);
        view.previewFile(("""
                slug,name,kind,state
                draft-%1$s-zz,Town %1$s renamed,CITY,IL
                same-%1$s-zz,Town %1$s,CITY,IL
                chicago-il,%2$s renamed,CITY,IL
                new-%1$s-zz,New town,CITY,IL
                """.formatted(u, chicago)).getBytes(StandardCharsets.UTF_8));

        Grid<JurisdictionImport.Row> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(rows.isVisible()).isTrue();
        List<List<String>> shown = java.util.stream.IntStream.range(0, GridKt._size(rows))
                .mapToObj(i -> GridKt._getFormattedRow(rows, i))
                .toList();
        assertThat(shown)
                .extracting(row -> row.get(3) + " | " + row.get(4))
                .containsExactly(
                        "Changes | name: Town " + u + " → Town " + u + " renamed",
                        "Unchanged | ",
                        "Not permitted: " + chicago
                                + " is published, and a contributor changes drafts only; ask an editor to "
                                + "import this row. | name: " + chicago + " → " + chicago + " renamed",
                        "New | ");
        assertThat(_get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("1 problem(s); nothing will be written until they are fixed.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("import-run")))
                .as("no import while a row is refused")
                .allSatisfy(b -> assertThat(b.isVisible()).isFalse());
    }
}
