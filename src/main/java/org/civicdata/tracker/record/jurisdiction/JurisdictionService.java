package org.civicdata.tracker.record.jurisdiction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.core.editing.RecordEditService;

/** Staff work on jurisdictions: paged, filtered and sorted in SQL; validated, audited edits. */
@Singleton
public class JurisdictionService extends FilteredRecordsOfType<Jurisdiction, JurisdictionFilter> {

    /** The properties a staff grid may sort by (anything else is ignored, not passed to SQL). */
    public static final Set<String> SORTABLE =
            Set.of("name", "slug", "kind", "stateCode", "fips", "publicationState", "updatedAt");

    private final JurisdictionRepository repository;

    JurisdictionService(JurisdictionRepository repository, RecordEditService editor) {
        super(
                RecordType.JURISDICTION,
                repository,
                editor,
                SORTABLE,
                Sort.of(Sort.Order.asc("name")),
                text -> List.of());
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return repository.count();
    }

    /** Creates (no id) or updates (with the id and version it was read at) a jurisdiction. */
    /**
     * Writes every jurisdiction the filter selects, in the grid's order, as CSV: a page of 500 rows at
     * a time, never all rows in memory.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void exportCsv(JurisdictionFilter filter, List<Sort.Order> orders, java.io.Writer out)
            throws java.io.IOException {
        java.util.Map<Long, String> parentSlugs = new java.util.HashMap<>();
        JurisdictionCsv csv = new JurisdictionCsv(out, parentSlugs);
        for (int page = 0; ; page++) {
            List<Jurisdiction> rows = page(filter, page, 500, orders);
            for (Jurisdiction j : rows) {
                if (j.getParentId() != null) {
                    parentSlugs.computeIfAbsent(
                            j.getParentId(),
                            id -> repository
                                    .findById(id)
                                    .map(Jurisdiction::getSlug)
                                    .orElse(null));
                }
                csv.write(j);
            }
            if (rows.size() < 500) {
                break;
            }
        }
        csv.flush();
    }

    /** Candidate parents: any other jurisdiction whose name or slug contains the text. */
    public List<Jurisdiction> searchForPicker(@Nullable String text, int page, int size) {
        return page(new JurisdictionFilter(text, null, null, null), page, size, List.of());
    }

    /**
     * The ids of jurisdictions whose name or slug contains the text (at most 200), for lists of other
     * records searched by their jurisdiction's name; none for a blank text.
     */
    public List<Long> idsMatching(@Nullable String text) {
        return idsFound(this::searchForPicker, text);
    }

    public Optional<Jurisdiction> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    /** A jurisdiction as staff lists and pickers name it: "Chicago (chicago-il)". */
    public static String label(Jurisdiction j) {
        return j.getName() + " (" + j.getSlug() + ")";
    }

    /**
     * The slug a new jurisdiction would get from its name and state: "Cook County" in IL as
     * "cook-county-il" (accents dropped, anything else between words as one hyphen); "" without a name.
     */
    public static String suggestSlug(@Nullable String name, @Nullable String stateCode) {
        String words = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (words.isEmpty()) {
            return "";
        }
        String state = stateCode == null ? "" : stateCode.trim().toLowerCase(java.util.Locale.ROOT);
        return state.matches("[a-z]{2}") ? words + "-" + state : words;
    }

    /** The name of the jurisdiction with this id; "—" for none. */
    public String nameOf(@Nullable Long id) {
        return id == null
                ? "—"
                : repository.findById(id).map(Jurisdiction::getName).orElse("?");
    }

    /**
     * Every problem with a jurisdiction's input ({@link JurisdictionRules}, normalising it in place), and
     * a slug another jurisdiction already uses; for the form, the CSV import and the seed loader alike.
     */
    @Override
    public List<org.civicdata.tracker.core.common.FieldProblem> problems(Jurisdiction j) {
        List<org.civicdata.tracker.core.common.FieldProblem> problems =
                new java.util.ArrayList<>(JurisdictionRules.check(j));
        repository
                .findBySlug(j.getSlug())
                .filter(other -> !other.getId().equals(j.getId()))
                .ifPresent(other -> problems.add(new org.civicdata.tracker.core.common.FieldProblem(
                        "slug", "Slug: '" + j.getSlug() + "' is already used by " + other.getName() + ".")));
        return problems;
    }
}
