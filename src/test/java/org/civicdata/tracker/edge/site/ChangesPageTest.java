package org.civicdata.tracker.edge.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.status.StatusEntry;
import org.civicdata.tracker.record.status.StatusHistory;
import org.civicdata.tracker.record.status.StatusHistoryParts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public "What changed" page over real HTTP against the real database, on a scenario of its own
 * (states XD and XP, used by no other test) with known changes in 2019: a stance change, a new DOJ
 * letter and a statement in the window, a letter before it and a draft letter in it (neither shown);
 * and in state XS letters whose status history changes in 2017 or not.
 */
@MicronautTest(transactional = false)
class ChangesPageTest {

    static final String WINDOW = "/changes?from=2019-01-01&to=2019-12-31";
    private static boolean created;

    @Inject
    EmbeddedServer server;

    @Inject
    RecordWriter writer;

    private long sourceId;

    @BeforeEach
    void scenario() {
        if (created) {
            return;
        }
        created = true;
        Source source = new Source();
        source.setTitle("Diff scenario report");
        source.setUrl("https://example.org/diff-report");
        source.setPublicationState(PublicationState.PUBLISHED);
        sourceId = create(RecordType.SOURCE, source).getId();
        long changing = jurisdiction("diffville-xd", "Diffville", "XD");
        long steady = jurisdiction("steadytown-xd", "Steadytown", "XD");
        position(changing, PolicyVariable.SELF_DECLARED_SANCTUARY, LocalDate.of(2019, 3, 15));
        position(steady, PolicyVariable.ICE_JAIL_ACCESS, LocalDate.of(2015, 1, 1));
        letter(steady, LocalDate.of(2019, 2, 1), "Window sender", PublicationState.PUBLISHED);
        letter(steady, LocalDate.of(2018, 5, 1), "Earlier sender", PublicationState.PUBLISHED);
        letter(steady, LocalDate.of(2019, 5, 1), "Draft sender", PublicationState.DRAFT);
        Person speaker = new Person();
        speaker.setName("Diff Speaker");
        speaker.setPublicationState(PublicationState.PUBLISHED);
        speaker = create(RecordType.PERSON, speaker);
        Statement said = new Statement();
        said.setPersonId(speaker.getId());
        said.setJurisdictionId(steady);
        said.setKind(StatementKind.QUOTE);
        said.setText("We said <b>this</b> in the window");
        said.setSaidOn(LocalDate.of(2019, 6, 1));
        said.setSaidPrecision(DatePrecision.MONTH);
        said.setPublicationState(PublicationState.PUBLISHED);
        create(RecordType.STATEMENT, said);
        long paged = jurisdiction("pageburg-xp", "Pageburg", "XP");
        for (int i = 0; i < ChangesPage.PAGE_ITEMS + 5; i++) {
            Designation d = new Designation();
            d.setJurisdictionId(paged);
            // OTHER, not a designator the staff list tests filter on: these 105 rows share the test database.
            d.setDesignator(Designator.OTHER);
            d.setDesignatorName("Pageburg Paging Gazette");
            d.setLabel("Label " + i);
            d.setDesignatedOn(LocalDate.of(2019, 1, 2).plusDays(i));
            d.setDesignatedPrecision(DatePrecision.DAY);
            d.setPublicationState(PublicationState.PUBLISHED);
            create(RecordType.DESIGNATION, d);
        }
        statusScenario();
    }

    /**
     * In state XS, for the window 2017: letters whose status history (written through the audited path)
     * changes in it or not, each first entry made from the letter's own status and date.
     */
    private void statusScenario() {
        Source response = new Source();
        response.setTitle("Response report");
        response.setUrl("https://example.org/response");
        response.setPublicationState(PublicationState.PUBLISHED);
        long responseId = create(RecordType.SOURCE, response).getId();
        long j = jurisdiction("statusburg-xs", "Statusburg", "XS");
        statusLetter(
                j,
                "Answered sender",
                "2016-08-03",
                PublicationState.PUBLISHED,
                responseId,
                new Object[] {LetterStatus.RESPONDED, "2017-10"},
                new Object[] {LetterStatus.FOUND_NON_COMPLIANT, "2017-12-05"},
                new Object[] {LetterStatus.WITHDRAWN, "2018-03"});
        statusLetter(j, "Later sender", "2016-01-04", PublicationState.PUBLISHED, responseId, new Object[] {
            LetterStatus.RESPONDED, "2018-02-01"
        });
        statusLetter(j, "Hidden sender", "2016-03-01", PublicationState.DRAFT, responseId, new Object[] {
            LetterStatus.RESPONDED, "2017-06"
        });
        statusLetter(j, "New sender", "2017-02-01", PublicationState.PUBLISHED, responseId, new Object[] {
            LetterStatus.RESPONDED, "2017-05-01"
        });
    }

