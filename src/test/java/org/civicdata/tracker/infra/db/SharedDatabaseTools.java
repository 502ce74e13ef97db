package org.civicdata.tracker.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.CitationFixtures;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.source.Source;

/**
 * For tests whose app instances run as processes on a database the test started: an application
 * context in the test's JVM on the same database, configured as the app is for an external one, to
 * make accounts and records through the services.
 */
final class SharedDatabaseTools {

    private SharedDatabaseTools() {}

    /** An application context on the database at {@code url}, configured as the app is for an external one. */
    static ApplicationContext contextOn(String url) {
        Map<String, String> external = Map.of(
                "datasources.default.url",
                url,
                "datasources.default.username",
                "root",
                "datasources.default.password",
                "");
        Map<String, String> before = new HashMap<>();
        external.forEach((k, v) -> before.put(k, System.setProperty(k, v)));
        try {
            ApplicationContext context =
                    ApplicationContext.builder().environments("test").start();
            assertThat(context.getProperty("datasources.default.url", String.class))
                    .contains(url);
            return context;
        } finally {
            before.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    /** A published source, to cite. */
    static long publishedSource(ApplicationContext tools, String title) {
        RecordEditService editor = tools.getBean(RecordEditService.class);
        Source source = new CitationFixtures(editor, tools.getBean(RecordWriter.class)).source(title);
        return editor.publish(CitationFixtures.EDITOR, RecordType.SOURCE, source.getId(), source.getVersion())
                .getId();
    }

    /** A draft city in Ohio citing {@code sourceId}. */
    static long draftJurisdiction(ApplicationContext tools, String name, String slug, long sourceId) {
        Jurisdiction j = new Jurisdiction();
        j.setName(name);
        j.setSlug(slug);
        j.setKind(JurisdictionKind.CITY);
        j.setStateCode("OH");
        return tools.getBean(JurisdictionService.class)
                .save(CitationFixtures.EDITOR, j, List.of(sourceId))
                .getId();
    }
}
