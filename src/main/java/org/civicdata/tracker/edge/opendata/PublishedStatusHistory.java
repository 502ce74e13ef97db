package org.civicdata.tracker.edge.opendata;

import static org.civicdata.tracker.edge.opendata.PublicValues.date;
import static org.civicdata.tracker.edge.opendata.PublicValues.ids;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.edge.opendata.ResponseShapes.SourceView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.StatusChangeView;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.CaseStatus;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.status.StatusChange;
import org.civicdata.tracker.record.status.StatusChangeRepository;
import org.civicdata.tracker.record.status.StatusHistoryReads;

/**
 * The status of letters, threats and court cases as the public sees it, and their status histories.
 * Without a date: a letter's or threat's status column (its latest entry's, kept so by the audited save),
 * a court case's latest entry, and every entry. As of a date: the status of the latest entry in effect
 * on it (effective on or before it, a month or year from its first day), or null when none is (an
 * undated entry is never in effect on a date, as an undated record never counts); and only the entries
 * in effect. Entries are public exactly when their parent is: callers pass published parents only.
 */
@Singleton
public class PublishedStatusHistory {

    private final StatusChangeRepository entries;
    private final StatusHistoryReads reads;

    PublishedStatusHistory(StatusChangeRepository entries, StatusHistoryReads reads) {
        this.entries = entries;
        this.reads = reads;
    }

    /**
     * For the listing: the distinct statuses of the published letters counted as of {@code asOf} (sent on
     * or before it; all, without it), by jurisdiction, in the letters' order, each letter's status then
     * (one query for all letters; a letter with no entry in effect adds none).
     */
    Map<Long, List<String>> letterStatusesByJurisdiction(@Nullable LocalDate asOf) {
        return byJurisdiction(reads.publishedLetters(), () -> reads.letterStatusesOn(asOf), asOf);
    }

    /** For the listing: {@link #letterStatusesByJurisdiction} of threats (announced on or before {@code asOf}). */
    Map<Long, List<String>> threatStatusesByJurisdiction(@Nullable LocalDate asOf) {
        return byJurisdiction(reads.publishedThreats(), () -> reads.threatStatusesOn(asOf), asOf);
    }

    /** The statuses by jurisdiction: without {@code asOf} each record's own (current) status, with it the one {@code onDate} reads. */
    private static Map<Long, List<String>> byJurisdiction(
            List<StatusHistoryReads.Listed> records, Supplier<Map<Long, String>> onDate, @Nullable LocalDate asOf) {
        Map<Long, String> then = asOf == null ? Map.of() : onDate.get();
        Map<Long, List<String>> statuses = new HashMap<>();
        for (StatusHistoryReads.Listed r :
                PublicValues.datedOnOrBefore(records, StatusHistoryReads.Listed::datedOn, asOf)) {
            String status = asOf == null ? r.status() : then.get(r.id());
            List<String> of = statuses.computeIfAbsent(r.jurisdictionId(), k -> new ArrayList<>());
            if (status != null && !of.contains(status)) {
                of.add(status);
            }
        }
        return statuses;
    }

    /** The histories of these published letters as of {@code asOf} (null: all entries). */
    Histories letters(List<DojLetter> rows, @Nullable LocalDate asOf) {
        return histories(ids(rows), entries::findByDojLetterIdIn, StatusChange::dojLetterId, LetterStatus.class, asOf);
    }

    Histories threats(List<FundingThreat> rows, @Nullable LocalDate asOf) {
        return histories(
                ids(rows), entries::findByFundingThreatIdIn, StatusChange::fundingThreatId, ThreatStatus.class, asOf);
    }

    Histories cases(List<CourtCase> rows, @Nullable LocalDate asOf) {
        return histories(ids(rows), entries::findByCourtCaseIdIn, StatusChange::courtCaseId, CaseStatus.class, asOf);
    }

    /**
     * The whole histories of the published letters, threats or court cases ({@code type}) with these ids,
     * by id, each in history order with its published sources: one query for the entries, one for the
     * sources ("What changed" reads a page's items so).
     */
    public Map<Long, List<StatusChangeView>> byId(RecordType type, List<Long> ids) {
        Histories histories = switch (type) {
            case DOJ_LETTER ->
                histories(ids, entries::findByDojLetterIdIn, StatusChange::dojLetterId, LetterStatus.class, null);
            case FUNDING_THREAT ->
                histories(
                        ids, entries::findByFundingThreatIdIn, StatusChange::fundingThreatId, ThreatStatus.class, null);
            case COURT_CASE ->
                histories(ids, entries::findByCourtCaseIdIn, StatusChange::courtCaseId, CaseStatus.class, null);
            default -> throw new IllegalArgumentException(type + " has no status history");
        };
        return histories.byRecord();
    }

    /** The batch's entries (read in one query) in effect on {@code asOf}, with their published sources (one query). */
    private <E extends Enum<E> & Coded> Histories histories(
            List<Long> ids,
            Function<List<Long>, List<StatusChange>> read,
            Function<StatusChange, Long> parentOf,
            Class<E> statuses,
            @Nullable LocalDate asOf) {
        List<StatusChange> inHistoryOrder = ids.isEmpty() ? List.of() : read.apply(ids);
        List<StatusChange> inEffect = PublicValues.datedOnOrBefore(inHistoryOrder, StatusChange::effectiveOn, asOf);
        Map<Long, SourceView> sources = inEffect.isEmpty()
                ? Map.of()
                : reads
                        .findPublishedSources(
                                inEffect.stream().map(StatusChange::id).toList())
                        .stream()
                        .collect(Collectors.toMap(s -> s.recordId(), PublishedSources::sourceView));
        Map<Long, List<StatusChangeView>> byParent = new LinkedHashMap<>();
        for (StatusChange c : inEffect) {
            byParent.computeIfAbsent(parentOf.apply(c), k -> new ArrayList<>())
                    .add(new StatusChangeView(
                            c.status(),
                            Coded.labelOf(statuses, c.status()),
                            date(c.effectiveOn(), c.effectivePrecision()),
                            date(c.reportedOn(), c.reportedPrecision()),
                            sources.get(c.id()),
                            c.note(),
                            c.migratedInitial()));
        }
        return new Histories(byParent);
    }

    /** A batch's histories by record, in history order. */
    record Histories(Map<Long, List<StatusChangeView>> byRecord) {
        List<StatusChangeView> of(TrackedRecord record) {
            return byRecord.getOrDefault(record.getId(), List.of());
        }

        /** The status of the record's latest entry shown; null when none is. */
        @Nullable
        String status(TrackedRecord record) {
            List<StatusChangeView> history = of(record);
            return history.isEmpty() ? null : history.get(history.size() - 1).status();
        }
    }
}
