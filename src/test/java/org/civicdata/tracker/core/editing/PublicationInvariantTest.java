package org.civicdata.tracker.core.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicdata.tracker.core.editing.CitationFixtures.CONTRIBUTOR;
import static org.civicdata.tracker.core.editing.CitationFixtures.EDITOR;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntry;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.citation.CitationRepository;
import org.civicdata.tracker.core.citation.CitedSource;
import org.civicdata.tracker.core.common.DependentRecordsException;
import org.civicdata.tracker.core.common.DependentRecordsException.Reason;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.PublishableRepository;
import org.civicdata.tracker.core.common.RecordRef;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The citation invariant, action by action: each refusal names every record concerned, each one-step action works. */
@MicronautTest(transactional = false)
class PublicationInvariantTest {

    @Inject
    RecordEditService editor;

    @Inject
    RecordWriter writer;

    @Inject
    AuditEntryRepository audit;

    @Inject
    CitationRepository citations;

    @Inject
    StatementRepository statements;

    @Inject
    PersonRepository people;

    @Inject
    List<PublishableRepository<?>> repositories;

    @Inject
    SeedLoader seeds;

    CitationFixtures make;

    @BeforeEach
    void setUp() {
        TestSeeds.ensureLoaded(seeds);
        make = new CitationFixtures(editor, writer);
    }

    private Source publishedSource() {
        Source s = make.source("Published source");
        return make.publish(RecordType.SOURCE, s.getId());
    }

    private static Set<String> described(DependentRecordsException e) {
        return e.records().stream().map(RecordRef::describe).collect(Collectors.toSet());
    }

    private static RecordRef ref(RecordType type, long id) {
        return new RecordRef(type, id, "");
    }

    private static List<RecordRef> keys(DependentRecordsException e) {
        return e.records().stream().map(r -> ref(r.type(), r.id())).toList();
    }

    @Test
    void unpublishingASourceThatPublishedRecordsCiteIsRefusedNamingEveryRecordItWouldLeaveUncited() {
        Source only = publishedSource();
        Source other = publishedSource();
        Jurisdiction city = make.publish(
                RecordType.JURISDICTION,
                make.jurisdiction("inv", List.of(only.getId())).getId());
        PolicyPosition position = make.publish(
                RecordType.POLICY_POSITION,
                make.position(city, List.of(only.getId())).getId());
        Person speaker = make.publish(
                RecordType.PERSON,
                make.person("Speaker", List.of(other.getId())).getId());
        Statement twiceCited = make.publish(
                RecordType.STATEMENT,
                make.statement(speaker, city, List.of(only.getId(), other.getId()))
                        .getId());
        long auditBefore = audit.count();

        DependentRecordsException refusal = (DependentRecordsException) org.assertj.core.api.Assertions.catchThrowable(
                () -> editor.unpublish(EDITOR, RecordType.SOURCE, only.getId(), only.getVersion()));

        assertThat(refusal.reason()).isEqualTo(Reason.UNPUBLISH_TAKES_DOWN);
        assertThat(refusal.oneStepPossible()).isTrue();
        // The jurisdiction loses its only source; the position and the statement are then hidden with it.
        assertThat(keys(refusal))
                .containsExactlyInAnyOrder(
                        ref(RecordType.JURISDICTION, city.getId()),
                        ref(RecordType.POLICY_POSITION, position.getId()),
                        ref(RecordType.STATEMENT, twiceCited.getId()));
        assertThat(described(refusal)).contains("jurisdiction “" + city.getName() + ", IL”");
        assertThat(refusal.getMessage()).contains("3 published records").contains(city.getName());
        assertThat(make.state(RecordType.SOURCE, only.getId())).isEqualTo(PublicationState.PUBLISHED);
        assertThat(audit.count()).isEqualTo(auditBefore);
    }

