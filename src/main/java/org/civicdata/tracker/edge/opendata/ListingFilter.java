package org.civicdata.tracker.edge.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;

/** The public listing's filters, applied in memory to the listing kept for the data version. */
final class ListingFilter {

    private ListingFilter() {}

    /**
     * A listing (every published jurisdiction, in the listing's order) and the same by state, made once
     * per listing: a state's map or listing, the filter a crawler asks most, then filters its own few
     * hundred jurisdictions instead of all 25,000 (a pass over all of them, object by object across the
     * heap, was 40 % of a filtered map page's first render: docs/benchmarks.md, session 9).
     */
    record Listing(List<PublishedRecords.Listed> all, Map<String, List<PublishedRecords.Listed>> byState) {

        static Listing of(List<PublishedRecords.Listed> all) {
            return new Listing(
                    all,
                    all.stream()
                            .collect(Collectors.groupingBy(
                                    l -> l.record().getStateCode(), LinkedHashMap::new, Collectors.toList())));
        }

        /** The jurisdictions matching every filter of {@code query}, in the listing's order. */
        List<PublishedRecords.Listed> filter(PublicQuery query) {
            if (query.isUnfiltered()) {
                return all;
            }
            List<PublishedRecords.Listed> candidates =
                    query.state() == null ? all : byState.getOrDefault(query.state(), List.of());
            return candidates.stream().filter(matching(query)).toList();
        }
    }

    /**
     * Whether a listed jurisdiction matches every filter of {@code query} (its date aside: the listing is
     * of that date). The query's values are read once here, not once per jurisdiction.
     */
    static Predicate<PublishedRecords.Listed> matching(PublicQuery query) {
        String state = query.state();
        JurisdictionKind kind = query.kind();
        Set<String> words = query.words();
        String stance = query.stance() == null ? null : query.stance().name();
        List<Map.Entry<String, String>> policy = query.policy().entrySet().stream()
                .map(e -> Map.entry(e.getKey().name(), e.getValue().name()))
                .toList();
        String letter = query.letter() == null ? null : query.letter().name();
        String threat = query.threat() == null ? null : query.threat().name();
        return listed -> {
            Jurisdiction j = listed.record();
            JurisdictionSummary summary = listed.summary();
            if (state != null && !state.equals(j.getStateCode()) || kind != null && kind != j.getKind()) {
                return false;
            }
            if (!words.isEmpty()) {
                String name = j.getName().toLowerCase(Locale.ROOT);
                if (!words.stream().allMatch(name::contains)) {
                    return false;
                }
            }
            if (stance != null && !stance.equals(summary.stance())) {
                return false;
            }
            for (Map.Entry<String, String> e : policy) {
                if (!e.getValue().equals(summary.policy().get(e.getKey()))) {
                    return false;
                }
            }
            return (letter == null || summary.dojLetterStatuses().contains(letter))
                    && (threat == null || summary.fundingThreatStatuses().contains(threat));
        };
    }
}
