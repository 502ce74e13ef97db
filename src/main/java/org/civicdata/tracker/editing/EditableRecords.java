package org.civicdata.tracker.editing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.account.StaffPrincipal;
import org.civicdata.tracker.common.PublishableRecord;
import org.civicdata.tracker.common.RecordType;

/**
 * What a staff editor view needs from the service of one record type. Each type's service validates
 * its own fields; everything else goes through {@link RecordEditor}, the same for all types.
 */
public interface EditableRecords<T extends PublishableRecord> {

    RecordType type();

    Optional<T> find(long id);

    RecordEditor editor();

    /** Creates (no id) or updates (with the version it was read at), after checking the fields. */
    T save(StaffPrincipal who, T record, Collection<Long> sourceIds);

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