    @Test
    void twoEditorsUnpublishingAPublishedRecordsTwoSourcesAtTheSameMomentCannotLeaveItUncited() throws Exception {
        // Each editor alone may unpublish one source: the record keeps the other. Together, at once,
        // they must not both succeed. Checks run one after the other (publication lock, READ COMMITTED).
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int trial = 0; trial < 8; trial++) {
                Source s = publishedSource();
                Source t = publishedSource();
                Jurisdiction city = make.publish(
                        RecordType.JURISDICTION,
                        make.jurisdiction("race", List.of(s.getId(), t.getId())).getId());
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<Boolean>> done = new ArrayList<>();
                for (Source source : List.of(s, t)) {
                    done.add(pool.submit(() -> {
                        together.await();
                        try {
                            editor.unpublish(EDITOR, RecordType.SOURCE, source.getId(), source.getVersion());
                            return true;
                        } catch (DependentRecordsException refused) {
                            return false;
                        }
                    }));
                }
                int unpublished = 0;
                for (java.util.concurrent.Future<Boolean> f : done) {
                    unpublished += f.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(unpublished)
                        .as("trial %d: one unpublish goes through, the other is refused", trial)
                        .isEqualTo(1);
                assertThat(make.state(RecordType.JURISDICTION, city.getId())).isEqualTo(PublicationState.PUBLISHED);
                assertThat(List.of(make.state(RecordType.SOURCE, s.getId()), make.state(RecordType.SOURCE, t.getId())))
                        .as("trial %d: the published jurisdiction still cites a published source", trial)
                        .contains(PublicationState.PUBLISHED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unpublishingWithDependentsTakesThemDownInOneChangeEachWithItsOwnAuditEntry() {
        Source only = publishedSource();
        Jurisdiction city = make.publish(
                RecordType.JURISDICTION,
                make.jurisdiction("inv", List.of(only.getId())).getId());
        PolicyPosition position = make.publish(
                RecordType.POLICY_POSITION,
                make.position(city, List.of(only.getId())).getId());
        long auditBefore = audit.count();

        Source unpublished = editor.unpublishWithDependents(EDITOR, RecordType.SOURCE, only.getId(), only.getVersion());

        assertThat(unpublished.getPublicationState()).isEqualTo(PublicationState.DRAFT);
        assertThat(make.state(RecordType.JURISDICTION, city.getId())).isEqualTo(PublicationState.DRAFT);
        assertThat(make.state(RecordType.POLICY_POSITION, position.getId())).isEqualTo(PublicationState.DRAFT);
        assertThat(audit.count()).isEqualTo(auditBefore + 3);
        for (var record : List.of(
                ref(RecordType.SOURCE, only.getId()),
                ref(RecordType.JURISDICTION, city.getId()),
                ref(RecordType.POLICY_POSITION, position.getId()))) {
            List<AuditEntry> entries = audit.findByRecordTypeAndRecordIdOrderById(record.type(), record.id());
            assertThat(entries.get(entries.size() - 1).action()).isEqualTo(AuditAction.UNPUBLISH);
            assertThat(entries.get(entries.size() - 1).actor()).isEqualTo(EDITOR.username());
        }
    }

    @Test
    void aJurisdictionIsPublishedNeitherWithoutASourceNorWithDraftSourcesOnlyButWithItsSourcesInOneStep() {
        Jurisdiction uncited = make.jurisdiction("inv", List.of());
        assertThatThrownBy(() -> make.publish(RecordType.JURISDICTION, uncited.getId()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sources"));

        Source draft = make.source("Draft source");
        Jurisdiction draftCited = make.jurisdiction("inv", List.of(draft.getId()));
        long auditBefore = audit.count();
        assertThatThrownBy(() -> make.publish(RecordType.JURISDICTION, draftCited.getId()))
                .isInstanceOfSatisfying(DependentRecordsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.PUBLISH_NEEDS);
                    assertThat(keys(e)).containsExactly(ref(RecordType.SOURCE, draft.getId()));
                    assertThat(e.oneStepPossible()).isTrue();
                });
        assertThat(audit.count()).isEqualTo(auditBefore);

        Jurisdiction published = editor.publishWithPrerequisites(
                EDITOR, RecordType.JURISDICTION, draftCited.getId(), draftCited.getVersion());

        assertThat(published.getPublicationState()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(make.state(RecordType.SOURCE, draft.getId())).isEqualTo(PublicationState.PUBLISHED);
        assertThat(audit.count()).isEqualTo(auditBefore + 2);
    }

    @Test
    void aStatementWhoseSpeakerIsADraftIsPublishedWithItsSourcesAndSpeakerInOneStep() {
        Source speakerSource = make.source("Speaker's source");
        Source quoteSource = make.source("Quote's source");
        Person draftSpeaker = make.person("Draft speaker", List.of(speakerSource.getId()));
        Statement quote = make.statement(draftSpeaker, null, List.of(quoteSource.getId()));

        DependentRecordsException refusal = (DependentRecordsException)
                org.assertj.core.api.Assertions.catchThrowable(() -> make.publish(RecordType.STATEMENT, quote.getId()));
        assertThat(refusal.reason()).isEqualTo(Reason.PUBLISH_NEEDS);
        assertThat(keys(refusal))
                .containsExactlyInAnyOrder(
                        ref(RecordType.SOURCE, quoteSource.getId()),
                        ref(RecordType.PERSON, draftSpeaker.getId()),
                        ref(RecordType.SOURCE, speakerSource.getId()));
        assertThat(make.state(RecordType.STATEMENT, quote.getId())).isEqualTo(PublicationState.DRAFT);

        editor.publishWithPrerequisites(EDITOR, RecordType.STATEMENT, quote.getId(), quote.getVersion());

        for (var r : List.of(
                ref(RecordType.STATEMENT, quote.getId()),
                ref(RecordType.PERSON, draftSpeaker.getId()),
                ref(RecordType.SOURCE, quoteSource.getId()),
                ref(RecordType.SOURCE, speakerSource.getId()))) {
            assertThat(make.state(r.type(), r.id())).as(r.type().name()).isEqualTo(PublicationState.PUBLISHED);
        }
    }

    @Test
    void aCourtCaseIsPublishedWithItsThreatAndTheThreatsJurisdiction() {
        Source source = publishedSource();
        Jurisdiction city = make.jurisdiction("inv", List.of(source.getId()));
        FundingThreat threat = make.threat(city, null, List.of(source.getId()));
        CourtCase ruling = make.courtCase(threat, List.of(source.getId()));

        assertThatThrownBy(() -> make.publish(RecordType.COURT_CASE, ruling.getId()))
                .isInstanceOfSatisfying(
                        DependentRecordsException.class,
                        e -> assertThat(keys(e))
                                .containsExactlyInAnyOrder(
                                        ref(RecordType.FUNDING_THREAT, threat.getId()),
                                        ref(RecordType.JURISDICTION, city.getId())));
        editor.publishWithPrerequisites(EDITOR, RecordType.COURT_CASE, ruling.getId(), ruling.getVersion());

        assertThat(make.state(RecordType.JURISDICTION, city.getId())).isEqualTo(PublicationState.PUBLISHED);
        assertThat(make.state(RecordType.FUNDING_THREAT, threat.getId())).isEqualTo(PublicationState.PUBLISHED);
    }

    @Test
    void publishingInOneStepIsRefusedAndWritesNothingWhenARecordItNeedsHasNoSource() {
        Person uncitedSpeaker = make.person("Uncited speaker", List.of());
        Statement quote =
                make.statement(uncitedSpeaker, null, List.of(publishedSource().getId()));
        long auditBefore = audit.count();

        assertThatThrownBy(() -> editor.publishWithPrerequisites(
                        EDITOR, RecordType.STATEMENT, quote.getId(), quote.getVersion()))
                .isInstanceOfSatisfying(DependentRecordsException.class, e -> {
                    assertThat(e.oneStepPossible()).isFalse();
                    assertThat(keys(e)).contains(ref(RecordType.PERSON, uncitedSpeaker.getId()));
                    assertThat(e.getMessage()).contains("has no source");
                });
        assertThat(audit.count()).isEqualTo(auditBefore);
        assertThat(make.state(RecordType.STATEMENT, quote.getId())).isEqualTo(PublicationState.DRAFT);
    }

    @Test
    void onlyEditorsAndAdminsUseTheOneStepActions() {
        Source draft = make.source("Draft");
        Jurisdiction city = make.jurisdiction("inv", List.of(draft.getId()));
        assertThatThrownBy(() -> editor.publishWithPrerequisites(
                        CONTRIBUTOR, RecordType.JURISDICTION, city.getId(), city.getVersion()))
                .isInstanceOf(NotPermittedException.class);
        editor.publishWithPrerequisites(EDITOR, RecordType.JURISDICTION, city.getId(), city.getVersion());
        Source source = make.current(RecordType.SOURCE, draft.getId());
        assertThatThrownBy(() -> editor.unpublishWithDependents(
                        CONTRIBUTOR, RecordType.SOURCE, source.getId(), source.getVersion()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(make.state(RecordType.SOURCE, source.getId())).isEqualTo(PublicationState.PUBLISHED);
    }

    @Test
    void anEditOrARevertThatLeavesAPublishedRecordWithoutAPublishedSourceIsRefusedOnItsSources() {
        Source cited = publishedSource();
        Source draft = make.source("Draft");
        Jurisdiction created = make.jurisdiction("inv", List.of(draft.getId())); // v0: a draft source only
        Jurisdiction v1 = editor.save(EDITOR, RecordType.JURISDICTION, created, List.of(cited.getId()));
        Jurisdiction published = make.publish(RecordType.JURISDICTION, v1.getId());
        long auditBefore = audit.count();

        assertThatThrownBy(() -> editor.save(EDITOR, RecordType.JURISDICTION, published, List.of(draft.getId())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sources"));
        int stored = make.current(RecordType.JURISDICTION, published.getId()).getVersion();
        assertThatThrownBy(() -> editor.revert(EDITOR, RecordType.JURISDICTION, published.getId(), 0, stored))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sources"));

        assertThat(audit.count()).isEqualTo(auditBefore);
        assertThat(editor.sourceIds(RecordType.JURISDICTION, published.getId())).containsExactly(cited.getId());
    }

    @Test
    void anEditThatGivesAPublishedStatementADraftSpeakerIsRefusedNamingIt() {
        Source source = publishedSource();
        Person published = make.publish(
                RecordType.PERSON,
                make.person("Published", List.of(source.getId())).getId());
        Person draft = make.person("Draft", List.of(source.getId()));
        Statement quote = make.publish(
                RecordType.STATEMENT,
                make.statement(published, null, List.of(source.getId())).getId());
        quote.setPersonId(draft.getId());

        assertThatThrownBy(() -> editor.save(EDITOR, RecordType.STATEMENT, quote, List.of(source.getId())))
                .isInstanceOfSatisfying(DependentRecordsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CHANGE_LEAVES_UNCITED);
                    assertThat(keys(e)).containsExactly(ref(RecordType.STATEMENT, quote.getId()));
                });
        assertThat(statements.findById(quote.getId()).orElseThrow().getPersonId())
                .isEqualTo(published.getId());
    }

    @Test
    void unpublishingAJurisdictionTakesDownWhatIsShownOnlyUnderIt() {
        Source source = publishedSource();
        Jurisdiction city = make.publish(
                RecordType.JURISDICTION,
                make.jurisdiction("inv", List.of(source.getId())).getId());
        Jurisdiction county = make.publish(
                RecordType.JURISDICTION,
                make.jurisdiction("inv", List.of(source.getId())).getId());
        FundingThreat threat = make.publish(
                RecordType.FUNDING_THREAT,
                make.threat(city, null, List.of(source.getId())).getId());
        CourtCase ruling = make.publish(
                RecordType.COURT_CASE,
                make.courtCase(threat, List.of(source.getId())).getId());
        Event onlyHere = make.publish(
                RecordType.EVENT,
                make.event(List.of(city), List.of(source.getId())).getId());
        Event alsoThere = make.publish(
                RecordType.EVENT,
                make.event(List.of(city, county), List.of(source.getId())).getId());

        assertThatThrownBy(() -> editor.unpublish(EDITOR, RecordType.JURISDICTION, city.getId(), city.getVersion()))
                .isInstanceOfSatisfying(
                        DependentRecordsException.class,
                        e -> assertThat(keys(e))
                                .containsExactlyInAnyOrder(
                                        ref(RecordType.FUNDING_THREAT, threat.getId()),
                                        ref(RecordType.COURT_CASE, ruling.getId()),
                                        ref(RecordType.EVENT, onlyHere.getId())));

        editor.unpublishWithDependents(EDITOR, RecordType.JURISDICTION, city.getId(), city.getVersion());
        assertThat(make.state(RecordType.COURT_CASE, ruling.getId())).isEqualTo(PublicationState.DRAFT);
        assertThat(make.state(RecordType.EVENT, onlyHere.getId())).isEqualTo(PublicationState.DRAFT);
        assertThat(make.state(RecordType.EVENT, alsoThere.getId())).isEqualTo(PublicationState.PUBLISHED);
    }

    @Test
    void deletingIsRefusedWhileRecordsReferToItListingEachOfThem() {
        Source source = make.source("Cited by drafts");
        Person speaker = make.person("Quoted", List.of(source.getId()));
        Jurisdiction city = make.jurisdiction("inv", List.of(source.getId()));
        Statement quote = make.statement(speaker, city, List.of(source.getId()));
        DojLetter letter = make.letter(city, List.of(source.getId()));
        FundingThreat threat = make.threat(city, letter, List.of());
        CourtCase ruling = make.courtCase(threat, List.of());
        long auditBefore = audit.count();

        Map<RecordRef, List<RecordRef>> expected = Map.of(
                ref(RecordType.SOURCE, source.getId()),
                        List.of(
                                ref(RecordType.PERSON, speaker.getId()),
                                ref(RecordType.JURISDICTION, city.getId()),
                                ref(RecordType.STATEMENT, quote.getId()),
                                ref(RecordType.DOJ_LETTER, letter.getId())),
                ref(RecordType.PERSON, speaker.getId()), List.of(ref(RecordType.STATEMENT, quote.getId())),
                ref(RecordType.JURISDICTION, city.getId()),
                        List.of(
                                ref(RecordType.STATEMENT, quote.getId()),
                                ref(RecordType.DOJ_LETTER, letter.getId()),
                                ref(RecordType.FUNDING_THREAT, threat.getId())),
                ref(RecordType.FUNDING_THREAT, threat.getId()), List.of(ref(RecordType.COURT_CASE, ruling.getId())),
                ref(RecordType.DOJ_LETTER, letter.getId()), List.of(ref(RecordType.FUNDING_THREAT, threat.getId())));
        expected.forEach((subject, referring) -> {
            PublishableRecord record = make.current(subject.type(), subject.id());
            assertThatThrownBy(() -> editor.delete(EDITOR, subject.type(), subject.id(), record.getVersion()))
                    .as(subject.type().name())
                    .isInstanceOfSatisfying(DependentRecordsException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.DELETE_REFERRED);
                        assertThat(e.subject().id()).isEqualTo(subject.id());
                        assertThat(keys(e)).containsExactlyInAnyOrderElementsOf(referring);
                    });
        });
        assertThat(audit.count()).isEqualTo(auditBefore);

        editor.delete(EDITOR, RecordType.COURT_CASE, ruling.getId(), ruling.getVersion());
        FundingThreat unreferred = make.current(RecordType.FUNDING_THREAT, threat.getId());
        editor.delete(EDITOR, RecordType.FUNDING_THREAT, unreferred.getId(), unreferred.getVersion());
        assertThat(writer.find(RecordType.FUNDING_THREAT, threat.getId())).isEmpty();
    }

    @Test
    void theWritePathItselfRefusesAPublishedRecordWithoutAPublishedSourceAsSeedsAndImportsWriteThem() {
        Source draft = make.source("Draft");
        Jurisdiction j = new Jurisdiction();
        j.setSlug("inv-direct-" + CitationFixtures.unique() + "-il");
        j.setName("Written directly");
        j.setKind(org.civicdata.tracker.record.jurisdiction.JurisdictionKind.CITY);
        j.setStateCode("IL");
        j.setPublicationState(PublicationState.PUBLISHED);
        long auditBefore = audit.count();

        assertThatThrownBy(() -> writer.create(RecordType.JURISDICTION, j, List.of(draft.getId()), Map.of(), "seed"))
                .isInstanceOf(InvalidInputException.class);

        assertThat(audit.count()).isEqualTo(auditBefore);
        assertThat(citations.countBySourceId(draft.getId())).isZero();
    }

    @Test
    void everySeededPublishedRecordCitesAPublishedSourceAndEverySeededSpeakerIsPublished() {
        int checked = 0;
        for (PublishableRepository<?> repository : repositories) {
            RecordType type = repository.recordType();
            if (type == RecordType.SOURCE) {
                continue;
            }
            List<Long> seeded = new ArrayList<>();
            for (PublishableRecord r : repository.findAll()) {
                if (r.getSeedKey() != null && r.getPublicationState() == PublicationState.PUBLISHED) {
                    seeded.add(r.getId());
                }
            }
            if (seeded.isEmpty()) {
                continue;
            }
            Set<Long> cited = citations.findPublishedSources(type.name(), seeded).stream()
                    .map(CitedSource::recordId)
                    .collect(Collectors.toSet());
            assertThat(cited)
                    .as(type + " seeded and published, citing a published source")
                    .containsAll(seeded);
            checked += seeded.size();
        }
        assertThat(checked).isGreaterThan(50);
        List<Statement> seededStatements = new ArrayList<>();
        statements.findAll().forEach(s -> {
            if (s.getSeedKey() != null) {
                seededStatements.add(s);
            }
        });
        assertThat(seededStatements).isNotEmpty().allSatisfy(s -> {
            assertThat(s.getPublicationState()).isEqualTo(PublicationState.PUBLISHED);
            assertThat(people.findById(s.getPersonId()).orElseThrow().getPublicationState())
                    .isEqualTo(PublicationState.PUBLISHED);
        });
    }
}
