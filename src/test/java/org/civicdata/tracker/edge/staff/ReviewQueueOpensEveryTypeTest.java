package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.core.editing.RecordNames;
import org.civicdata.tracker.core.editing.ReviewQueue;
import org.civicdata.tracker.core.editing.ReviewRequest;
import org.civicdata.tracker.core.editing.ui.ReviewQueueView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every record type a draft can be of is listed in the review queue by name, and opens in its editor. */
@MicronautTest(startApplication = false, transactional = false)
class ReviewQueueOpensEveryTypeTest {

    @Inject
    ApplicationContext context;

    @Inject
    ReviewQueue reviews;

    @Inject
    RecordNames names;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void everyRecordTypeHasANameAndAnEditorRoute() {
        assertThat(names.namesEveryType()).isTrue();
        for (RecordType type : RecordType.values()) {
            assertThat(EditorRoutes.listOf(type)).as(type.name()).isNotBlank();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftOfEveryTypeIsListedByNameAndOpensInItsOwnEditor() {
        String tag = StaffDrafts.tag();
        Map<RecordType, TrackedRecord> drafts = StaffDrafts.ofEveryType(context, EditorChecks.CONTRIBUTOR, tag);
        assertThat(drafts.keySet())
                .as("every type but staff accounts and data releases, which are never drafts")
                .containsExactlyInAnyOrder(java.util.Arrays.stream(RecordType.values())
                        .filter(t -> t != RecordType.ACCOUNT && t != RecordType.RELEASE)
                        .toArray(RecordType[]::new));
        drafts.forEach((type, record) -> reviews.submit(EditorChecks.CONTRIBUTOR, type, record.getId()));

        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        for (Map.Entry<RecordType, TrackedRecord> draft : drafts.entrySet()) {
            RecordType type = draft.getKey();
            long id = draft.getValue().getId();
            UI.getCurrent().navigate(ReviewQueueView.class);
            Grid<ReviewRequest> grid = _get(Grid.class, spec -> spec.withId("review-queue"));
            List<ReviewRequest> rows = EditorChecks.rows(grid);
            int row = java.util.stream.IntStream.range(0, rows.size())
                    .filter(i -> rows.get(i).recordType() == type && rows.get(i).recordId() == id)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(type + " " + id + " is not in the queue"));
            List<String> cells = _getFormattedRow(grid, row);
            assertThat(cells).as(type.name()).contains(type.label(), names.of(draft.getValue()));
            assertThat(names.of(draft.getValue()))
                    .as(type + " is named, not numbered")
                    .contains(tag);

            _clickItem(grid, row);
            Object view =
                    UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
            assertThat(view).as(type + " opens its editor").isInstanceOf(RecordEditorView.class);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                    .isEqualTo(EditorRoutes.editorOf(type, id));
            assertThat(((RecordEditorView<?>) view).getPageTitle())
                    .as(type + " shows the record, not a new one")
                    .doesNotStartWith("New ");
        }
    }
}
