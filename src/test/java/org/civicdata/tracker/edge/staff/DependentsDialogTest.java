package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.CitationFixtures;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.statement.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dialog a refusal about other records opens in every editor: the records as links, and the one-step way on. */
@MicronautTest(startApplication = false, transactional = false)
class DependentsDialogTest {

    @Inject
    ApplicationContext context;

    @Inject
    RecordEditService editor;

    @Inject
    RecordWriter writer;

    @Inject
    SeedLoader seeds;

    CitationFixtures make;

    @BeforeEach
    void signedInAsEditor() {
        TestSeeds.ensureLoaded(seeds);
        make = new CitationFixtures(editor, writer);
        StaffUi.signedInAs(context, "editor-dina", StaffRole.EDITOR);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private static Dialog dialog() {
        return _get(Dialog.class, spec -> spec.withId("dependents-dialog"));
    }

    @Test
    void unpublishingACitedSourceListsTheRecordsAsLinksAndTakesThemDownInOneStep() {
        Source source =
                make.publish(RecordType.SOURCE, make.source("Only source").getId());
        Jurisdiction city = make.publish(
                RecordType.JURISDICTION,
                make.jurisdiction("dialog", List.of(source.getId())).getId());
        UI.getCurrent().navigate("sources/" + source.getId());

        _get(Button.class, spec -> spec.withId("unpublish")).click();

        Dialog dialog = dialog();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withId("dependents-message"))
                        .getText())
                .contains("Unpublishing source “" + source.getTitle() + "”")
                .contains("without a published source");
        Anchor link = _get(dialog, Anchor.class, spec -> spec.withId("dependent-jurisdictions-" + city.getId()));
        assertThat(link.getText()).isEqualTo("Jurisdiction “" + city.getName() + ", IL”");
        assertThat(link.getHref()).isEqualTo("jurisdictions/" + city.getId());
        assertThat(make.state(RecordType.SOURCE, source.getId())).isEqualTo(PublicationState.PUBLISHED);

        Button oneStep = _get(dialog, Button.class, spec -> spec.withId("dependents-one-step"));
        assertThat(oneStep.getText()).isEqualTo("Unpublish it with this record");
        oneStep.click();

        assertThat(make.state(RecordType.SOURCE, source.getId())).isEqualTo(PublicationState.DRAFT);
        assertThat(make.state(RecordType.JURISDICTION, city.getId())).isEqualTo(PublicationState.DRAFT);
        assertThat(_get(TextField.class, spec -> spec.withId("title")).getValue())
                .isEqualTo(source.getTitle());
        assertThat(_find(Dialog.class, spec -> spec.withId("dependents-dialog")))
                .isEmpty();
    }

    @Test
    void publishingAStatementOfADraftSpeakerOffersToPublishItWithItsSourcesAndSpeaker() {
        Source source = make.source("Draft source");
        Person speaker = make.person("Draft speaker", List.of(source.getId()));
        Statement quote = make.statement(speaker, null, List.of(source.getId()));
        UI.getCurrent().navigate("statements/" + quote.getId());

        _get(Button.class, spec -> spec.withId("publish")).click();

        Dialog dialog = dialog();
        assertThat(_find(dialog, Anchor.class))
                .extracting(Anchor::getHref)
                .containsExactlyInAnyOrder("sources/" + source.getId(), "people/" + speaker.getId());
        Button oneStep = _get(dialog, Button.class, spec -> spec.withId("dependents-one-step"));
        assertThat(oneStep.getText()).isEqualTo("Publish with its sources and speaker");
        oneStep.click();

        assertThat(make.state(RecordType.STATEMENT, quote.getId())).isEqualTo(PublicationState.PUBLISHED);
        assertThat(make.state(RecordType.PERSON, speaker.getId())).isEqualTo(PublicationState.PUBLISHED);
        assertThat(make.state(RecordType.SOURCE, source.getId())).isEqualTo(PublicationState.PUBLISHED);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("record-state"))
                        .getText())
                .startsWith("Published");
    }

    @Test
    void aRefusedDeleteIsAMessageAboutTheRecordListingWhatRefersToItEachOpeningItsEditor() {
        Source source = make.source("Cited");
        Person speaker = make.person("Quoted", List.of(source.getId()));
        Statement quote = make.statement(speaker, null, List.of(source.getId()));
        UI.getCurrent().navigate("people/" + speaker.getId());

        _get(Button.class, spec -> spec.withId("delete")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        Dialog dialog = dialog();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withId("dependents-message"))
                        .getText())
                .startsWith("Person “" + speaker.getName() + "” cannot be deleted");
        assertThat(_find(dialog, Button.class, spec -> spec.withId("dependents-one-step")))
                .isEmpty();
        TextField name = _get(TextField.class, spec -> spec.withId("name"));
        assertThat(name.isInvalid()).as("not an error on the name field").isFalse();
        assertThat(writer.find(RecordType.PERSON, speaker.getId())).isPresent();

        Anchor link = _get(dialog, Anchor.class, spec -> spec.withId("dependent-statements-" + quote.getId()));
        UI.getCurrent().navigate(link.getHref());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(RecordEditorView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("statements/" + quote.getId());
    }
}