    /** A letter sent on {@code sent}, then each {status, effective date} entry, cited by the response. */
    private void statusLetter(
            long jurisdiction, String sender, String sent, PublicationState state, long response, Object[]... later) {
        DojLetter l = new DojLetter();
        l.setJurisdictionId(jurisdiction);
        l.setSentOn(LocalDate.parse(sent));
        l.setSentPrecision(DatePrecision.DAY);
        l.setSender(sender);
        l.setStatus(LetterStatus.SENT);
        l.setPublicationState(state);
        List<StatusEntry> history = new ArrayList<>();
        history.add(StatusHistoryParts.initial(LetterStatus.SENT, PartialDate.parse(sent), sourceId));
        for (Object[] e : later) {
            history.add(new StatusEntry(
                    ((LetterStatus) e[0]).name(), PartialDate.parse((String) e[1]), null, response, null, false));
        }
        writer.create(
                RecordType.DOJ_LETTER,
                l,
                List.of(sourceId, response),
                Map.of(StatusHistory.PART, StatusHistory.part(history)),
                "test");
    }

    private <T extends TrackedRecord> T create(RecordType type, T record) {
        return writer.create(type, record, type == RecordType.SOURCE ? List.of() : List.of(sourceId), Map.of(), "test");
    }

    private long jurisdiction(String slug, String name, String state) {
        Jurisdiction j = new Jurisdiction();
        j.setSlug(slug);
        j.setName(name);
        j.setKind(JurisdictionKind.CITY);
        j.setStateCode(state);
        j.setPublicationState(PublicationState.PUBLISHED);
        return create(RecordType.JURISDICTION, j).getId();
    }

    private void position(long jurisdiction, PolicyVariable variable, LocalDate from) {
        PolicyPosition p = new PolicyPosition();
        p.setJurisdictionId(jurisdiction);
        p.setVariable(variable);
        p.setValue(PolicyValue.YES);
        p.setValidFromOn(from);
        p.setValidFromPrecision(DatePrecision.DAY);
        p.setPublicationState(PublicationState.PUBLISHED);
        create(RecordType.POLICY_POSITION, p);
    }

