package org.civicdata.tracker.core.common;

/**
 * Any record by the name people know it by ("Chicago: ICE detainer limits — Yes"), whatever its
 * type: implemented by {@code editing.RecordNames} from the types' {@link RecordNaming}s, so the
 * write path can name records in its refusals without depending on the editing core.
 */
public interface RecordTitles {

    /** The record's name; a deleted one by the name it had. */
    String of(RecordType type, long id);
}
