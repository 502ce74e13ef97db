package org.civicdata.tracker.staff;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Optional;
import java.util.function.Function;
import org.civicdata.tracker.common.TrackedRecord;
import org.civicdata.tracker.editing.FilteredRecordsOfType;

/** A searchable combo box of records, a page at a time from a service (jurisdictions, threats, letters). */
public class RecordPicker<T extends TrackedRecord> extends ComboBox<T> {

    public RecordPicker(String id, String label, ItemLabelGenerator<T> itemLabel,
                        FilteredRecordsOfType.Search<T> search) {
        super(label);
        setId(id);
        setItemLabelGenerator(itemLabel);
        setItems(q -> search.page(q.getFilter().orElse(""), q.getPage(), q.getPageSize()).stream());
        setWidthFull();
    }

    /** Shows the record with this id (none for null). */
    public void select(Long id, Function<Long, Optional<T>> find) {
        setValue(id == null ? null : find.apply(id).orElse(null));
    }

    /** The chosen record's id, or null. */
    public Long selectedId() {
        return getValue() == null ? null : getValue().getId();
    }
}