    private void letter(long jurisdiction, LocalDate sent, String sender, PublicationState state) {
        DojLetter l = new DojLetter();
        l.setJurisdictionId(jurisdiction);
        l.setSentOn(sent);
        l.setSentPrecision(DatePrecision.DAY);
        l.setSender(sender);
        l.setStatus(LetterStatus.SENT);
        l.setPublicationState(state);
        create(RecordType.DOJ_LETTER, l);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.getURL() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).isPresent();
        return Jsoup.parse(response.body());
    }

    @Test
    void theWindowShowsTheStanceChangeTheNewLetterAndTheStatementWithTheirEvidence() throws Exception {
        Document page = page(WINDOW + "&state=XD");
        assertThat(page.select("h1").text()).isEqualTo("What changed from 2019-01-01 to 2019-12-31 in XD");
        assertThat(page.select("ul.change-counts li").eachText())
                .containsExactly(
                        "Stance changed: 1",
                        "DOJ letters: 1",
                        "Funding threats: 0",
                        "Court rulings: 0",
                        "Statements: 1",
                        "Designations: 0",
                        "Events: 0");
        assertThat(page.select("h2").eachText())
                .containsExactly("Stance changed (1)", "DOJ letters (1)", "Statements (1)");
        var stance = page.select("#stance + ul > li").first();
        assertThat(stance.select("> a").attr("href")).isEqualTo("/j/diffville-xd?asOf=2019-12-31");
        assertThat(stance.select("> span.what").text()).isEqualTo("No data → Sanctuary");
        assertThat(stance.select("span.stance-chip").eachAttr("class"))
                .containsExactly("stance-chip chip-stance-no-data", "stance-chip chip-stance-sanctuary");
        assertThat(stance.text()).contains("2019-03-15", "Self-declared sanctuary: Yes from 2019-03-15");
        assertThat(stance.select("ul.sources a").attr("href")).isEqualTo("https://example.org/diff-report");

        var letter = page.select("#doj-letter + ul > li");
        assertThat(letter).hasSize(1);
        assertThat(letter.text())
                .contains("Steadytown (XD) · 2019-02-01: DOJ letter from Window sender, new, status Sent")
                .contains("Diff scenario report");
        assertThat(letter.select("> a").attr("href")).isEqualTo("/j/steadytown-xd?asOf=2019-12-31");

        var statement = page.select("#statement + ul > li");
        assertThat(statement.text()).contains("2019-06: Diff Speaker (Quote): We said <b>this</b> in the window");
        assertThat(page.html()).doesNotContain("<b>this</b>");

        assertThat(page.text()).doesNotContain("Draft sender", "Earlier sender", "Steadytown (XD) · 2015");
    }

    @Test
    void aStatusChangedInTheWindowIsListedWithItsWordsAndSource() throws Exception {
        Document page = page("/changes?from=2017-01-01&to=2017-12-31&state=XS");
        assertThat(page.select("ul.change-counts li").eachText()).contains("DOJ letters: 2");
        var letters = page.select("#doj-letter + ul > li");
        assertThat(letters.eachText())
                .hasSize(2)
                .satisfiesExactly(
                        neu -> assertThat(neu)
                                .startsWith(
                                        "Statusburg (XS) · 2017-02-01: DOJ letter from New sender, new, status Sent;"
                                                + " status changed from Sent to Responded on 2017-05-01"),
                        answered -> assertThat(answered)
                                .startsWith("Statusburg (XS) · 2017-10: DOJ letter from Answered sender;"
                                        + " status changed from Sent to Responded on 2017-10;"
                                        + " status changed from Responded to Found non-compliant on 2017-12-05"));
        assertThat(letters.get(1).select("ul.sources a").eachAttr("href")).contains("https://example.org/response");
        // The entry after the window, and the draft letter's entries, are not changes of this window.
        assertThat(page.text()).doesNotContain("Later sender", "Hidden sender", "Withdrawn");
        assertThat(page("/changes?from=2018-01-01&to=2018-12-31&state=XS")
                        .select("#doj-letter + ul > li")
                        .eachText())
                .satisfiesExactly(
                        later -> assertThat(later)
                                .startsWith("Statusburg (XS) · 2018-02-01: DOJ letter from Later sender;"
                                        + " status changed from Sent to Responded on 2018-02-01 Source"),
                        answered -> assertThat(answered)
                                .startsWith("Statusburg (XS) · 2018-03: DOJ letter from Answered sender;"
                                        + " status changed from Found non-compliant to Withdrawn on 2018-03 Source"));
        // A window holding only the draft letter's change lists nothing.
        assertThat(page("/changes?from=2017-05-31&to=2017-06-30&state=XS").text())
                .contains("DOJ letters: 0", "Nothing dated in this window changed.");
    }

    @Test
    void theStateFilterAndTheWholeMap() throws Exception {
        assertThat(page(WINDOW + "&state=XE").select("ul.change-counts li").eachText())
                .allSatisfy(t -> assertThat(t).endsWith(": 0"));
        Document all = page(WINDOW);
        assertThat(all.select("h1").text()).endsWith("in every state");
        assertThat(all.text()).contains("Diffville", "Pageburg");
        // The window is (from, to]: a change dated on the first day is before it, on the last day in it.
        assertThat(page("/changes?from=2019-03-15&to=2019-12-31&state=XD").text())
                .contains("Stance changed: 0");
        assertThat(page("/changes?from=2019-03-14&to=2019-03-15&state=XD").text())
                .contains("Stance changed: 1");
        // Without dates: the last twelve months up to today, said in the heading.
        assertThat(page("/changes").select("h1").text())
                .isEqualTo("What changed from " + LocalDate.now().minusYears(1) + " to " + LocalDate.now()
                        + " in every state");
    }

    @Test
    void manyChangesArePagedWithPlainLinks() throws Exception {
        Document first = page(WINDOW + "&state=XP");
        assertThat(first.select("ul.change-counts li").eachText()).contains("Designations: 105");
        assertThat(first.select("ul.changes > li")).hasSize(ChangesPage.PAGE_ITEMS);
        assertThat(first.select("nav.pager").first().text()).startsWith("Page 1 of 2");
        assertThat(first.select("nav.pager a[rel=next]").attr("href")).isEqualTo(WINDOW + "&state=XP&page=2");
        Document second = page(WINDOW + "&state=XP&page=2");
        assertThat(second.select("ul.changes > li")).hasSize(5);
        assertThat(second.select("ul.changes > li").last().text()).contains("“Label 104”");
        assertThat(get(WINDOW + "&state=XP&page=3").statusCode()).isEqualTo(400);
    }

    @Test
    void badParametersAreABadRequestNamingThem() throws Exception {
        HttpResponse<String> reversed = get("/changes?from=2020-01-01&to=2019-01-01");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(reversed.body()).text())
                .contains("Parameter 'from' (2020-01-01) must not be after 'to' (2019-01-01).");
        HttpResponse<String> month = get("/changes?to=2019-13-01");
        assertThat(month.statusCode()).isEqualTo(400);
        assertThat(month.body()).contains("Parameter 'to' must be a date written YYYY-MM-DD, not '2019-13-01'.");
        HttpResponse<String> markup = get("/changes?from=%3Cb%3Ex");
        assertThat(markup.statusCode()).isEqualTo(400);
        assertThat(markup.body()).doesNotContain("<b>x").contains("Parameter 'from' must be a date");
        assertThat(get("/changes?colour=red").statusCode()).isEqualTo(400);
        assertThat(get("/changes?state=Illinois").statusCode()).isEqualTo(400);
        assertThat(get("/changes?page=0").statusCode()).isEqualTo(400);
        assertThat(get("/changes?from=2019-01-01&from=2019-02-01").statusCode()).isEqualTo(400);
    }
}
