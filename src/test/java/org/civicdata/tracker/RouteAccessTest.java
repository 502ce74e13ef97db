package org.civicdata.tracker;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.core.editing.ReviewQueue;
import org.civicdata.tracker.edge.release.Releases;
import org.civicdata.tracker.edge.staff.EditorChecks;
import org.civicdata.tracker.edge.staff.EditorRoutes;
import org.civicdata.tracker.edge.staff.LoginView;
import org.civicdata.tracker.edge.staff.StaffDrafts;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.infra.vaadin.MicronautMockVaadin;
import org.civicdata.tracker.infra.vaadin.SecurityHeaderChecks;
import org.civicdata.tracker.infra.vaadin.VaadinWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may reach each route and who may act on it: anonymous, contributor, editor, admin. The
 * routes come from the code (Vaadin's route registry, filled as the app fills it; Micronaut's
 * router), never from a list here: a new route without a rule in the tables below fails, and so
 * does a rule for a route that is gone.
 */
@MicronautTest(transactional = false)
class RouteAccessTest {

    /** Who asks, from no one to the most trusted; each staff role includes those below it. */
    enum Who {
        ANONYMOUS,
        CONTRIBUTOR,
        EDITOR,
        ADMIN;

        boolean atLeast(Who needed) {
            return ordinal() >= needed.ordinal();
        }

        StaffRole role() {
            return StaffRole.valueOf(name());
        }
    }

    /** What a staff route lets people do beyond looking, each checked for every role below. */
    enum Acts {
        /** Signing in. */
        SIGN_IN,
        /** Reading and exporting a list: nothing is written. */
        READ,
        /** A record's editor: any staff member edits drafts; publish, unpublish, delete need an editor. */
        EDIT_RECORD,
        /** CSV imports: rows become drafts, which any staff member may write. */
        IMPORT_DRAFTS,
        /** The review queue: an editor sends a draft back or publishes it. */
        REVIEW,
        /** Accounts: only an admin creates, changes or lets a name sign in again. */
        MANAGE_ACCOUNTS,
        /** One's own password. */
        OWN_PASSWORD,
        /** Releases: an editor makes today's release of the open data. */
        MAKE_RELEASE
    }

    record Rule(Who enter, Acts acts) {}

