package org.civicdata.tracker.core.editing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordType;

/**
 * What a staff editor view needs from the service of one record type. Each type's service validates
 * its own fields; everything else goes through {@link RecordEditService}, the same for all types.
 */
public interface EditableRecords<T extends PublishableRecord> {

    RecordType type();

    Optional<T> find(long id);

    RecordEditService editor();

    /** Creates (no id) or updates (with the version it was read at), after checking the fields. */
    T save(StaffPrincipal who, T record, Collection<Long> sourceIds);

    /**
     * As {@link #save(StaffPrincipal, PublishableRecord, Collection)}, with the record's parts kept in
     * other tables (an event's jurisdictions). Types without such parts take none.
     */
    T save(StaffPrincipal who, T record, Collection<Long> sourceIds, Map<String, Object> parts);

    default List<Long> sourceIds(long id) {
        return editor().sourceIds(type(), id);
    }

    default T publish(StaffPrincipal who, T record) {
        return editor().publish(who, type(), record.getId(), record.getVersion());
    }

    default T unpublish(StaffPrincipal who, T record) {
        return editor().unpublish(who, type(), record.getId(), record.getVersion());
    }

    default T revert(StaffPrincipal who, T record, int toVersion) {
        return editor().revert(who, type(), record.getId(), toVersion, record.getVersion());
    }

    /** Deletes, or refuses naming what still refers to the record. */
    default void delete(StaffPrincipal who, T record) {
        editor().delete(who, type(), record.getId(), record.getVersion());
    }
}
