package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.civicdata.tracker.core.account.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An /admin address that names no staff page: "not found" in the staff frame, status 404, for anyone. */
@MicronautTest(transactional = false)
class StaffNotFoundViewTest {

    @Inject
    ApplicationContext context;

    @Inject
    @Client("/")
    HttpClient http;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    /**
     * Opens an address as a page load does (UI.navigate hands an address with no server route to
     * the browser's router, which a test has not got); returns the HTTP status the page would get.
     */
    private static int load(String address) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(address), NavigationTrigger.PAGE_LOAD);
    }

    private static List<Class<?>> shownChain() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .map(HasElement::getClass)
                .<Class<?>>map(c -> c)
                .toList();
    }

    @Test
    void aSignedInEditorSeesNotFoundInsideTheStaffLayoutWithItsMenu() {
        StaffUi.signedInAs(context, "editor-nora", StaffRole.EDITOR);
        assertThat(load("no/such-page")).isEqualTo(404);
        assertThat(shownChain()).containsExactly(StaffNotFoundView.class, StaffLayout.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found-address"))
                        .getText())
                .contains("/admin/no/such-page");
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-as")).getText())
                .contains("editor-nora");
    }

    @Test
    void anAnonymousVisitorSeesNotFoundTooAndNothingOfTheStaffData() {
        StaffUi.open(context);
        assertThat(load("jurisdictionz")).isEqualTo(404);
        assertThat(shownChain()).containsExactly(StaffNotFoundView.class, StaffLayout.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found-address"))
                        .getText())
                .contains("/admin/jurisdictionz");
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-as")).getText())
                .isEmpty();
    }

    @Test
    void aKnownPageStillAsksAnAnonymousVisitorToSignIn() {
        StaffUi.open(context);
        load("accounts");
        assertThat(shownChain()).first().isEqualTo(LoginView.class);
    }

    @Test
    void overHttpAnUnknownStaffAddressAnswers404AndAKnownOne200() {
        HttpClientResponseException notFound = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/admin/no-such-page"), String.class));
        assertThat(notFound.getStatus().getCode()).isEqualTo(404);
        assertThat(notFound.getResponse().getBody(String.class).orElse("")).doesNotContain("Could not navigate");
        HttpResponse<String> login = http.toBlocking().exchange(HttpRequest.GET("/admin/login"), String.class);
        assertThat(login.code()).isEqualTo(200);
    }
}