    /** Every Vaadin route (under /admin) and alias, by its template: who may enter and what it lets them do. */
    static final Map<String, Rule> STAFF_ROUTES = Map.ofEntries(
            entry("login", new Rule(Who.ANONYMOUS, Acts.SIGN_IN)),
            entry("password", new Rule(Who.CONTRIBUTOR, Acts.OWN_PASSWORD)),
            entry("", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("jurisdictions", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("jurisdictions/:id", new Rule(Who.CONTRIBUTOR, Acts.EDIT_RECORD)),
            entry("import/jurisdictions", new Rule(Who.CONTRIBUTOR, Acts.IMPORT_DRAFTS)),
            entry("positions", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("positions/:id", new Rule(Who.CONTRIBUTOR, Acts.EDIT_RECORD)),
            entry("designations", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("designations/:id", new Rule(Who.CONTRIBUTOR, Acts.EDIT_RECORD)),
            entry("letters", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("letters/:id", new Rule(Who.CONTRIBUTOR, Acts.EDIT_RECORD)),
            entry("threats", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("threats/:id", new Rule(Who.CONTRIBUTOR, Acts.EDIT_RECORD)),
            entry("court-cases", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("court-cases/:id", new Rule(Who.CONTRIBUTOR, Acts.EDIT_RECORD)),
            entry("statements", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("statements/:id", new Rule(Who.CONTRIBUTOR, Acts.EDIT_RECORD)),
            entry("import/statements", new Rule(Who.CONTRIBUTOR, Acts.IMPORT_DRAFTS)),
            entry("events", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("events/:id", new Rule(Who.CONTRIBUTOR, Acts.EDIT_RECORD)),
            entry("people", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("people/:id", new Rule(Who.CONTRIBUTOR, Acts.EDIT_RECORD)),
            entry("sources", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("sources/:id", new Rule(Who.CONTRIBUTOR, Acts.EDIT_RECORD)),
            entry("activity", new Rule(Who.CONTRIBUTOR, Acts.READ)),
            entry("review", new Rule(Who.EDITOR, Acts.REVIEW)),
            entry("accounts", new Rule(Who.ADMIN, Acts.MANAGE_ACCOUNTS)),
            entry("releases", new Rule(Who.EDITOR, Acts.MAKE_RELEASE)));

    /**
     * Every Micronaut route, by method and template, with an address to try it at. All are public
     * and read-only: anyone may GET (and HEAD) them, no one may write through them.
     */
    static final Map<String, String> PUBLIC_ROUTES = Map.ofEntries(
            entry("GET /", "/"),
            entry("GET /j/{slug}", "/j/chicago-il"),
            entry("GET /codebook", "/codebook"),
            entry("GET /table", "/table"),
            entry("GET /changes", "/changes"),
            entry("GET /api/changes", "/api/changes"),
            entry("GET /feed.atom", "/feed.atom"),
            entry("GET /j/{slug}/feed.atom", "/j/chicago-il/feed.atom"),
            entry("GET /api/docs", "/api/docs"),
            entry("GET /api/openapi.yml", "/api/openapi.yml"),
            entry("GET /api/jurisdictions", "/api/jurisdictions"),
            entry("GET /api/jurisdictions.csv", "/api/jurisdictions.csv"),
            entry("GET /api/jurisdictions.geojson", "/api/jurisdictions.geojson"),
            entry("GET /api/jurisdictions/{slug}", "/api/jurisdictions/chicago-il"),
            entry("GET /api/releases", "/api/releases"),
            entry("GET /api/releases/{date}", "/api/releases/{released}"),
            entry("GET /api/releases/{date}/{file}", "/api/releases/{released}/jurisdictions.csv"),
            entry("GET /assets/{name}", "/assets/site.css"),
            entry("GET /favicon.ico", "/favicon.ico"),
            entry("GET /health", "/health"));

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @Inject
    SeedLoader seeds;

    @Inject
    Releases releases;

    private java.time.LocalDate released;

    @Inject
    AuditEntryRepository audit;

    @Inject
    RecordEditService editor;

    @Inject
    ReviewQueue reviews;

    @Inject
    AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
        // A release to try /api/releases/{date}... at: the newest there is, or today's.
        released = releases.list().stream()
                .findFirst()
                .map(Releases.Published::date)
                .orElseGet(() -> releases.make(EditorChecks.EDITOR).date());
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    /** Vaadin's own registry of routes and aliases, as the app's servlet fills it (from Micronaut's @Route beans). */
    private Map<String, Class<?>> vaadinRoutes() {
        MicronautMockVaadin.setup(context);
        Map<String, Class<?>> routes = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.put(route.getTemplate(), route.getNavigationTarget());
            route.getRouteAliases().forEach(alias -> routes.put(alias.getTemplate(), alias.getNavigationTarget()));
        }
        MockVaadin.tearDown();
        return routes;
    }

    /** Every route Micronaut's router has, as "METHOD /template"; a HEAD route is its GET route's twin. */
    private Set<String> micronautRoutes() {
        Set<String> all = router.uriRoutes()
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));
        all.stream()
                .filter(r -> r.startsWith("HEAD "))
                .forEach(head -> assertThat(all).as("the GET route of " + head).contains("GET " + head.substring(5)));
        all.removeIf(r -> r.startsWith("HEAD "));
        return all;
    }

    @Test
    void everyRouteInTheCodeHasARuleAndEveryRuleARoute() {
        Map<String, Class<?>> vaadin = vaadinRoutes();
        assertThat(vaadin.keySet())
                .as("Vaadin routes in the code vs the rules in STAFF_ROUTES")
                .containsExactlyInAnyOrderElementsOf(STAFF_ROUTES.keySet());
        assertThat(micronautRoutes())
                .as("Micronaut routes in the code vs the rules in PUBLIC_ROUTES")
                .containsExactlyInAnyOrderElementsOf(PUBLIC_ROUTES.keySet());
        System.out.printf(
                "RouteAccessTest: %d Vaadin routes and aliases, %d Micronaut routes%n",
                vaadin.size(), micronautRoutes().size());
    }

    @Test
    void eachStaffRouteLetsInExactlyTheRolesItsRuleNamesAndSendsAnonymousVisitorsToSignIn() {
        Map<String, Class<?>> routes = vaadinRoutes();
        Map<RecordType, TrackedRecord> drafts =
                StaffDrafts.ofEveryType(context, EditorChecks.CONTRIBUTOR, StaffDrafts.tag());
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            if (who == Who.ANONYMOUS) {
                StaffUi.open(context);
            } else {
                StaffUi.signedInAs(context, "route-" + who.name().toLowerCase(java.util.Locale.ROOT), who.role());
            }
            for (Map.Entry<String, Class<?>> route : routes.entrySet()) {
                Rule rule = STAFF_ROUTES.get(route.getKey());
                UI.getCurrent().navigate(path(route.getKey(), drafts));
                Class<?> shown = UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .get(0)
                        .getClass();
                boolean entered = shown == route.getValue();
                if (entered != who.atLeast(rule.enter())) {
                    wrong.add(who + " at /admin/" + route.getKey() + ": "
                            + (entered ? "let in" : "kept out, shown " + shown.getSimpleName()));
                }
                if (!entered && who == Who.ANONYMOUS && shown != LoginView.class) {
                    wrong.add("anonymous at /admin/" + route.getKey() + " was not sent to sign in but shown "
                            + shown.getSimpleName());
                }
                if (entered && rule.acts() == Acts.EDIT_RECORD) {
                    // On a draft: everyone in may save it; only an editor is offered publish and delete.
                    // (Karibu finds visible components only.)
                    boolean offered =
                            !_find(Button.class, spec -> spec.withId("publish")).isEmpty()
                                    && !_find(Button.class, spec -> spec.withId("delete"))
                                            .isEmpty();
                    boolean saves =
                            _get(Button.class, spec -> spec.withId("save")).isEnabled();
                    if (offered != who.atLeast(Who.EDITOR) || !saves) {
                        wrong.add(who + " at /admin/" + route.getKey() + ": publish and delete offered " + offered
                                + ", save " + saves);
                    }
                }
                if (entered
                        && rule.acts() == Acts.MANAGE_ACCOUNTS
                        && _find(Button.class, spec -> spec.withId("create-account"))
                                .isEmpty()) {
                    wrong.add(who + " at /admin/" + route.getKey() + ": no way to create an account");
                }
                if (entered
                        && rule.acts() == Acts.MAKE_RELEASE
                        && _find(Button.class, spec -> spec.withId("make-release"))
                                .isEmpty()) {
                    wrong.add(who + " at /admin/" + route.getKey() + ": no way to make a release");
                }
            }
            MockVaadin.tearDown();
        }
        assertThat(wrong).isEmpty();
    }

    /** The route's address, with the draft of its record type for an editor's {@code :id}. */
    private static String path(String template, Map<RecordType, TrackedRecord> drafts) {
        if (!template.contains(":")) {
            return template;
        }
        for (Map.Entry<RecordType, TrackedRecord> draft : drafts.entrySet()) {
            String candidate =
                    template.replace(":id", String.valueOf(draft.getValue().getId()));
            if (candidate.equals(
                    EditorRoutes.editorOf(draft.getKey(), draft.getValue().getId()))) {
                return candidate;
            }
        }
        throw new AssertionError("No sample address for /admin/" + template + ": teach RouteAccessTest.path about it");
    }

    @Test
    void theServicesRefuseWhatTheRulesKeepFromARole() {
        Map<RecordType, TrackedRecord> drafts =
                StaffDrafts.ofEveryType(context, EditorChecks.CONTRIBUTOR, StaffDrafts.tag());
        long before = audit.count();
        StaffPrincipal contributor = EditorChecks.CONTRIBUTOR;
        StaffPrincipal editorRole = EditorChecks.EDITOR;
        for (Map.Entry<RecordType, TrackedRecord> draft : drafts.entrySet()) {
            RecordType type = draft.getKey();
            TrackedRecord record = draft.getValue();
            assertThatThrownBy(() ->
                            editor.<PublishableRecord>publish(contributor, type, record.getId(), record.getVersion()))
                    .as("a contributor publishes a " + type)
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> editor.delete(contributor, type, record.getId(), record.getVersion()))
                    .as("a contributor deletes a " + type)
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() ->
                            editor.<PublishableRecord>unpublish(contributor, type, record.getId(), record.getVersion()))
                    .as("a contributor unpublishes a " + type)
                    .isInstanceOf(NotPermittedException.class);
        }
        TrackedRecord any = drafts.values().iterator().next();
        RecordType anyType = drafts.keySet().iterator().next();
        assertThatThrownBy(() -> reviews.sendBack(contributor, anyType, any.getId(), "no"))
                .as("a contributor sends a draft back")
                .isInstanceOf(NotPermittedException.class);
        for (StaffPrincipal notAdmin : List.of(contributor, editorRole)) {
            assertThatThrownBy(() ->
                            accounts.createWithOneTimePassword(notAdmin, "never-" + StaffDrafts.tag(), StaffRole.ADMIN))
                    .as(notAdmin.role() + " creates an account")
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> accounts.allowSignInAgain(notAdmin, "anyone"))
                    .as(notAdmin.role() + " allows sign-in again")
                    .isInstanceOf(NotPermittedException.class);
            var account = accounts.list().get(0);
            assertThatThrownBy(() ->
                            accounts.change(notAdmin, account.getId(), account.getVersion(), StaffRole.ADMIN, true))
                    .as(notAdmin.role() + " changes an account")
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThat(audit.count()).as("nothing was written").isEqualTo(before);
    }

    @Test
    void everyPublicRouteAnswersAnyoneWithoutACookieAndRefusesEveryWrite() throws Exception {
        long before = audit.count();
        List<String> wrong = new ArrayList<>();
        for (String route : micronautRoutes()) {
            String path = PUBLIC_ROUTES.get(route).replace("{released}", released.toString());
            HttpResponse<String> get = send("GET", path);
            if (get.statusCode() != 200) {
                wrong.add(route + " at " + path + ": GET answered " + get.statusCode());
            }
            SecurityHeaderChecks.assertSecurityHeaders(
                    "GET " + path, path, name -> get.headers().firstValue(name).orElse(null));
            HttpResponse<String> head = send("HEAD", path);
            if (head.statusCode() != 200 || !head.body().isEmpty()) {
                wrong.add(route + ": HEAD answered " + head.statusCode() + " with "
                        + head.body().length() + " characters");
            }
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                HttpResponse<String> write = send(method, path);
                if (write.statusCode() != 405 && write.statusCode() != 404) {
                    wrong.add(method + " " + path + " answered " + write.statusCode());
                }
                if (write.headers().firstValue("Set-Cookie").isPresent()) {
                    wrong.add(method + " " + path + " set a cookie");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(audit.count()).as("nothing was written").isEqualTo(before);
    }

    /**
     * Vaadin's UIDL endpoint, spoken to directly with an anonymous session's real CSRF token: asking
     * the UI to navigate to any route closed to anonymous visitors shows the sign-in form instead,
     * never the view (no staff menu, no view's content).
     */
    @Test
    void anAnonymousUisOwnUidlCannotNavigateIntoAnyStaffRoute() {
        VaadinWire wire = new VaadinWire(server.getPort());
        long before = audit.count();
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String template : vaadinRoutes().keySet()) {
            if (STAFF_ROUTES.get(template).enter() == Who.ANONYMOUS) {
                continue;
            }
            VaadinWire.Ui ui = wire.anonymousUi();
            HttpResponse<String> answer = wire.navigate(ui.cookie(), ui.csrfToken(), template.replace(":id", "1"));
            tried++;
            String body = answer.body();
            if (answer.statusCode() != 200
                    || !body.contains("vaadin-login-form")
                    || body.contains("vaadin-side-nav")
                    || body.contains("signed-in-as")) {
                wrong.add("/admin/" + template + ": " + answer.statusCode() + " "
                        + body.substring(0, Math.min(200, body.length())));
            }
        }
        assertThat(tried).isEqualTo(STAFF_ROUTES.size() - 1);
        assertThat(wrong).isEmpty();
        assertThat(audit.count()).as("nothing was written").isEqualTo(before);
    }

    @Test
    void everyStaffRouteIsServedWithTheStaffHeaders() throws Exception {
        for (String template : vaadinRoutes().keySet()) {
            String path = "/admin/" + template.replace(":id", "1");
            HttpResponse<String> response = send("GET", path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            SecurityHeaderChecks.assertSecurityHeaders(
                    path, path, name -> response.headers().firstValue(name).orElse(null));
        }
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
        request.method(
                method,
                method.equals("GET") || method.equals("HEAD")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"));
        if (!method.equals("GET") && !method.equals("HEAD")) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
