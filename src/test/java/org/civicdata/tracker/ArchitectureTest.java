package org.civicdata.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The architecture, stated where a build can check it. Plain JUnit tests (not ArchUnit's own engine,
 * which JUnit runs after all others), so that the first test stage runs them first.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.civicdata.tracker");

    /** Views and controllers are thin: they go through services, never straight to SQL. */
    static final ArchRule edgesDoNotTouchRepositories = noClasses()
            .that().areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
            .or().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    /** The domain (each feature's package, not its ui sub-package) knows nothing of the web, Vaadin or seeds. */
    static final ArchRule domainKnowsNoEdges = noClasses()
            .that().resideInAnyPackage("..common", "..audit", "..jurisdiction", "..statement", "..person",
                    "..source", "..citation", "..designation", "..policy", "..dojletter", "..funding", "..event", "..account",
                    "..editing")
            .should().dependOnClassesThat().resideInAnyPackage("..publicapi..", "..publicsite..", "..seed..",
                    "com.vaadin..", "io.micronaut.http..");

    /** Packages do not form dependency cycles (a feature's ui is its own slice: it may use the staff shell). */
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.civicdata.tracker.(**)")
            .should().beFreeOfCycles();

    @Test
    void edgesDoNotTouchRepositories() {
        edgesDoNotTouchRepositories.check(CLASSES);
    }

    @Test
    void domainKnowsNoEdges() {
        domainKnowsNoEdges.check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        noCyclesBetweenPackages.check(CLASSES);
    }
}
