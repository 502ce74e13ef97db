package org.civicdata.tracker.bench;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterRepository;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementKind;

/**
 * Adds dated records to the 25,000 jurisdictions of {@link PublicBenchmarkData} for the "What changed"
 * benchmark (bench/diff.sh), through the audited write path: for every jurisdiction a DOJ letter, for
 * every second a statement and a designation, every third a policy position starting on a day (so
 * stances change), every fourth a funding threat; each dated on a random day of 2010-2025. With the
 * 8,334 positions already there: about 73,000 dated records, 98,000 records with the jurisdictions.
 * Idempotent: does nothing when the letters are there. Database: the embedded one named by the system properties.
 */
public final class DiffBenchmarkData {

    private DiffBenchmarkData() {}

    public static void main(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("tracker.seed.on-empty", false))
                .start()) {
            generate(
                    context.getBean(JurisdictionRepository.class),
                    context.getBean(DojLetterRepository.class),
                    context.getBean(RecordWriter.class));
        }
        System.exit(0);
    }

    private static void generate(
            JurisdictionRepository jurisdictions, DojLetterRepository letters, RecordWriter writer) {
        if (letters.count() >= PublicBenchmarkData.JURISDICTIONS) {
            System.out.printf("%d DOJ letters already there%n", letters.count());
            return;
        }
        String user = "bench-generator";
        Source source = new Source();
        source.setTitle("Diff benchmark data (generated, not real)");
        source.setUrl("https://example.org/generated");
        source.setPublicationState(PublicationState.PUBLISHED);
        List<Long> cited = List.of(writer.create(RecordType.SOURCE, source, List.of(), Map.of(), user)
                .getId());
        Person speaker = new Person();
        speaker.setName("Bench Speaker");
        speaker.setPublicationState(PublicationState.PUBLISHED);
        long speakerId =
                writer.create(RecordType.PERSON, speaker, cited, Map.of(), user).getId();
        Random random = new Random(11);
        List<Jurisdiction> all = jurisdictions.findByPublicationState(PublicationState.PUBLISHED);
        long started = System.nanoTime();
        int n = 0;
        for (Jurisdiction j : all) {
            long id = j.getId();
            DojLetter letter = new DojLetter();
            letter.setJurisdictionId(id);
            dated(random, letter::setSentOn, letter::setSentPrecision);
            letter.setSender("Bench sender");
            letter.setStatus(LetterStatus.values()[random.nextInt(LetterStatus.values().length)]);
            create(writer, RecordType.DOJ_LETTER, letter, cited);
            if (n % 2 == 0) {
                Statement said = new Statement();
                said.setPersonId(speakerId);
                said.setJurisdictionId(id);
                said.setKind(StatementKind.QUOTE);
                said.setText("Generated statement " + n);
                dated(random, said::setSaidOn, said::setSaidPrecision);
                create(writer, RecordType.STATEMENT, said, cited);
                Designation d = new Designation();
                d.setJurisdictionId(id);
                d.setDesignator(Designator.NEWS_MEDIA);
                d.setLabel("Generated designation " + n);
                dated(random, d::setDesignatedOn, d::setDesignatedPrecision);
                create(writer, RecordType.DESIGNATION, d, cited);
            }
            if (n % 3 == 1) {
                PolicyPosition p = new PolicyPosition();
                p.setJurisdictionId(id);
                p.setVariable(PolicyVariable.values()[random.nextInt(PolicyVariable.values().length)]);
                p.setValue(random.nextBoolean() ? PolicyValue.YES : PolicyValue.NO);
                dated(random, p::setValidFromOn, p::setValidFromPrecision);
                create(writer, RecordType.POLICY_POSITION, p, cited);
            }
            if (n % 4 == 3) {
                FundingThreat t = new FundingThreat();
                t.setJurisdictionId(id);
                t.setIssuingAuthority("Bench authority");
                t.setInstrument(ThreatInstrument.EXECUTIVE_ORDER);
                t.setStatus(ThreatStatus.THREATENED);
                dated(random, t::setAnnouncedOn, t::setAnnouncedPrecision);
                create(writer, RecordType.FUNDING_THREAT, t, cited);
            }
            if (++n % 5_000 == 0) {
                System.out.printf(
                        "dated records for %d jurisdictions (%.0f s)%n", n, (System.nanoTime() - started) / 1e9);
            }
        }
    }

    private static void dated(
            Random random,
            java.util.function.Consumer<LocalDate> on,
            java.util.function.Consumer<DatePrecision> precision) {
        on.accept(LocalDate.of(2010, 1, 1).plusDays(random.nextInt(16 * 365)));
        precision.accept(DatePrecision.DAY);
    }

    private static <T extends PublishableRecord> void create(
            RecordWriter writer, RecordType type, T record, List<Long> cited) {
        record.setPublicationState(PublicationState.PUBLISHED);
        writer.create(type, record, cited, Map.of(), "bench-generator");
    }
}
