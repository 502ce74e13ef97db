package org.civicdata.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture, stated where a build can check it. */
@AnalyzeClasses(packages = "org.civicdata.tracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Views and controllers are thin: they go through services, never straight to SQL. */
    @ArchTest
    static final ArchRule edgesDoNotTouchRepositories = noClasses()
            .that().areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
            .or().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    /** The domain (each feature's package, not its ui sub-package) knows nothing of the web, Vaadin or seeds. */
    @ArchTest
    static final ArchRule domainKnowsNoEdges = noClasses()
            .that().resideInAnyPackage("..common", "..audit", "..jurisdiction", "..statement", "..person",
                    "..source", "..citation", "..designation", "..policy", "..dojletter", "..funding", "..event", "..account",
                    "..editing")
            .should().dependOnClassesThat().resideInAnyPackage("..publicapi..", "..publicsite..", "..seed..",
                    "com.vaadin..", "io.micronaut.http..");

    /** Packages do not form dependency cycles (a feature's ui is its own slice: it may use the staff shell). */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.civicdata.tracker.(**)")
            .should().beFreeOfCycles();
}
