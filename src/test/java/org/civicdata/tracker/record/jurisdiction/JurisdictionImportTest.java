package org.civicdata.tracker.record.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.common.CsvRowOutcome;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class JurisdictionImportTest {

    private static final StaffPrincipal EDITOR = new StaffPrincipal("importer-ed", StaffRole.EDITOR, false);
    private static final StaffPrincipal CONTRIBUTOR = new StaffPrincipal("importer-cy", StaffRole.CONTRIBUTOR, false);

    @Inject
    JurisdictionImport importer;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    JurisdictionService service;

    @Inject
    AuditEntryRepository audit;

    @Inject
    SeedLoader seeds;

    private final String u = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    private JurisdictionImport.Preview preview(String csv) throws Exception {
        return importer.preview(EDITOR, new StringReader(csv));
    }

    @Test
    void everyProblemIsListedWithItsLineAndColumnAndNothingIsWritten() throws Exception {
        assertThat(preview("slug,name,kind,area\n").problems())
                .extracting(Object::toString)
                .contains(
                        "line 1, area: 'area' is not a column this import reads; remove it (nothing in it "
                                + "would be written). The columns it reads are slug, name, kind, state, fips, latitude, longitude, parent, "
                                + "population, population_year.",
                        "line 1, state: the required column 'state' is missing");

        var checked = preview("""
                slug,name,kind,state,latitude,parent
                good-%1$s-zz,Good,CITY,IL,41.5,illinois-il
                Bad Slug,Bad,CITY,IL,,
                kind-%1$s-zz,Kind,VILLAGE,IL,,
                lat-%1$s-zz,Lat,CITY,IL,95,
                orphan-%1$s-zz,Orphan,CITY,IL,,atlantis-zz
                good-%1$s-zz,Again,CITY,IL,,
                long-%1$s-zz,%2$s,CITY,IL,,
                """.formatted(u, "n".repeat(201)));
        assertThat(checked.problems())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "line 3, slug: Slug: 'Bad Slug' is not lowercase letters and digits joined by single hyphens, name then state, e.g. chicago-il.",
                        "line 4, kind: Kind: 'VILLAGE' is not one of STATE, COUNTY, CITY, CONSOLIDATED_CITY_COUNTY, TERRITORY.",
                        "line 5, latitude: Latitude: 95 is not between -90 and 90.",
                        "line 6, parent: Parent: 'atlantis-zz' is neither in the database nor on an earlier line.",
                        "line 7, slug: Slug: 'good-" + u + "-zz' appears on an earlier line too.",
                        "line 8, name: holds at most 200 characters; this has 201");
        assertThat(checked.canCommit()).isFalse();
        assertThatThrownBy(() -> importer.commit(EDITOR, checked, n -> {})).isInstanceOf(InvalidInputException.class);
        assertThat(jurisdictions.findBySlug("good-" + u + "-zz")).isEmpty();
    }

    @Test
    void aPopulationIsAWholeNumberNotBelowZeroWithTheYearOfItsCount() throws Exception {
        var checked = preview("""
                slug,name,kind,state,population,population_year
                pop-a-%1$s-zz,A,CITY,IL,-5,2020
                pop-b-%1$s-zz,B,CITY,IL,"2,746,388",2020
                pop-c-%1$s-zz,C,CITY,IL,1000,
                pop-d-%1$s-zz,D,CITY,IL,,2020
                pop-e-%1$s-zz,E,CITY,IL,1000,1700
                """.formatted(u));
        assertThat(checked.problems())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "line 2, population: Population: -5 is below zero.",
                        "line 3, population: Population: '2,746,388' is not a whole number; write digits only, without separators, e.g. 2746388.",
                        "line 4, population_year: Population year: give the year of the population count or estimate.",
                        "line 5, population: Population: give the population counted or estimated in 2020, or leave the year empty.",
                        "line 6, population_year: Population year: 1700 is not a year from 1790 (the first US census) to 2100.");

        var good = preview(
                "slug,name,kind,state,population,population_year\npop-f-%1$s-zz,F,CITY,IL,2746388,2020\n".formatted(u));
        assertThat(good.problems()).isEmpty();
        importer.commit(EDITOR, good, n -> {});
        Jurisdiction stored = jurisdictions.findBySlug("pop-f-" + u + "-zz").orElseThrow();
        assertThat(stored.getPopulation()).isEqualTo(2746388);
        assertThat(stored.getPopulationYear()).isEqualTo(2020);
    }

    @Test
    void aRecordChangedSinceThePreviewIsNotOverwritten() throws Exception {
        var first = preview("slug,name,kind,state\nraced-%1$s-zz,Raced,CITY,IL\n".formatted(u));
        importer.commit(EDITOR, first, n -> {});
        var update = preview(
                "slug,name,kind,state\nraced-%1$s-zz,From the file,CITY,IL\nnew-%1$s-zz,New,CITY,IL\n".formatted(u));
        assertThat(update.problems()).isEmpty();

        Jurisdiction meanwhile = jurisdictions.findBySlug("raced-" + u + "-zz").orElseThrow();
        meanwhile.setName("Corrected by hand");
        service.save(EDITOR, meanwhile, List.of());

        assertThatThrownBy(() -> importer.commit(EDITOR, update, n -> {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 2: 'raced-" + u + "-zz' was created, changed or deleted since the preview");
        assertThat(jurisdictions.findBySlug("raced-" + u + "-zz").orElseThrow().getName())
                .isEqualTo("Corrected by hand");
        assertThat(jurisdictions.findBySlug("new-" + u + "-zz")).isEmpty();
    }

    @Test
    void aRowRefusedWhenWrittenLeavesNoRowWritten() throws Exception {
        var checked = preview("""
                slug,name,kind,state
                first-%1$s-zz,First,CITY,IL
                chicago-il,Chicago (renamed by a contributor),CITY,IL
                """.formatted(u));
        assertThat(checked.canCommit()).isTrue();
        assertThatThrownBy(() -> importer.commit(CONTRIBUTOR, checked, n -> {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("Nothing was written");
        assertThat(jurisdictions.findBySlug("first-" + u + "-zz")).isEmpty();
        assertThat(jurisdictions.findBySlug("chicago-il").orElseThrow().getName())
                .isEqualTo("Chicago");
    }

    @Test
    void rowsCreateDraftsUpdateBySlugAndAReimportChangesNothing() throws Exception {
        String csv = """
                slug,name,kind,state,fips,parent
                county-%1$s-zz,County %1$s,COUNTY,IL,17999,
                city-%1$s-zz,"City, %1$s",CITY,IL,,county-%1$s-zz
                """.formatted(u);
        var first = preview(csv);
        assertThat(first.creates()).isEqualTo(2);
        int[] progress = {0};
        assertThat(importer.commit(EDITOR, first, n -> progress[0] = n)).isEqualTo(2);
        assertThat(progress[0]).isEqualTo(2);
        Jurisdiction city = jurisdictions.findBySlug("city-" + u + "-zz").orElseThrow();
        assertThat(city.getName()).isEqualTo("City, " + u);
        assertThat(city.getPublicationState()).isEqualTo(PublicationState.DRAFT);
        assertThat(city.getParentId())
                .isEqualTo(jurisdictions
                        .findBySlug("county-" + u + "-zz")
                        .orElseThrow()
                        .getId());

        long auditBefore = audit.count();
        var again = preview(csv);
        assertThat(again.updates()).isEqualTo(2);
        importer.commit(EDITOR, again, n -> {});
        assertThat(audit.count())
                .as("re-importing the same rows changes nothing")
                .isEqualTo(auditBefore);

        importer.commit(EDITOR, preview(csv.replace("County " + u + ",", "Renamed County " + u + ",")), n -> {});
        Jurisdiction county = jurisdictions.findBySlug("county-" + u + "-zz").orElseThrow();
        assertThat(county.getName()).isEqualTo("Renamed County " + u);
        assertThat(audit.findByRecordTypeAndRecordIdOrderById(RecordType.JURISDICTION, county.getId()))
                .last()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("importer-ed"));
    }

    @Test
    void aColumnTheImportDoesNotReadIsRefusedNamingItAndTheColumnsItReads() throws Exception {
        var checked = preview("slug,name,kind,state,publication_state\nchicago-il,Chicago,CITY,IL,DRAFT\n");
        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("publication_state");
            assertThat(p.message())
                    .contains("'publication_state' is not a column this import reads")
                    .contains("slug, name, kind, state, fips, latitude, longitude, parent");
        });
        assertThat(checked.canCommit()).isFalse();
    }

    @Test
    void eachRowSaysWhetherItIsNewChangesFieldsOldToNewOrChangesNothing() throws Exception {
        importer.commit(EDITOR, preview("""
                slug,name,kind,state,fips,latitude
                row-%1$s-zz,Row,CITY,IL,1799999,41.5
                same-%1$s-zz,Same,COUNTY,IL,17999,
                """.formatted(u)), n -> {});
        var checked = preview("""
                slug,name,kind,state,fips,latitude
                row-%1$s-zz,Row renamed,CITY,il,1799999,41.50
                new-%1$s-zz,New,CITY,IL,,
                same-%1$s-zz,Same,COUNTY,IL,17999,
                """.formatted(u));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.rows())
                .extracting(r -> r.outcome().kind())
                .containsExactly(CsvRowOutcome.Kind.CHANGED, CsvRowOutcome.Kind.NEW, CsvRowOutcome.Kind.UNCHANGED);
        assertThat(checked.rows().get(0).outcome().changesText())
                .as("only the name changed: 'il' is stored as IL and 41.50 is 41.5")
                .isEqualTo("name: Row → Row renamed");
        assertThat(checked.unchanged()).isEqualTo(1);

        int sameVersion =
                jurisdictions.findBySlug("same-" + u + "-zz").orElseThrow().getVersion();
        assertThat(importer.commit(EDITOR, checked, n -> {})).as("rows written").isEqualTo(2);
        assertThat(jurisdictions.findBySlug("same-" + u + "-zz").orElseThrow().getVersion())
                .isEqualTo(sameVersion);
        assertThat(jurisdictions.findBySlug("row-" + u + "-zz").orElseThrow().getName())
                .isEqualTo("Row renamed");
    }

    @Test
    void aContributorsChangeToAPublishedRecordIsFlaggedInThePreviewNotAtCommit() throws Exception {
        Jurisdiction chicago = jurisdictions.findBySlug("chicago-il").orElseThrow();
        Jurisdiction illinois = jurisdictions.findBySlug("illinois-il").orElseThrow();
        var checked = importer.preview(
                CONTRIBUTOR, new StringReader("""
                slug,name,kind,state
                chicago-il,%2$s (renamed by a contributor),CITY,IL
                illinois-il,%3$s,STATE,IL
                draft-%1$s-zz,A new draft,CITY,IL
                """.formatted(u, chicago.getName(), illinois.getName())));
        assertThat(checked.rows())
                .extracting(r -> r.outcome().kind())
                .containsExactly(
                        CsvRowOutcome.Kind.NOT_PERMITTED, CsvRowOutcome.Kind.UNCHANGED, CsvRowOutcome.Kind.NEW);
        assertThat(checked.rows().get(0).outcome().changesText())
                .isEqualTo("name: " + chicago.getName() + " → " + chicago.getName() + " (renamed by a contributor)");
        assertThat(checked.problems())
                .extracting(Object::toString)
                .containsExactly("line 2, slug: " + chicago.getName()
                        + " is published, and a contributor changes drafts only; ask an editor to import this row.");
        assertThat(checked.canCommit()).isFalse();
    }

    @Test
    void aStateOrFipsTheFormWouldRefuseIsRefusedAtItsLineAndColumnWithTheFormsWords() throws Exception {
        var checked = preview("""
                slug,name,kind,state,fips,latitude
                zz-%1$s-zz,Nowhere,CITY,ZZ,,
                fips-%1$s-zz,Wrong FIPS,CITY,IL,0644000,
                lat-%1$s-zz,Not a number,CITY,IL,,north
                """.formatted(u));
        assertThat(checked.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "line 2, state: State: 'ZZ' is not the USPS code of a US state, DC or territory (e.g. IL, DC, PR).",
                        "line 3, fips: FIPS: '0644000' does not start with 17, the code of Illinois.",
                        "line 4, latitude: Latitude: 'north' is not a number; write digits with an optional minus sign and decimal point, e.g. 41.88 or -87.6.");
    }
}
