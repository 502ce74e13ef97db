package org.civicdata.tracker.edge.opendata;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionList;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;

/**
 * The listing's bodies in each public format, the one way they are rendered: the API serves them
 * ({@link JurisdictionApiController}) and a data release keeps them, byte for byte the same.
 */
@Singleton
public class ListingFiles {

    private final PublishedRecords records;
    private final JsonMapper json;

    ListingFiles(PublishedRecords records, JsonMapper json) {
        this.records = records;
        this.json = json;
    }

    /** Every published jurisdiction as of today, unfiltered: what a release holds. */
    public static PublicQuery everything() {
        return PublicQuery.parse(Map.of());
    }

    /** {@code GET /api/jurisdictions}. */
    public byte[] json(PublicQuery query) {
        List<JurisdictionSummary> items = records.listJurisdictions(query);
        return bytes(new JurisdictionList(asOf(query.asOf()), items.size(), items));
    }

    /** {@code GET /api/jurisdictions.csv}. */
    public byte[] csv(PublicQuery query) {
        return OpenDataFormats.csv(records.list(query)).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code GET /api/jurisdictions.geojson}. */
    public byte[] geoJson(PublicQuery query) {
        return bytes(OpenDataFormats.geoJson(records.listJurisdictions(query), asOf(query.asOf())));
    }

    private static String asOf(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A public shape as JSON, as serde writes it. */
    public byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
