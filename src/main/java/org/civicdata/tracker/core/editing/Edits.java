package org.civicdata.tracker.core.editing;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.civicdata.tracker.core.common.TrackedRecord;

/**
 * Working copies of records for forms, and the three-way comparison of a conflict: the values one
 * started from, the ones someone else saved meanwhile, and one's own.
 */
public final class Edits {

    private Edits() {}

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
            if (!TrackedRecord.NOT_EDITED.contains(p.getName()) && !Objects.equals(p.get(before), p.get(after))) {
                changed.add(p.getName());
            }
        }
        return changed;
    }

    /** Whose value a both-changed item takes. */
    public enum Choice {
        MINE,
        THEIRS
    }

    /**
     * One item of a record (a field, its sources, a part kept in another table) in a conflict: the
     * value this user started from, the one saved meanwhile by someone else, and this user's own.
     */
    public record Difference(String name, Object base, Object theirs, Object mine) {

        public boolean theyChanged() {
            return !same(base, theirs);
        }

        public boolean iChanged() {
            return !same(base, mine);
        }

        /** Both changed it, to different values: one of the two must be chosen, by a person. */
        public boolean needsChoice() {
            return theyChanged() && iChanged() && !same(theirs, mine);
        }

        /** The value it takes without a choice (only mine changed: mine; otherwise theirs). */
        Object unchosen() {
            return iChanged() && !theyChanged() ? mine : theirs;
        }
    }

    /**
     * The items that differ anywhere among the three versions, in the order of {@code base}'s
     * names (then any names only the others have). Values are compared as a person reads them:
     * records by id, an empty text as no text, 1.50 as 1.5, sets without order.
     */
    public static List<Difference> differences(Map<String, ?> base, Map<String, ?> theirs, Map<String, ?> mine) {
        Set<String> names = new LinkedHashSet<>(base.keySet());
        names.addAll(theirs.keySet());
        names.addAll(mine.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String name : names) {
            Difference d = new Difference(name, base.get(name), theirs.get(name), mine.get(name));
            if (d.theyChanged() || d.iChanged()) {
                differences.add(d);
            }
        }
        return differences;
    }

    /**
     * The merged value of every differing item: what only this user changed is theirs to keep, what
     * only the other changed stays, and where both changed it the person's choice decides.
     *
     * @throws IllegalArgumentException when an item both changed has no choice: nothing of theirs is
     *                                  overwritten without one
     */
    public static Map<String, Object> merge(List<Difference> differences, Map<String, Choice> choices) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Difference d : differences) {
            if (d.needsChoice()) {
                Choice choice = choices.get(d.name());
                if (choice == null) {
                    throw new IllegalArgumentException("Both changed '" + d.name() + "': choose whose value it keeps.");
                }
                merged.put(d.name(), choice == Choice.MINE ? d.mine() : d.theirs());
            } else {
                merged.put(d.name(), d.unchosen());
            }
        }
        return merged;
    }

    /** The names both changed to different values, which need a choice before merging. */
    public static List<String> needingChoice(List<Difference> differences) {
        return differences.stream()
                .filter(Difference::needsChoice)
                .map(Difference::name)
                .toList();
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(comparable(a), comparable(b));
    }

    private static Object comparable(Object value) {
        if (value instanceof TrackedRecord record) {
            return record.getClass().getSimpleName() + "#" + record.getId();
        }
        if (value instanceof String text) {
            return text.isEmpty() ? null : text;
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Set<?> set) {
            Set<String> items = new TreeSet<>();
            set.forEach(item -> items.add(String.valueOf(comparable(item))));
            return items.isEmpty() ? null : items;
        }
        if (value instanceof Collection<?> list) {
            List<Object> items = list.stream().map(Edits::comparable).toList();
            return items.isEmpty() ? null : items;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(k, comparable(v)));
            return entries;
        }
        return value;
    }
}
