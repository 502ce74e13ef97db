package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every field of the public JSON shapes of the records attached to a jurisdiction is in the codebook:
 * a component added to a view in {@link ResponseShapes} and forgotten in {@link Codebook} fails here.
 * (A jurisdiction's own fields are checked against the database by JurisdictionFieldsEverywhereTest.)
 */
class CodebookCoversViewsTest {

    /** The field names of the codebook group whose title starts so (a name such as "title, description" names two). */
    private static Set<String> names(String groupTitle) {
        Codebook.Group group = Codebook.groups().stream()
                .filter(g -> g.title().startsWith(groupTitle))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no codebook group " + groupTitle));
        Set<String> names = new HashSet<>();
        group.fields().forEach(f -> names.addAll(Arrays.asList(f.name().split(", "))));
        return names;
    }

    private static List<String> components(Class<? extends Record> view) {
        return Arrays.stream(view.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    @Test
    void everyFieldOfTheAttachedRecordsViewsIsInTheCodebook() {
        Set<String> everyRecord = names("Source");
        assertThat(everyRecord).contains("sources", "notes");
        SoftAssertions soft = new SoftAssertions();
        check(soft, ResponseShapes.DesignationView.class, "Designation", everyRecord);
        check(soft, ResponseShapes.DojLetterView.class, "DOJ letter", everyRecord);
        check(soft, ResponseShapes.PositionView.class, "Policy position", everyRecord);
        check(soft, ResponseShapes.FundingThreatView.class, "Funding threat", everyRecord);
        check(soft, ResponseShapes.CourtCaseView.class, "Court case", everyRecord);
        check(soft, ResponseShapes.StatementView.class, "Statement", everyRecord);
        check(soft, ResponseShapes.PersonView.class, "Speaker", Set.of());
        check(soft, ResponseShapes.EventView.class, "Event", everyRecord);
        check(soft, ResponseShapes.FigureView.class, "Event figure", Set.of());
        check(soft, ResponseShapes.SourceView.class, "Source", Set.of());
        check(soft, ResponseShapes.StatusChangeView.class, "Status history entry", Set.of());
        soft.assertAll();
    }

    private static void check(
            SoftAssertions soft, Class<? extends Record> view, String group, Set<String> everyRecord) {
        Set<String> documented = new HashSet<>(names(group));
        documented.addAll(everyRecord);
        soft.assertThat(documented)
                .as("%s in the codebook group '%s'", view.getSimpleName(), group)
                .containsAll(components(view));
    }
}
