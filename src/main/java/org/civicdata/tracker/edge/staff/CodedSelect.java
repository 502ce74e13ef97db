package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.select.Select;
import org.civicdata.tracker.core.common.Coded;

/** A choice among coded values, each shown by its label ("Consolidated city-county"), for a form. */
public class CodedSelect<E extends Enum<E> & Coded> extends Select<E> {

    @SafeVarargs
    public CodedSelect(String id, String label, E... values) {
        setId(id);
        setLabel(label);
        setItems(values);
        setItemLabelGenerator(Coded::labelOf);
    }
}
