package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The change feed (/api/changes and the Atom feeds) over real HTTP against the embedded MariaDB. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class ChangeFeedApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    SeedLoader seeds;

    @Inject
    RecordWriter writer;

    @Inject
    SourceRepository sources;

    /** A slug and a state of this run's own (the test database outlives runs). */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private long source;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
        source = sources.findBySeedKey("doc-000").orElseThrow().getId();
    }

    private Map<String, Object> get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri), Map.class);
    }

    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private Jurisdiction jurisdiction(String name, String state, JurisdictionKind kind) {
        Jurisdiction j = new Jurisdiction();
        j.setSlug(name.toLowerCase().replaceAll("[^a-z]+", "-") + "-" + run);
        j.setName(name);
        j.setKind(kind);
        j.setStateCode(state);
        return writer.create(RecordType.JURISDICTION, j, List.of(source), Map.of(), "test");
    }

    private <T extends org.civicdata.tracker.core.common.PublishableRecord> T publish(RecordType type, T record) {
        return writer.setPublicationState(
                type, record.getId(), record.getVersion(), PublicationState.PUBLISHED, "test");
    }

    private DojLetter letter(Jurisdiction j) {
        DojLetter letter = new DojLetter();
        letter.setJurisdictionId(j.getId());
        letter.setSender("Alan Hanson <Acting AAG> & co");
        letter.setStatus(LetterStatus.SENT);
        return writer.create(RecordType.DOJ_LETTER, letter, List.of(source), Map.of(), "test");
    }

    private List<Map<String, Object>> changesOf(Jurisdiction j) {
        return items(get("/api/changes?jurisdiction=" + j.getSlug()));
    }

    @Test
    void aDraftsEditsNeverAppearAndItsPublishShowsAsTheRecordAppearing() {
        Jurisdiction j = jurisdiction("Feedville", "IL", JurisdictionKind.CITY);
        j.setName("Feedville Renamed");
        j = writer.update(RecordType.JURISDICTION, j, "test");
        assertThat(changesOf(j)).isEmpty();

        Jurisdiction published = publish(RecordType.JURISDICTION, j);
        List<Map<String, Object>> changes = changesOf(published);
        assertThat(changes).hasSize(1);
        Map<String, Object> added = changes.get(0);
        assertThat(added)
                .containsEntry("change", "ADDED")
                .containsEntry("title", "Feedville Renamed: jurisdiction added");
        Map<String, Object> record = (Map<String, Object>) added.get("record");
        assertThat(record)
                .containsEntry("type", "JURISDICTION")
                .containsEntry("id", j.getId().intValue());
        assertThat((List<Map<String, Object>>) record.get("jurisdictions"))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .containsEntry("slug", published.getSlug())
                        .containsEntry("name", "Feedville Renamed")
                        .containsEntry("state", "IL"));
        List<Map<String, Object>> fields = (List<Map<String, Object>>) added.get("fields");
        assertThat(fields)
                .filteredOn(f -> f.get("field").equals("name"))
                .singleElement()
                .satisfies(f -> assertThat(f).containsEntry("from", null).containsEntry("to", "Feedville Renamed"));
        assertThat(fields)
                .filteredOn(f -> f.get("field").equals("kind"))
                .singleElement()
                .satisfies(f -> assertThat(f).containsEntry("to", "CITY").containsEntry("toLabel", "City"));
        // the draft's name never went out, nor do bookkeeping, seed keys or the publication state
        assertThat(fields.toString()).doesNotContain("Feedville,", "publicationState", "createdBy", "seedKey");
        assertThat((List<Map<String, Object>>) added.get("sources"))
                .extracting(s -> s.get("seedDocument"))
                .containsExactly(sources.findById(source).orElseThrow().getSeedDocument());
        assertThat(Instant.parse((String) added.get("at"))).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void aStatusChangeIsOneFieldInWordsAndAnUnpublishIsTheRecordDisappearing() {
        Jurisdiction j = publish(RecordType.JURISDICTION, jurisdiction("Letterton", "IL", JurisdictionKind.CITY));
        DojLetter letter = publish(RecordType.DOJ_LETTER, letter(j));
        letter.setStatus(LetterStatus.RESPONDED);
        letter = writer.update(RecordType.DOJ_LETTER, letter, "test");
        writer.setPublicationState(
                RecordType.DOJ_LETTER, letter.getId(), letter.getVersion(), PublicationState.DRAFT, "test");

        List<Map<String, Object>> changes = changesOf(j);
        assertThat(changes).extracting(c -> c.get("change")).containsExactly("ADDED", "ADDED", "CHANGED", "REMOVED");
        assertThat(changes)
                .extracting(c -> c.get("title"))
                .containsExactly(
                        "Letterton: jurisdiction added",
                        "Letterton: DOJ letter added",
                        "Letterton: DOJ letter status changed from Sent to Responded",
                        "Letterton: DOJ letter removed");
        assertThat((List<Map<String, Object>>) changes.get(2).get("fields"))
                .singleElement()
                .satisfies(f -> assertThat(f)
                        .containsEntry("field", "status")
                        .containsEntry("label", "Status")
                        .containsEntry("from", "SENT")
                        .containsEntry("to", "RESPONDED")
                        .containsEntry("fromLabel", "Sent")
                        .containsEntry("toLabel", "Responded"));
        assertThat((List<Map<String, Object>>) changes.get(3).get("fields"))
                .filteredOn(f -> f.get("field").equals("status"))
                .singleElement()
                .satisfies(f -> assertThat(f).containsEntry("from", "RESPONDED").containsEntry("to", null));
        List<Long> ids =
                changes.stream().map(c -> Long.parseLong((String) c.get("id"))).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();

        // a draft letter's edits are absent; it appears when published
        DojLetter draft = letter(j);
        draft.setStatus(LetterStatus.FOUND_COMPLIANT);
        draft = writer.update(RecordType.DOJ_LETTER, draft, "test");
        assertThat(changesOf(j)).hasSize(4);
        publish(RecordType.DOJ_LETTER, draft);
        List<Map<String, Object>> after = changesOf(j);
        assertThat(after).hasSize(5);
        assertThat((List<Map<String, Object>>) after.get(4).get("fields"))
                .filteredOn(f -> f.get("field").equals("status"))
                .singleElement()
                .satisfies(f -> assertThat(f).containsEntry("from", null).containsEntry("to", "FOUND_COMPLIANT"));
    }

    @Test
    void pagesFollowTheCursorInOrderWithoutGapsOrRepeats() {
        Jurisdiction j = publish(RecordType.JURISDICTION, jurisdiction("Pageville", "IL", JurisdictionKind.COUNTY));
        for (int i = 0; i < 4; i++) {
            j.setNotes("Note " + i);
            j = writer.update(RecordType.JURISDICTION, j, "test");
        }
        List<Map<String, Object>> all = changesOf(j);
        assertThat(all).hasSize(5);

        List<Object> followed = new ArrayList<>();
        String next = "/api/changes?jurisdiction=" + j.getSlug() + "&limit=2";
        int pages = 0;
        while (next != null) {
            Map<String, Object> page = get(next);
            assertThat((Integer) page.get("count")).isLessThanOrEqualTo(2);
            items(page).forEach(c -> followed.add(c.get("id")));
            next = (String) page.get("next");
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(followed).isEqualTo(all.stream().map(c -> c.get("id")).toList());

        // since=<change id>: the changes after it
        String second = (String) all.get(1).get("id");
        assertThat(items(get("/api/changes?jurisdiction=" + j.getSlug() + "&since=" + second)))
                .extracting(c -> c.get("id"))
                .containsExactlyElementsOf(
                        all.subList(2, 5).stream().map(c -> c.get("id")).toList());
        assertThat((List<Map<String, Object>>) all.get(3).get("fields"))
                .singleElement()
                .satisfies(f -> assertThat(f).containsEntry("field", "notes").containsEntry("from", "Note 1"));
        // a date: everything from that day on (today's, here)
        assertThat(items(get("/api/changes?jurisdiction=" + j.getSlug() + "&since=2000-01-01")))
                .hasSize(5);
        assertThat(items(get("/api/changes?jurisdiction=" + j.getSlug() + "&since=2999-01-01")))
                .isEmpty();
    }

    private Person person(String name) {
        Person p = new Person();
        p.setName(name);
        return publish(RecordType.PERSON, writer.create(RecordType.PERSON, p, List.of(source), Map.of(), "test"));
    }

    /** A referenced record as the JSON gives it (its slug null but for a jurisdiction). */
    private static Map<String, Object> record(long id, String label, String slug) {
        Map<String, Object> record = new java.util.HashMap<>();
        record.put("id", (int) id);
        record.put("label", label);
        record.put("slug", slug);
        return record;
    }

    private static Map<String, Object> field(Map<String, Object> change, String name) {
        return ((List<Map<String, Object>>) change.get("fields"))
                .stream()
                        .filter(f -> f.get("field").equals(name))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no field " + name + " in " + change));
    }

    @Test
    void referencesKeepTheirIdsAndNameOnlyRecordsPublishedNow() throws Exception {
        Jurisdiction j = publish(RecordType.JURISDICTION, jurisdiction("Quoteville", "IL", JurisdictionKind.CITY));
        Person alpha = person("Speaker Alpha " + run);
        Person beta = person("Speaker Beta " + run);
        Statement quote = new Statement();
        quote.setPersonId(alpha.getId());
        quote.setJurisdictionId(j.getId());
        quote.setKind(StatementKind.QUOTE);
        quote.setText("Words said twice");
        quote = publish(
                RecordType.STATEMENT, writer.create(RecordType.STATEMENT, quote, List.of(source), Map.of(), "test"));
        quote.setPersonId(beta.getId());
        writer.update(RecordType.STATEMENT, quote, "test");
        // Alpha, no longer quoted, goes back to draft and is renamed there: neither name may go out now
        alpha = writer.setPublicationState(
                RecordType.PERSON, alpha.getId(), alpha.getVersion(), PublicationState.DRAFT, "test");
        alpha.setName("Secret Draftname " + run);
        writer.update(RecordType.PERSON, alpha, "test");

        List<Map<String, Object>> statements = changesOf(j).stream()
                .filter(c -> ((Map<String, Object>) c.get("record")).get("type").equals("STATEMENT"))
                .toList();
        assertThat(statements).extracting(c -> c.get("change")).containsExactly("ADDED", "CHANGED");
        Map<String, Object> added = statements.get(0);
        assertThat(field(added, "speaker"))
                .containsEntry("references", "PERSON")
                .containsEntry("from", null)
                .containsEntry("to", alpha.getId().toString())
                .containsEntry("toLabel", ChangeReferences.NOT_PUBLISHED)
                .containsEntry("toRecord", null);
        assertThat(field(added, "jurisdiction"))
                .containsEntry("references", "JURISDICTION")
                .containsEntry("to", j.getId().toString())
                .containsEntry("toLabel", "Quoteville")
                .containsEntry("toRecord", record(j.getId(), "Quoteville", j.getSlug()));
        Map<String, Object> changed = statements.get(1);
        assertThat((List<Map<String, Object>>) changed.get("fields")).hasSize(1);
        assertThat(field(changed, "speaker"))
                .containsEntry("from", alpha.getId().toString())
                .containsEntry("to", beta.getId().toString())
                .containsEntry("fromLabel", ChangeReferences.NOT_PUBLISHED)
                .containsEntry("fromRecord", null)
                .containsEntry("toLabel", "Speaker Beta " + run)
                .containsEntry("toRecord", record(beta.getId(), "Speaker Beta " + run, null));
        assertThat(changed.get("title"))
                .isEqualTo("Quoteville: statement speaker changed from (not published) to Speaker Beta " + run);
        assertThat(statements.toString()).doesNotContain("Alpha", "Secret Draftname");

        String atom = http.toBlocking().retrieve("/j/" + j.getSlug() + "/feed.atom");
        assertThat(atom)
                .contains("speaker changed from (not published) to Speaker Beta " + run)
                .doesNotContain("Speaker Alpha", "Secret Draftname");
    }

    @Test
    void atomFeedsArePagedWalkingEveryEntryOnceNewestFirst() throws Exception {
        String since = lastChangeId();
        Jurisdiction j = publish(RecordType.JURISDICTION, jurisdiction("Pagetown", "IL", JurisdictionKind.CITY));
        // three pages: the second's previous page is the first, the third's starts before the second's
        for (int i = 0; i < 2 * ChangeFeedController.ATOM_ENTRIES + 10; i++) {
            j.setNotes("Note " + i);
            j = writer.update(RecordType.JURISDICTION, j, "test");
        }
        List<String> own = items(get("/api/changes?limit=500&jurisdiction=" + j.getSlug())).stream()
                .map(c -> (String) c.get("id"))
                .toList();
        assertThat(own).hasSize(2 * ChangeFeedController.ATOM_ENTRIES + 11);
        assertThat(walk("/j/" + j.getSlug() + "/feed.atom", 0)).containsExactlyElementsOf(newestFirst(own));

        List<String> all = new ArrayList<>();
        Map<String, Object> page = get("/api/changes?limit=500&since=" + since);
        items(page).forEach(c -> all.add((String) c.get("id")));
        while (page.get("next") != null) {
            page = get((String) page.get("next"));
            items(page).forEach(c -> all.add((String) c.get("id")));
        }
        assertThat(all).containsAll(own);
        assertThat(walk("/feed.atom", Long.parseLong(since))).containsExactlyElementsOf(newestFirst(all));
    }

    private static List<String> newestFirst(List<String> ids) {
        List<String> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /**
     * Follows a feed's next links from its first page until past the change {@code stop} (or its end),
     * checking each page's links: first the feed, self the page, previous the page it came from.
     *
     * @return the change ids of the entries after {@code stop}, in the order read
     */
    private List<String> walk(String feed, long stop) throws Exception {
        List<String> ids = new ArrayList<>();
        String previous = null;
        String next = feed;
        int pages = 0;
        while (next != null) {
            Element page = parse(http.toBlocking().retrieve(HttpRequest.GET(next), byte[].class))
                    .getDocumentElement();
            requiredOnce(page, "id", "title", "updated");
            Map<String, String> links = new java.util.HashMap<>();
            for (org.w3c.dom.Node c = page.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && "link".equals(e.getLocalName())) {
                    assertThat(links.put(e.getAttribute("rel"), e.getAttribute("href")))
                            .as(next + " link " + e.getAttribute("rel"))
                            .isNull();
                }
            }
            assertThat(links).containsEntry("first", feed).containsEntry("self", next);
            assertThat(links.get("previous")).as(next + " previous").isEqualTo(previous);
            NodeList entries = page.getElementsByTagNameNS(AtomFeed.NS, "entry");
            assertThat(entries.getLength()).isLessThanOrEqualTo(ChangeFeedController.ATOM_ENTRIES);
            long last = Long.MAX_VALUE;
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                requiredOnce(entry, "id", "title", "updated");
                last = Long.parseLong(text(entry, "id").replaceAll(".*:change:", ""));
                if (last > stop) {
                    ids.add(Long.toString(last));
                }
            }
            previous = next;
            next = last <= stop ? null : links.get("next");
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(3);
        return ids;
    }

    @Test
    void stateAndKindFilterByTheJurisdictionsTheChangesAreShownUnder() {
        String since = lastChangeId();
        Jurisdiction city = publish(RecordType.JURISDICTION, jurisdiction("Filter City", "WY", JurisdictionKind.CITY));
        Jurisdiction county =
                publish(RecordType.JURISDICTION, jurisdiction("Filter County", "WY", JurisdictionKind.COUNTY));
        publish(RecordType.JURISDICTION, jurisdiction("Elsewhere", "VT", JurisdictionKind.CITY));
        assertThat(slugs("/api/changes?since=" + since + "&state=wy"))
                .contains(city.getSlug(), county.getSlug())
                .noneMatch(s -> s.startsWith("elsewhere"));
        assertThat(slugs("/api/changes?since=" + since + "&state=WY&kind=COUNTY"))
                .contains(county.getSlug())
                .doesNotContain(city.getSlug());
        assertThat(slugs("/api/changes?since=" + since + "&kind=city"))
                .contains(city.getSlug())
                .doesNotContain(county.getSlug());
        assertThat(slugs("/api/changes?since=" + since)).contains(city.getSlug(), county.getSlug(), "elsewhere-" + run);
        assertThat(items(get("/api/changes?jurisdiction=" + city.getSlug() + "&kind=COUNTY")))
                .isEmpty();
    }

    private String lastChangeId() {
        Map<String, Object> page = get("/api/changes?limit=500");
        while (page.get("next") != null) {
            page = get((String) page.get("next"));
        }
        List<Map<String, Object>> items = items(page);
        return items.isEmpty() ? "0" : (String) items.get(items.size() - 1).get("id");
    }

    private List<String> slugs(String uri) {
        return items(get(uri)).stream()
                .flatMap(c -> ((List<Map<String, Object>>) ((Map<String, Object>) c.get("record")).get("jurisdictions"))
                        .stream())
                .map(p -> (String) p.get("slug"))
                .toList();
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        for (String[] bad : new String[][] {
            {"colour=red", "colour"},
            {"kind=VILLAGE", "kind"},
            {"state=Illinois", "state"},
            {"since=yesterday", "since"},
            {"since=2020-02-30", "since"},
            {"cursor=bm9wZQ", "cursor"},
            {"cursor=%25%25", "cursor"},
            {"limit=0", "limit"},
            {"limit=501", "limit"},
            {"limit=ten", "limit"},
            {"jurisdiction=Not%20A%20Slug", "jurisdiction"},
            {"state=IL&state=CA", "state"}
        }) {
            assertThatThrownBy(() -> get("/api/changes?" + bad[0]))
                    .as(bad[0])
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(400);
                        assertThat(e.getResponse().getBody(String.class).orElse(""))
                                .contains("'" + bad[1] + "'")
                                .doesNotContain("Exception");
                    });
        }
        assertThatThrownBy(() -> http.toBlocking().retrieve("/feed.atom?x=1"))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(400));
        for (String bad : List.of("before=ten", "before=0", "before=-5", "before=1&before=2", "before=1e3")) {
            for (String feed : List.of("/feed.atom?", "/j/chicago-il/feed.atom?")) {
                assertThatThrownBy(() -> http.toBlocking().retrieve(feed + bad))
                        .as(feed + bad)
                        .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                            assertThat(e.getStatus().getCode()).isEqualTo(400);
                            assertThat(e.getResponse().getBody(String.class).orElse(""))
                                    .contains("'before'")
                                    .doesNotContain("Exception");
                        });
            }
        }
        assertThatThrownBy(() -> http.toBlocking().retrieve("/j/no-such-place-zz/feed.atom"))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(404));
    }

    @Test
    void atomFeedsAreValidAtomNewestFirstWithTitlesInWordsAndLinksAsOfTheDay() throws Exception {
        Jurisdiction j = publish(RecordType.JURISDICTION, jurisdiction("Atom & <Town", "IL", JurisdictionKind.CITY));
        DojLetter letter = publish(RecordType.DOJ_LETTER, letter(j));
        letter.setStatus(LetterStatus.RESPONDED);
        writer.update(RecordType.DOJ_LETTER, letter, "test");

        HttpResponse<byte[]> response =
                http.toBlocking().exchange(HttpRequest.GET("/j/" + j.getSlug() + "/feed.atom"), byte[].class);
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("application/atom+xml");
        Element feed = parse(response.body()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeed.NS);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        requiredOnce(feed, "id", "title", "updated");
        assertThat(text(feed, "id")).startsWith("tag:");
        assertThat(text(feed, "title")).isEqualTo("Atom & <Town: changes");
        NodeList entries = feed.getElementsByTagNameNS(AtomFeed.NS, "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            requiredOnce(entry, "id", "title", "updated");
            assertThat(text(entry, "id")).matches("tag:[^,]+,2026:change:\\d+");
            Instant.parse(text(entry, "updated"));
            Element link =
                    (Element) entry.getElementsByTagNameNS(AtomFeed.NS, "link").item(0);
            assertThat(link.getAttribute("rel")).isEqualTo("alternate");
            assertThat(link.getAttribute("href")).matches("/j/" + j.getSlug() + "\\?asOf=\\d{4}-\\d{2}-\\d{2}");
            titles.add(text(entry, "title"));
        }
        assertThat(titles)
                .containsExactly(
                        "Atom & <Town: DOJ letter status changed from Sent to Responded",
                        "Atom & <Town: DOJ letter added",
                        "Atom & <Town: jurisdiction added");
        assertThat(text(feed, "updated")).isEqualTo(text((Element) entries.item(0), "updated"));

        Element whole = parse(http.toBlocking().retrieve(HttpRequest.GET("/feed.atom"), byte[].class))
                .getDocumentElement();
        requiredOnce(whole, "id", "title", "updated");
        assertThat(whole.getElementsByTagNameNS(AtomFeed.NS, "entry").getLength())
                .isBetween(3, 50);
        assertThat(text(
                        (Element) whole.getElementsByTagNameNS(AtomFeed.NS, "entry")
                                .item(0),
                        "title"))
                .isEqualTo("Atom & <Town: DOJ letter status changed from Sent to Responded");
    }

    @Test
    void theMapAndEachJurisdictionsPageLinkTheirFeed() {
        String atom = "<link rel=\"alternate\" type=\"application/atom+xml\"";
        assertThat(http.toBlocking().retrieve("/")).contains(atom).contains("href=\"/feed.atom\"");
        assertThat(http.toBlocking().retrieve("/j/chicago-il"))
                .contains(atom)
                .contains("href=\"/j/chicago-il/feed.atom\"");
    }

    @Test
    void answersCarryAnETagAndA304WhenNothingChanged() {
        for (String uri :
                List.of("/api/changes", "/feed.atom", "/j/chicago-il/feed.atom", "/feed.atom?before=1000000")) {
            HttpResponse<String> first = http.toBlocking().exchange(HttpRequest.GET(uri), String.class);
            String etag = first.header("ETag");
            assertThat(etag).as(uri).isNotBlank();
            assertThat(first.header("Cache-Control")).contains("s-maxage");
            HttpResponse<String> again =
                    http.toBlocking().exchange(HttpRequest.GET(uri).header("If-None-Match", etag), String.class);
            assertThat(again.getStatus().getCode()).as(uri).isEqualTo(304);
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** RFC 4287 4.1.1 and 4.1.2: a feed and each entry have exactly one id, title and updated. */
    private static void requiredOnce(Element parent, String... names) {
        for (String name : names) {
            int n = 0;
            for (org.w3c.dom.Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e
                        && AtomFeed.NS.equals(e.getNamespaceURI())
                        && name.equals(e.getLocalName())) {
                    n++;
                }
            }
            assertThat(n).as(parent.getLocalName() + "/" + name).isEqualTo(1);
        }
    }

    private static String text(Element parent, String name) {
        for (org.w3c.dom.Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }
}
