package org.civicdata.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The architecture, stated where a build can check it, as package patterns: a new package is covered
 * by the rule of its layer without editing this test. The layers (docs/architecture.md, "Packages"):
 * {@code record.*} (one kind of record each, its staff screens in {@code record.*.ui}), {@code core.*}
 * (what every record shares: editing, audit, citations, accounts), {@code edge.*} (the staff shell, the
 * public site, the open data) and {@code infra.*} (database, Vaadin glue, seeds, map, backups, health).
 * Plain JUnit tests (not ArchUnit's own engine, which JUnit runs after all others), so that the first
 * test stage runs them first.
 */
class ArchitectureTest {

    private static final String BASE = "org.civicdata.tracker";
    private static final String RECORD_TYPES = BASE + ".record..";
    private static final String CORE = BASE + ".core..";
    private static final String EDGES = BASE + ".edge..";
    private static final String INFRASTRUCTURE = BASE + ".infra..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /** Every class lives in one of the four layers (the application's main class is the one at the top). */
    static final ArchRule everyClassInALayer = classes()
            .that()
            .resideOutsideOfPackage(BASE)
            .should()
            .resideInAnyPackage(RECORD_TYPES, CORE, EDGES, INFRASTRUCTURE);

    /** Views and controllers are thin: they go through services, never straight to SQL. */
    static final ArchRule edgesDoNotTouchRepositories = noClasses()
            .that()
            .areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
            .or()
            .areAssignableTo(com.vaadin.flow.component.Component.class)
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository");

    /**
     * The domain (each record type's and each core feature's own package, not its {@code ui}) knows
     * nothing of the edges, the web, Vaadin or seeds.
     */
    static final ArchRule domainKnowsNoEdges = noClasses()
            .that()
            .resideInAnyPackage(BASE + ".record.*", BASE + ".core.*")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    EDGES, BASE + ".infra.seed..", BASE + ".infra.vaadin..", "com.vaadin..", "io.micronaut.http..");

    /** The core serves every record type alike: it names none of them. */
    static final ArchRule coreNamesNoRecordType = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(RECORD_TYPES);

    /** The infrastructure is below the edges: it never calls up into them. */
    static final ArchRule infrastructureKnowsNoEdges = noClasses()
            .that()
            .resideInAPackage(INFRASTRUCTURE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(EDGES);

    /** Vaadin is the staff UI's: only {@code ui} packages, the staff shell and the Vaadin glue use it. */
    static final ArchRule vaadinOnlyInTheStaffUi = noClasses()
            .that()
            .resideOutsideOfPackages(BASE + "..ui", BASE + ".edge.staff..", BASE + ".infra.vaadin..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..");

    /** Packages do not form dependency cycles (a feature's ui is its own slice: it may use the staff shell). */
    static final ArchRule noCyclesBetweenPackages =
            slices().matching(BASE + ".(**)").should().beFreeOfCycles();

    @Test
    void everyClassInALayer() {
        everyClassInALayer.check(CLASSES);
    }

    @Test
    void edgesDoNotTouchRepositories() {
        edgesDoNotTouchRepositories.check(CLASSES);
    }

    @Test
    void domainKnowsNoEdges() {
        domainKnowsNoEdges.check(CLASSES);
    }

    @Test
    void coreNamesNoRecordType() {
        coreNamesNoRecordType.check(CLASSES);
    }

    @Test
    void infrastructureKnowsNoEdges() {
        infrastructureKnowsNoEdges.check(CLASSES);
    }

    @Test
    void vaadinOnlyInTheStaffUi() {
        vaadinOnlyInTheStaffUi.check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        noCyclesBetweenPackages.check(CLASSES);
    }
}
