package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.stream.IntStream;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.editing.ReviewRequest;
import org.civicdata.tracker.core.editing.ui.ReviewQueueView;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.jurisdiction.ui.JurisdictionEditorView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A contributor's draft waits for an editor, goes back with a comment, and is published. */
@MicronautTest(startApplication = false, transactional = false)
class ReviewQueueTest {

    @Inject
    ApplicationContext context;

    @Inject
    JurisdictionRepository jurisdictions;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private static void click(String id) {
        _get(Button.class, spec -> spec.withId(id)).click();
    }

    private static String reviewState() {
        return _get(Span.class, spec -> spec.withId("review-state")).getText();
    }

    private void open(long id) {
        UI.getCurrent().navigate(JurisdictionEditorView.class, new RouteParameters("id", String.valueOf(id)));
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<ReviewRequest> queue() {
        UI.getCurrent().navigate(ReviewQueueView.class);
        Grid<ReviewRequest> grid = _get(Grid.class, spec -> spec.withId("review-queue"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    /** The queue's requests for jurisdictions (other tests leave other types' requests with the same ids). */
    private static java.util.List<Long> queuedJurisdictions() {
        return queue().stream()
                .filter(r -> r.recordType() == org.civicdata.tracker.core.common.RecordType.JURISDICTION)
                .map(ReviewRequest::recordId)
                .toList();
    }

    /** Picks a published source in the open editor (a jurisdiction is published only with one). */
    @SuppressWarnings("unchecked")
    private void citeAPublishedSource() {
        var setup = new org.civicdata.tracker.core.account.StaffPrincipal("review-setup", StaffRole.EDITOR, false);
        var editor = context.getBean(org.civicdata.tracker.core.editing.RecordEditService.class);
        var source = new org.civicdata.tracker.record.source.Source();
        source.setTitle("Review source " + UUID.randomUUID());
        source = editor.save(setup, org.civicdata.tracker.core.common.RecordType.SOURCE, source, java.util.List.of());
        source = editor.publish(
                setup, org.civicdata.tracker.core.common.RecordType.SOURCE, source.getId(), source.getVersion());
        _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withId("sources"))
                .setValue(java.util.Set.of(source));
    }

    @Test
    void aDraftIsSubmittedSentBackWithACommentResubmittedAndPublished() {
        String slug = "review-" + UUID.randomUUID().toString().substring(0, 6) + "-zz";
        StaffUi.signedInAs(context, "contributor-cy", StaffRole.CONTRIBUTOR);
        UI.getCurrent().navigate(JurisdictionEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        _get(TextField.class, spec -> spec.withId("name")).setValue("Review Town");
        _get(TextField.class, spec -> spec.withId("slug")).setValue(slug);
        _get(TextField.class, spec -> spec.withId("state")).setValue("IL");
        citeAPublishedSource();
        click("save");
        long id = jurisdictions.findBySlug(slug).orElseThrow().getId();
        click("submit-review");
        assertThat(reviewState()).startsWith("Waiting for review since").contains("contributor-cy");
        assertThat(_find(Button.class, spec -> spec.withId("submit-review")))
                .as("no second submission")
                .isEmpty();
        MockVaadin.tearDown();

        StaffUi.signedInAs(context, "editor-ed", StaffRole.EDITOR);
        assertThat(queuedJurisdictions()).contains(id);
        open(id);
        click("send-back");
        click("send-back-confirm");
        TextArea comment = _get(TextArea.class, spec -> spec.withId("review-comment"));
        assertThat(comment.isInvalid()).isTrue();
        comment.setValue("Add the FIPS code, please.");
        click("send-back-confirm");
        assertThat(queuedJurisdictions()).doesNotContain(id);
        MockVaadin.tearDown();

        StaffUi.signedInAs(context, "contributor-cy", StaffRole.CONTRIBUTOR);
        open(id);
        assertThat(reviewState()).isEqualTo("Sent back by editor-ed: Add the FIPS code, please.");
        _get(TextField.class, spec -> spec.withId("fips")).setValue("1799777");
        click("save");
        click("submit-review");
        UI.getCurrent().navigate(ReviewQueueView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("review-queue")))
                .as("contributors have no queue")
                .isEmpty();
        MockVaadin.tearDown();

        StaffUi.signedInAs(context, "editor-ed", StaffRole.EDITOR);
        open(id);
        click("publish");
        Jurisdiction published = jurisdictions.findById(id).orElseThrow();
        assertThat(published.getPublicationState()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(published.getFips()).isEqualTo("1799777");
        assertThat(queuedJurisdictions()).doesNotContain(id);
    }
}
