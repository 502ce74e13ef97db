package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.Optional;
import java.util.function.Function;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/**
 * A searchable combo box of records, a page at a time from a service (jurisdictions, threats,
 * letters, speakers); bound to the record's id column with {@link #ids()}.
 */
public class RecordPicker<T extends TrackedRecord> extends ComboBox<T> {

    private final transient Function<Long, Optional<T>> find;

    public RecordPicker(
            String id,
            String label,
            ItemLabelGenerator<T> itemLabel,
            FilteredRecordsOfType.Search<T> search,
            Function<Long, Optional<T>> find) {
        super(label);
        this.find = find;
        setId(id);
        setItemLabelGenerator(itemLabel);
        setItems(q -> search.page(q.getFilter().orElse(""), q.getPage(), q.getPageSize()).stream());
        setWidthFull();
    }

    /** A picker of jurisdictions, states and counties included, each shown with its kind and state. */
    public static RecordPicker<Jurisdiction> jurisdictions(String id, String label, JurisdictionService jurisdictions) {
        return new RecordPicker<>(
                id, label, JurisdictionService::label, jurisdictions::searchForPicker, jurisdictions::find);
    }

    /**
     * For a form's binding: the chosen record as its id, and an id as the record shown. The record
     * already shown is not read again: the binder converts a saved id back to the field after every
     * save, and a save must not need the database before it knows whether the database is there.
     */
    public Converter<T, Long> ids() {
        return Converter.from(record -> Result.ok(record == null ? null : record.getId()), this::shown);
    }

    private T shown(Long id) {
        if (id == null) {
            return null;
        }
        T showing = getValue();
        return showing != null && id.equals(showing.getId())
                ? showing
                : find.apply(id).orElse(null);
    }

    /** The chosen record's id, or null. */
    public Long selectedId() {
        return getValue() == null ? null : getValue().getId();
    }
}
