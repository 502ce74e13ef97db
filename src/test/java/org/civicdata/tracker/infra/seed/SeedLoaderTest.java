package org.civicdata.tracker.infra.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.citation.CitationRepository;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRules;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.statement.StatementRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MicronautTest(transactional = false)
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    JurisdictionService service;

    @Inject
    StatementRepository statements;

    @Inject
    CitationRepository citations;

    @Inject
    AuditEntryRepository audit;

    @TempDir
    Path dir;

    @Test
    void loadingTheSeedsTwiceChangesNothingTheSecondTime() {
        loader.load(SeedFiles.bundled());
        Map<String, Long> before = counts();

        SeedLoader.Report second = loader.load(SeedFiles.bundled());

        assertThat(second.totalCreated()).isZero();
        assertThat(second.alreadyPresent().get(RecordType.STATEMENT)).isGreaterThan(30);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void everySeededRecordIsPublishedCitedAndAudited() {
        loader.load(SeedFiles.bundled());
        var chicago = jurisdictions.findBySlug("chicago-il").orElseThrow();
        assertThat(chicago.getSeedKey()).isEqualTo("chicago-il");
        assertThat(chicago.getPublicationState().name()).isEqualTo("PUBLISHED");
        assertThat(citations.findByRecordTypeAndRecordId(RecordType.JURISDICTION, chicago.getId()))
                .isNotEmpty();
        var created = audit.findByRecordTypeAndRecordIdOrderById(RecordType.JURISDICTION, chicago.getId());
        assertThat(created).first().satisfies(e -> {
            assertThat(e.action().name()).isEqualTo("CREATE");
            assertThat(e.actor()).isEqualTo("seed-loader");
            assertThat(e.changes()).contains("\"slug\":{\"old\":null,\"new\":\"chicago-il\"}");
        });
    }

    @Test
    void anUnknownFieldLoadsNothingAndNamesTheFileAndField() throws IOException {
        Path seeds = copyOfSeeds(Map.of("jurisdictions.yml", text -> text + """

                - slug: "testville-zz"
                  name: "Testville"
                  kind: "CITY"
                  state: "IL"
                  population: 12
                  sources: ["doc-000"]
                """));
        assertRefusedWithoutWriting(seeds, "jurisdictions.yml", "unknown field 'population'");
    }

    @Test
    void aRecordWithoutASourceLoadsNothing() throws IOException {
        Path seeds = copyOfSeeds(Map.of("jurisdictions.yml", text -> text + """

                - slug: "testville-zz"
                  name: "Testville"
                  kind: "CITY"
                  state: "IL"
                  sources: []
                """));
        assertRefusedWithoutWriting(
                seeds, "jurisdictions.yml, record 'testville-zz': sources needs at least one source");
    }

    @Test
    void aBadDateLoadsNothingEvenTheValidNewRecords() throws IOException {
        Path seeds = copyOfSeeds(Map.of(
                "jurisdictions.yml", text -> text + """

                        - slug: "testville-zz"
                          name: "Testville"
                          kind: "CITY"
                          state: "IL"
                          sources: ["doc-000"]
                        """,
                "doj-letters.yml", text -> text.replace("sent_on: \"2018-01-24\"", "sent_on: \"2018-02-30\"")));
        assertRefusedWithoutWriting(
                seeds,
                "doj-letters.yml, record 'doj-letters-2018-01-24', field sent_on: '2018-02-30' is not a real date: February 2018 has 28 days.");
    }

    @Test
    void aDuplicateSlugLoadsNothing() throws IOException {
        Path seeds = copyOfSeeds(Map.of("jurisdictions.yml", text -> text + """

                - slug: "testville-zz"
                  name: "Testville"
                  kind: "CITY"
                  state: "IL"
                  sources: ["doc-000"]

                - slug: "testville-zz"
                  name: "Testville again"
                  kind: "CITY"
                  state: "IL"
                  sources: ["doc-000"]
                """));
        assertRefusedWithoutWriting(seeds, "jurisdictions.yml, record 'testville-zz': duplicate key/slug");
    }

    @Test
    void aRecordRefusedMidwayRollsBackEverythingWrittenBeforeIt() throws IOException {
        // Passes the seed validator, then is refused on the write path (name longer than its
        // column): the new jurisdiction written before it must be rolled back too.
        String tooLong = "x".repeat(400);
        Path seeds = copyOfSeeds(
                Map.of("jurisdictions.yml", text -> text + """

                - slug: "testville-zz"
                  name: "Testville"
                  kind: "CITY"
                  state: "IL"
                  sources: ["doc-000"]
                """, "people.yml", text -> text + """

                - key: "someone-too-long"
                  name: "%s"
                  sources: ["doc-000"]
                """.formatted(tooLong)));
        assertRefusedWithoutWriting(
                seeds,
                "people.yml, record 'someone-too-long', field name: Name holds at most 200 characters; this has 400.");
    }

    @Test
    void aStateThatIsNotARealOneIsRefusedNamingFileRecordAndFieldWithTheFormsMessage() throws IOException {
        Jurisdiction asTheFormHasIt = new Jurisdiction();
        asTheFormHasIt.setSlug("testville-zz");
        asTheFormHasIt.setName("Testville");
        asTheFormHasIt.setKind(JurisdictionKind.CITY);
        asTheFormHasIt.setStateCode("ZZ");
        String formsMessage = JurisdictionRules.check(asTheFormHasIt).stream()
                .filter(p -> p.field().equals("stateCode"))
                .findFirst()
                .orElseThrow()
                .message();
        assertThatThrownBy(() ->
                        service.save(new StaffPrincipal("seed-ed", StaffRole.EDITOR, false), asTheFormHasIt, List.of()))
                .hasMessage(formsMessage);

        Path seeds = copyOfSeeds(Map.of("jurisdictions.yml", text -> text + """

                - slug: "testville-zz"
                  name: "Testville"
                  kind: "CITY"
                  state: "ZZ"
                  fips: "0644000"
                  sources: ["doc-000"]
                """));
        assertRefusedWithoutWriting(seeds, "jurisdictions.yml, record 'testville-zz', field state: " + formsMessage);
    }

    @Test
    void aFipsCodeOfAnotherStateAndAFutureDateAreRefusedAsTheFormRefusesThem() throws IOException {
        Path seeds = copyOfSeeds(Map.of(
                "jurisdictions.yml", text -> text + """

                        - slug: "testville-zz"
                          name: "Testville"
                          kind: "CITY"
                          state: "il"
                          fips: "0644000"
                          sources: ["doc-000"]
                        """,
                "doj-letters.yml", text -> text.replace("sent_on: \"2018-01-24\"", "sent_on: \"2999-01-24\"")));
        assertRefusedWithoutWriting(
                seeds,
                "jurisdictions.yml, record 'testville-zz', field fips: FIPS: '0644000' does not start with 17, the code of Illinois.",
                "doj-letters.yml, record 'doj-letters-2018-01-24', field sent_on: Sent on: 2999-01-24 is in the future.");
    }

    @Test
    void aValueOfTheWrongShapeIsNamedInWordsNotInJavasText() throws IOException {
        Path seeds = copyOfSeeds(Map.of("jurisdictions.yml", text -> text + """

                - slug: "testville-zz"
                  name: "Testville"
                  kind: "CITY"
                  state: "IL"
                  latitude: "north"
                  sources: ["doc-000"]
                """));
        long added = Files.readString(Path.of("seeds", "jurisdictions.yml"))
                        .lines()
                        .filter(l -> l.startsWith("- slug:"))
                        .count()
                + 1;
        assertRefusedWithoutWriting(
                seeds, "jurisdictions.yml line ", ", record #" + added + ", field 'latitude': 'north' is not a number");
        assertThatThrownBy(() -> loader.load(SeedFiles.fromDirectory(seeds)))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("java.", "BigDecimal", "deserialize"));
    }

    private void assertRefusedWithoutWriting(Path seeds, String... expectedInMessage) {
        loader.load(SeedFiles.bundled());
        Map<String, Long> before = counts();
        assertThatThrownBy(() -> loader.load(SeedFiles.fromDirectory(seeds)))
                .isInstanceOf(SeedException.class)
                .satisfies(e -> {
                    for (String expected : expectedInMessage) {
                        assertThat(e.getMessage()).contains(expected);
                    }
                });
        assertThat(jurisdictions.findBySlug("testville-zz")).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    private Path copyOfSeeds(Map<String, UnaryOperator<String>> edits) throws IOException {
        for (String name : SeedFiles.ALL) {
            String text = Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8);
            UnaryOperator<String> edit = edits.getOrDefault(name, UnaryOperator.identity());
            String edited = edit.apply(text);
            if (edits.containsKey(name)) {
                assertThat(edited).as("the test's edit of " + name + " applies").isNotEqualTo(text);
            }
            Files.writeString(dir.resolve(name), edited, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private Map<String, Long> counts() {
        return Map.of(
                "jurisdictions",
                jurisdictions.count(),
                "statements",
                statements.count(),
                "citations",
                citations.count(),
                "audit",
                audit.count());
    }
}
