package org.civicdata.tracker.edge.release.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.edge.release.DataReleaseRepository;
import org.civicdata.tracker.edge.release.ReleaseDays;
import org.civicdata.tracker.edge.release.Releases;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The releases view: an editor makes today's release with its button; a contributor cannot enter. */
@MicronautTest(startApplication = false, transactional = false)
class ReleasesViewTest {

    static final ReleaseDays DAYS = new ReleaseDays();

    @MockBean(Clock.class)
    Clock clock() {
        return DAYS;
    }

    @Inject
    ApplicationContext context;

    @Inject
    DataReleaseRepository stored;

    @Inject
    SeedLoader seeds;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private static Class<?> currentView() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .get(0)
                .getClass();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorMakesTodaysReleaseWithTheButtonAndASecondIsRefused() {
        LocalDate day = DAYS.nextFreeDay(stored);
        StaffUi.signedInAs(context, "release-editor", StaffRole.EDITOR);
        UI.getCurrent().navigate(ReleasesView.class);
        assertThat(currentView()).isEqualTo(ReleasesView.class);

        _get(Button.class, spec -> spec.withId("make-release")).click();
        assertThat(_get(Span.class, spec -> spec.withId("release-status")).getText())
                .isEqualTo("Made the release of " + day + ": 6 files.");
        assertThat(stored.findByReleaseDate(day).orElseThrow().getCreatedBy()).isEqualTo("release-editor");
        Grid<Releases.Published> grid = _get(Grid.class, spec -> spec.withId("releases"));
        assertThat(GridKt._get(grid, 0).date()).isEqualTo(day);

        _get(Button.class, spec -> spec.withId("make-release")).click();
        assertThat(_get(Span.class, spec -> spec.withId("release-status")).getText())
                .startsWith("The release of " + day + " was already made");
    }

    @Test
    void aContributorCannotOpenTheReleasesView() {
        StaffUi.signedInAs(context, "release-contributor", StaffRole.CONTRIBUTOR);
        UI.getCurrent().navigate(ReleasesView.class);
        assertThat(currentView()).isNotEqualTo(ReleasesView.class);
        assertThat(_find(Button.class, spec -> spec.withId("make-release"))).isEmpty();
    }
}
