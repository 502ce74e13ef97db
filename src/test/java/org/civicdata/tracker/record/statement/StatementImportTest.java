package org.civicdata.tracker.record.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.common.CsvRowOutcome;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.source.SourceRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class StatementImportTest {

    private static final StaffPrincipal EDITOR = new StaffPrincipal("importer-ed", StaffRole.EDITOR, false);
    private static final StaffPrincipal CONTRIBUTOR = new StaffPrincipal("importer-cy", StaffRole.CONTRIBUTOR, false);

    @Inject
    StatementImport importer;

    @Inject
    StatementRepository statements;

    @Inject
    StatementService service;

    @Inject
    PersonRepository people;

    @Inject
    SourceRepository sources;

    @Inject
    AuditEntryRepository audit;

    @Inject
    SeedLoader seeds;

    private final String u = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    private StatementImport.Preview preview(String csv) throws Exception {
        return importer.preview(EDITOR, new StringReader(csv));
    }

    @Test
    void textLongerThanItsColumnIsAProblemOfItsLineAndColumnInThePreview() throws Exception {
        var checked = preview("""
                speaker,text,kind,venue_detail
                Rahm Emanuel,"Long venue %1$s",QUOTE,%2$s
                """.formatted(u, "v".repeat(301)));
        assertThat(checked.problems())
                .extracting(Object::toString)
                .containsExactly("line 2, venue_detail: holds at most 300 characters; this has 301");
        assertThat(checked.canCommit()).isFalse();
    }

    private List<Statement> saying(String words) {
        return statements.findAll().stream()
                .filter(s -> s.getText().contains(words))
                .toList();
    }

    @Test
    void everyProblemIsListedWithItsLineAndColumnAndNothingIsWritten() throws Exception {
        assertThat(preview("speaker,words,kind\n").problems())
                .extracting(Object::toString)
                .contains(
                        "line 1, words: 'words' is not a column this import reads; remove it (nothing in it would be "
                                + "written). The columns it reads are " + String.join(", ", StatementImport.COLUMNS)
                                + ".",
                        "line 1, text: the required column 'text' is missing");

        var checked = preview("""
                speaker,text,kind,said,jurisdiction,source,venue
                Rahm Emanuel,"Good %1$s",QUOTE,2018-01,chicago-il,Mexican Government Intends to Collaborate With Sanctuary Cities,
                Nobody Known,"Unknown speaker %1$s",QUOTE,,,,
                rahm emanuel,"Lower-case name %1$s",QUOTE,,,,
                Rahm Emanuel,"Bad kind %1$s",OPINION,2018-13,atlantis-zz,No such source,PODCAST
                Rahm Emanuel,"Good %1$s",PARAPHRASE,,,,
                """.formatted(u));
        assertThat(checked.problems())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "line 3, speaker: no person is named 'Nobody Known' exactly",
                        "line 4, speaker: no person is named 'rahm emanuel' exactly",
                        "line 5, kind: Kind: 'OPINION' is not one of QUOTE, PARAPHRASE.",
                        "line 5, said: Said: '2018-13' is not a real date: the month is 01 to 12.",
                        "line 5, venue: Venue: 'PODCAST' is not one of INTERVIEW, PRESS_BRIEFING, WRITTEN_STATEMENT, VIDEO, SPEECH, MEETING, MEMO, DOCUMENT, OTHER.",
                        "line 5, jurisdiction: Jurisdiction: no jurisdiction has the slug 'atlantis-zz'.",
                        "line 5, source: no source has the title or URL 'No such source' exactly",
                        "line 6, text: the same speaker and text appear on an earlier line too");
        assertThat(checked.canCommit()).isFalse();
        assertThatThrownBy(() -> importer.commit(EDITOR, checked, n -> {})).isInstanceOf(InvalidInputException.class);
        assertThat(saying(u)).isEmpty();
    }

    @Test
    void aRowRefusedWhenWrittenLeavesNoRowWritten() throws Exception {
        Statement published = statements.findAll().stream()
                .filter(s -> s.getPublicationState() == PublicationState.PUBLISHED)
                .filter(s -> s.getPersonId()
                        .equals(people.findBySeedKey("rahm-emanuel")
                                .orElseThrow()
                                .getId()))
                .findFirst()
                .orElseThrow();
        String csv = "speaker,text,kind,said\n"
                + "Muriel Bowser,\"First " + u + "\",QUOTE,2017\n"
                + "Rahm Emanuel,\"" + published.getText().replace("\"", "\"\"") + "\",QUOTE,1999\n";
        var checked = preview(csv);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.creates()).isEqualTo(1);
        assertThat(checked.updates()).isEqualTo(1);
        assertThatThrownBy(() -> importer.commit(CONTRIBUTOR, checked, n -> {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("Nothing was written");
        assertThat(saying("First " + u)).isEmpty();
        assertThat(statements.findById(published.getId()).orElseThrow().getSaidOn())
                .isEqualTo(published.getSaidOn());
    }

    @Test
    void aRowWithTheSpeakerAndExactTextOfAStatementUpdatesItInsteadOfAddingAnother() throws Exception {
        String quote = "  “We stand by our neighbors,” " + u + " — said twice ";
        String csv = "speaker,text,kind,said,jurisdiction,source\n" + "Rahm Emanuel,\"" + quote
                + "\",QUOTE,2018,chicago-il,\n";
        var first = preview(csv);
        assertThat(first.creates()).isEqualTo(1);
        int[] progress = {0};
        assertThat(importer.commit(EDITOR, first, n -> progress[0] = n)).isEqualTo(1);
        assertThat(progress[0]).isEqualTo(1);
        Statement created = saying(u).get(0);
        assertThat(created.getText()).as("kept verbatim, spaces and all").isEqualTo(quote);
        assertThat(created.getPublicationState()).isEqualTo(PublicationState.DRAFT);
        assertThat(created.getSaidPrecision()).isEqualTo(DatePrecision.YEAR);

        long auditBefore = audit.count();
        importer.commit(EDITOR, preview(csv), n -> {});
        assertThat(audit.count())
                .as("re-importing the same row changes nothing")
                .isEqualTo(auditBefore);

        var again = preview("speaker,text,kind,said,source\n" + "Rahm Emanuel,\"" + quote
                + "\",QUOTE,2018-01-24,Mexican Government Intends to Collaborate With Sanctuary Cities\n");
        assertThat(again.updates()).isEqualTo(1);
        importer.commit(EDITOR, again, n -> {});
        assertThat(saying(u)).hasSize(1);
        Statement updated = saying(u).get(0);
        assertThat(updated.getId()).isEqualTo(created.getId());
        assertThat(updated.getSaidPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(updated.getJurisdictionId())
                .as("a column left out is left alone")
                .isEqualTo(created.getJurisdictionId());
        assertThat(service.sourceIds(updated.getId()))
                .containsExactly(sources.findBySeedKey("doc-000").orElseThrow().getId());
        assertThat(audit.findByRecordTypeAndRecordIdOrderById(RecordType.STATEMENT, updated.getId()))
                .extracting(e -> e.action() + " by " + e.actor())
                .containsExactly(AuditAction.CREATE + " by importer-ed", AuditAction.UPDATE + " by importer-ed");
    }

    @Test
    void eachRowSaysWhetherItIsNewChangesFieldsOldToNewOrChangesNothing() throws Exception {
        String first = "Changing " + u;
        String second = "Staying " + u;
        importer.commit(
                EDITOR,
                preview("speaker,text,kind,said,venue\n"
                        + "Rahm Emanuel,\"" + first + "\",QUOTE,2018,\n"
                        + "Rahm Emanuel,\"" + second + "\",QUOTE,2018,\n"),
                n -> {});

        var checked = preview("speaker,text,kind,said,venue\n"
                + "Rahm Emanuel,\"" + first + "\",PARAPHRASE,2018-03,speech\n"
                + "Rahm Emanuel,\"" + second + "\",quote,2018,\n"
                + "Rahm Emanuel,\"New " + u + "\",QUOTE,,\n");
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.rows())
                .extracting(r -> r.outcome().kind())
                .containsExactly(CsvRowOutcome.Kind.CHANGED, CsvRowOutcome.Kind.UNCHANGED, CsvRowOutcome.Kind.NEW);
        assertThat(checked.rows().get(0).outcome().changesText())
                .isEqualTo("kind: QUOTE → PARAPHRASE; said: 2018 → 2018-03; venue: — → SPEECH");
        assertThat(importer.commit(EDITOR, checked, n -> {})).as("rows written").isEqualTo(2);
    }

    @Test
    void aContributorsChangeToAPublishedStatementIsFlaggedInThePreviewNotAtCommit() throws Exception {
        Statement published = statements.findAll().stream()
                .filter(s -> s.getPublicationState() == PublicationState.PUBLISHED)
                .filter(s -> s.getPersonId()
                        .equals(people.findBySeedKey("rahm-emanuel")
                                .orElseThrow()
                                .getId()))
                .findFirst()
                .orElseThrow();
        String text = published.getText().replace("\"", "\"\"");
        var checked = importer.preview(
                CONTRIBUTOR,
                new StringReader("speaker,text,kind,said\n"
                        + "Rahm Emanuel,\"" + text + "\"," + published.getKind() + ",1999\n"
                        + "Rahm Emanuel,\"" + text + " (again)\",QUOTE,\n"));
        assertThat(checked.rows())
                .extracting(r -> r.outcome().kind())
                .containsExactly(CsvRowOutcome.Kind.NOT_PERMITTED, CsvRowOutcome.Kind.NEW);
        assertThat(checked.rows().get(0).outcome().changesText()).endsWith("→ 1999");
        assertThat(checked.problems())
                .extracting(Object::toString)
                .containsExactly("line 2, text: the statement is "
                        + "published, and a contributor changes drafts only; ask an editor to import this row.");
        assertThat(checked.canCommit()).isFalse();
    }

    @Test
    void aDateInTheFutureOrNotADateIsRefusedAtItsLineWithTheFormsWords() throws Exception {
        var checked = preview("speaker,text,kind,said,said_inferred\n"
                + "Rahm Emanuel,\"Future " + u + "\",QUOTE,2999-01,\n"
                + "Rahm Emanuel,\"Maybe " + u + "\",QUOTE,2018,perhaps\n");
        assertThat(checked.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "line 2, said: Said on: 2999-01 is in the future. Only deadlines and end dates may be later than today ("
                                + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ").",
                        "line 3, said_inferred: Said inferred: 'perhaps' is neither true nor false (yes or no also do).");
    }
}
