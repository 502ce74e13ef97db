package org.civicdata.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two test stages of {@code mvn verify} (see the pom): surefire runs every {@code *Test} class
 * without {@link Slow}, failsafe every {@code *Test} class with it. No test may fall out of both, and
 * the slow kinds must not slow down the first stage.
 */
class TestStagesTest {

    private static final JavaClasses TEST_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("org.civicdata.tracker");

    private static final List<String> TEST_ANNOTATIONS = List.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate",
            "net.jqwik.api.Property",
            "net.jqwik.api.Example");

    private static boolean annotatedWithAny(com.tngtech.archunit.core.domain.properties.CanBeAnnotated member) {
        return TEST_ANNOTATIONS.stream().anyMatch(member::isAnnotatedWith);
    }

    private static final DescribedPredicate<JavaClass> HAVE_TESTS = DescribedPredicate.describe(
            "have tests", c -> c.getMethods().stream().anyMatch(TestStagesTest::annotatedWithAny));

    /** Both stages run only classes named *Test: a test class named otherwise would run in neither. */
    static final ArchRule testClassesAreNamedTest =
            classes().that(HAVE_TESTS).and().areTopLevelClasses().should().haveSimpleNameEndingWith("Test");

    /** Browser tests are slow. */
    static final ArchRule browserTestsAreSlow =
            classes().that().resideInAPackage("..e2e").and(HAVE_TESTS).should().beAnnotatedWith(Slow.class);

    private static final List<String> SLOW_HELPERS = List.of(
            "org.civicdata.tracker.infra.db.AppProcess",
            "org.civicdata.tracker.infra.db.StandaloneMariaDb",
            "org.civicdata.tracker.e2e.Browser");

    private static final DescribedPredicate<JavaClass> USE_A_PROCESS_OR_CHROMIUM = DescribedPredicate.describe(
            "start the app or a MariaDB as a process of its own, or Chromium",
            c -> c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> SLOW_HELPERS.contains(d.getTargetClass().getName())));

    /** Tests that start the app or a MariaDB as a process of its own, or drive Chromium, are slow. */
    static final ArchRule processTestsAreSlow =
            classes().that(HAVE_TESTS).and(USE_A_PROCESS_OR_CHROMIUM).should().beAnnotatedWith(Slow.class);

    @Test
    void testClassesAreNamedTest() {
        testClassesAreNamedTest.check(TEST_CLASSES);
    }

    @Test
    void browserTestsAreSlow() {
        browserTestsAreSlow.check(TEST_CLASSES);
    }

    @Test
    void processTestsAreSlow() {
        processTestsAreSlow.check(TEST_CLASSES);
    }
}
