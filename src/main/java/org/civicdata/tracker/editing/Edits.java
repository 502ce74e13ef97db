package org.civicdata.tracker.editing;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Working copies of records for forms, and re-applying one's own edits on top of someone else's. */
public final class Edits {

    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "createdBy", "updatedAt",
            "updatedBy", "publicationState", "seedKey");

    private Edits() {
    }

    /** A field-by-field copy, so a failed save leaves the original untouched. */
    @SuppressWarnings("unchecked")
    public static <T> T copy(T record) {
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection((Class<T>) record.getClass());
        T copy = introspection.instantiate();
        for (BeanProperty<T, Object> p : introspection.getBeanProperties()) {
            if (!p.isReadOnly()) {
                p.set(copy, p.get(record));
            }
        }
        return copy;
    }

    /** The content fields that differ between two copies of a record. */
    @SuppressWarnings("unchecked")
    public static <T> Set<String> changedFields(T before, T after) {
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection((Class<T>) after.getClass());
        Set<String> changed = new LinkedHashSet<>();
        for (BeanProperty<T, Object> p : introspection.getBeanProperties()) {
            if (!BOOKKEEPING.contains(p.getName()) && !Objects.equals(p.get(before), p.get(after))) {
                changed.add(p.getName());
            }
        }
        return changed;
    }

    /**
     * Someone else saved first. Takes their version ({@code latest}) and puts back the fields this user
     * changed (those differing between {@code base}, as read, and {@code mine}); their other changes stay.
     */
    @SuppressWarnings("unchecked")
    public static <T> T applyOnTop(T base, T mine, T latest) {
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection((Class<T>) mine.getClass());
        T result = copy(latest);
        for (String field : changedFields(base, mine)) {
            BeanProperty<T, Object> p = introspection.getRequiredProperty(field, Object.class);
            p.set(result, p.get(mine));
        }
        return result;
    }
}
