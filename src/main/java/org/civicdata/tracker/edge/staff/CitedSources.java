package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceService;

/** The sources a record cites, chosen in its editor from every source, a page at a time. */
class CitedSources extends MultiSelectComboBox<Source> {

    private final transient SourceService sources;
    /** False for records that are not themselves cited to sources (sources): the picker is not shown. */
    private boolean shown;

    private Set<Long> stored = Set.of();

    CitedSources(SourceService sources) {
        super("Sources");
        this.sources = sources;
        setId("sources");
        setItemLabelGenerator(Source::getTitle);
        setItems(query -> sources.search(query.getFilter().orElse(""), query.getPage(), query.getPageSize()).stream());
    }

    /** The picker is in the form. */
    void shown() {
        shown = true;
    }

    /** The sources the record cites, as stored. */
    void show(Collection<Long> ids, boolean stored) {
        if (stored) {
            this.stored = new HashSet<>(ids);
        }
        setValue(new HashSet<>(sources.byIds(ids)));
    }

    /** The sources chosen, or the ones already cited when this type shows no source picker. */
    List<Long> edited() {
        return shown ? getValue().stream().map(Source::getId).sorted().toList() : List.copyOf(stored);
    }
}
