package org.civicdata.tracker.record.statement.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class StatementViewsTest {

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    PersonRepository people;

    @Inject
    SourceRepository sources;

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
    void theSearchFindsStatementsBySpeakerNameAndByQuoteText() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(StatementListView.class);
        @SuppressWarnings("unchecked")
        Grid<Statement> grid = _get(Grid.class, spec -> spec.withId("statements"));
        long emanuel = people.findBySeedKey("rahm-emanuel").orElseThrow().getId();

        _get(TextField.class, spec -> spec.withId("search")).setValue("Emanuel");
        assertThat(IntStream.range(0, _size(grid))
                        .mapToObj(i -> _get(grid, i).getPersonId())
                        .distinct()
                        .toList())
                .containsExactly(emanuel);

        _get(TextField.class, spec -> spec.withId("search")).setValue("neighborhoods are safer");
        assertThat(IntStream.range(0, _size(grid))
                        .mapToObj(i -> _get(grid, i).getText())
                        .toList())
                .singleElement()
                .asString()
                .contains("We are a sanctuary city");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aQuoteIsSavedVerbatimWithItsDatePrecisionAndIsPublishedOnlyWithASource() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(StatementEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        String words = "  “We’re here” — said " + UUID.randomUUID() + "  ";
        Person bowser = people.findBySeedKey("muriel-bowser").orElseThrow();
        ((ComboBox<Person>) _get(ComboBox.class, spec -> spec.withId("speaker"))).setValue(bowser);
        _get(TextArea.class, spec -> spec.withId("text")).setValue(words);
        TextField saidOn = _get(TextField.class, spec -> spec.withId("said-on"));
        saidOn.setValue("2017-13");
        _get(Button.class, spec -> spec.withId("save")).click();
        assertThat(saidOn.isInvalid()).isTrue();
        assertThat(saidOn.getErrorMessage()).contains("'2017-13'");

        saidOn.setValue("2017-02");
        _get(Button.class, spec -> spec.withId("save")).click();
        Statement saved = statements.findAll().stream()
                .filter(s -> words.equals(s.getText()))
                .findFirst()
                .orElseThrow();
        assertThat(saved.getSaidPrecision()).isEqualTo(DatePrecision.MONTH);

        _get(Button.class, spec -> spec.withId("publish")).click();
        MultiSelectComboBox<Source> cited = _get(MultiSelectComboBox.class, spec -> spec.withId("sources"));
        assertThat(cited.isInvalid()).isTrue();
        assertThat(cited.getErrorMessage()).contains("at least one source");
        assertThat(statements.findById(saved.getId()).orElseThrow().getPublicationState())
                .isEqualTo(PublicationState.DRAFT);

        cited.setValue(Set.of(sources.findBySeedKey("doc-000").orElseThrow()));
        _get(Button.class, spec -> spec.withId("save")).click();
        _get(Button.class, spec -> spec.withId("publish")).click();
        assertThat(statements.findById(saved.getId()).orElseThrow().getPublicationState())
                .isEqualTo(PublicationState.PUBLISHED);
    }
}
