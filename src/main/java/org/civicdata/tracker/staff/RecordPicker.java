package org.civicdata.tracker.staff;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;

/** A searchable combo box of records, a page at a time from a service (jurisdictions, threats, letters). */
public class RecordPicker<T> extends ComboBox<T> {

    public RecordPicker(String id, String label, ItemLabelGenerator<T> itemLabel,
                        SearchableListView.PageSource<T> search) {
        super(label);
        setId(id);
        setItemLabelGenerator(itemLabel);
        setItems(q -> search.page(q.getFilter().orElse(""), q.getPage(), q.getPageSize()).stream());
        setWidthFull();
    }
}
