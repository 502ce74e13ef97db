package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.MappedEntity;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.common.Coded;
import org.junit.jupiter.api.Test;

/** Every coded value people read has a label and a meaning, from one place that the codebook reads too. */
class CodedValuesTest {

    /** Enumerations the stored records use (fields of every mapped entity, inherited ones too). */
    private static Set<Class<?>> enumsOfTheRecords() {
        Set<Class<?>> enums = new LinkedHashSet<>();
        for (JavaClass entity : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.civicdata.tracker")) {
            if (!entity.isAnnotatedWith(MappedEntity.class)) {
                continue;
            }
            Class<?> type = entity.reflect();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                Arrays.stream(c.getDeclaredFields())
                        .map(Field::getType)
                        .filter(Class::isEnum)
                        .forEach(enums::add);
                if (c.isRecord()) {
                    Arrays.stream(c.getRecordComponents())
                            .map(RecordComponent::getType)
                            .filter(Class::isEnum)
                            .forEach(enums::add);
                }
            }
        }
        return enums;
    }

    @Test
    void everyEnumerationTheRecordsUseIsCodedAndListedNextToTheCodebook() {
        Set<Class<?>> used = enumsOfTheRecords();
        assertThat(used).as("the scan finds the records' enumerations").hasSizeGreaterThan(10);
        assertThat(used)
                .allSatisfy(e -> assertThat(Coded.class).as(e.getSimpleName()).isAssignableFrom(e));
        assertThat(Codebook.CODED)
                .containsAll(used.stream().map(e -> e.asSubclass(Coded.class)).toList());
    }

    @Test
    void everyCodedValueHasALabelThatIsNotItsCodeAndAMeaning() {
        List<String> problems = new ArrayList<>();
        for (Class<? extends Coded> type : Codebook.CODED) {
            assertThat(type.isEnum()).as(type.getSimpleName()).isTrue();
            Set<String> labels = new LinkedHashSet<>();
            for (Coded value : type.getEnumConstants()) {
                String where = type.getSimpleName() + "." + value.name();
                if (value.label() == null
                        || value.label().isBlank()
                        || value.label().equals(value.name())) {
                    problems.add(where + " has no label of its own");
                }
                if (value.meaning() == null || value.meaning().isBlank()) {
                    problems.add(where + " has no meaning");
                }
                if (!labels.add(value.label())) {
                    problems.add(where + " repeats the label '" + value.label() + "'");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCodebookShowsEachAllowedValueWithItsLabelAndMeaning() {
        List<Coded> allowed = Codebook.groups().stream()
                .flatMap(g -> g.fields().stream())
                .flatMap(f -> f.allowed().stream())
                .toList();
        assertThat(allowed)
                .extracting(Coded::label)
                .contains("Consolidated city-county", "News media", "Limits cooperation", "Found non-compliant");
        assertThat(Codebook.groups())
                .flatExtracting(Codebook.Group::fields)
                .filteredOn(f -> f.name().equals("ICE_DETAINER_LIMITS"))
                .singleElement()
                .satisfies(f -> assertThat(f.meaning()).startsWith("ICE detainer limits"));
    }
}
