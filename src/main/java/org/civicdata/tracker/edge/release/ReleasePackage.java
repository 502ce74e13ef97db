package org.civicdata.tracker.edge.release;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civicdata.tracker.edge.opendata.CsvTableSchema;

/**
 * The files of one release, in the order they are listed: the listing in each public format (the
 * API's own bytes), the Frictionless Data Package descriptor, the licence and SHA256SUMS (for
 * {@code sha256sum -c}; it lists every file but itself).
 */
final class ReleasePackage {

    static final String JSON = "application/json";
    static final String CSV = "text/csv;charset=utf-8";
    static final String GEOJSON = "application/geo+json";
    static final String TEXT = "text/plain;charset=utf-8";

    /** The licence the data is published under (the README states none; see docs/operations.md, Releases). */
    static final String LICENCE = "CC-BY-4.0";

    static final String LICENCE_TITLE = "Creative Commons Attribution 4.0 International";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final String NAME = "jurisdiction-policy-tracker";

    /** A file's name, media type and bytes. */
    record Content(String name, String mediaType, byte[] bytes) {}

    private ReleasePackage() {}

    /** "Jurisdiction policy tracker, open data release of 2026-12-03. https://…/api/releases/2026-12-03". */
    static String howToCite(String title, LocalDate date, String url) {
        return title + ", open data release of " + date + ". " + url;
    }

    /**
     * @param json the listing as {@code GET /api/jurisdictions} gives it (also the CSV and GeoJSON)
     * @param asJson how a map is written as JSON (the API's serde)
     */
    static List<Content> files(
            String title,
            LocalDate date,
            Instant madeAt,
            String url,
            byte[] json,
            byte[] csv,
            byte[] geoJson,
            Function<Object, byte[]> asJson) {
        List<Content> files = new ArrayList<>(List.of(
                new Content("jurisdictions.json", JSON, json),
                new Content("jurisdictions.csv", CSV, csv),
                new Content("jurisdictions.geojson", GEOJSON, geoJson)));
        List<Map<String, Object>> resources = new ArrayList<>();
        resources.add(resource(
                files.get(0), "json", "application/json", "Every published jurisdiction, as the API lists it."));
        Map<String, Object> table =
                resource(files.get(1), "csv", "text/csv", "The same listing as CSV, one row per jurisdiction.");
        table.put("profile", "tabular-data-resource");
        table.put("encoding", "utf-8");
        table.put("schema", CsvTableSchema.of());
        resources.add(table);
        resources.add(resource(files.get(2), "geojson", "application/geo+json", "The same listing as GeoJSON points."));
        String citation = howToCite(title, date, url);
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "data-package");
        descriptor.put("name", NAME);
        descriptor.put("title", title + ", " + date);
        descriptor.put("version", date.toString());
        descriptor.put("created", madeAt.toString());
        descriptor.put(
                "description",
                "Published records on US jurisdictions and federal immigration enforcement as they "
                        + "stood on " + date + ". Records keep their identifiers across releases: slug, and fips where "
                        + "there is one. How to cite: " + citation);
        if (url.startsWith("http")) {
            descriptor.put("homepage", url);
        }
        descriptor.put("licenses", List.of(Map.of("name", LICENCE, "path", LICENCE_URL, "title", LICENCE_TITLE)));
        descriptor.put("resources", resources);
        files.add(new Content("datapackage.json", JSON, asJson.apply(descriptor)));
        files.add(
                new Content("LICENSE.txt", TEXT, licence(title, date, citation).getBytes(StandardCharsets.UTF_8)));
        StringBuilder sums = new StringBuilder();
        for (Content file : files) {
            sums.append(ReleaseBytes.sha256(file.bytes()))
                    .append("  ")
                    .append(file.name())
                    .append('\n');
        }
        files.add(new Content("SHA256SUMS", TEXT, sums.toString().getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static Map<String, Object> resource(Content file, String format, String mediaType, String description) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", file.name().replace('.', '-').toLowerCase(java.util.Locale.ROOT));
        resource.put("path", file.name());
        resource.put("format", format);
        resource.put("mediatype", mediaType);
        resource.put("description", description);
        resource.put("bytes", file.bytes().length);
        resource.put("hash", "sha256:" + ReleaseBytes.sha256(file.bytes()));
        return resource;
    }

    private static String licence(String title, LocalDate date, String citation) {
        return title + ", open data release of " + date + "\n\n"
                + "This data is published under the " + LICENCE_TITLE + " licence (" + LICENCE + "):\n"
                + LICENCE_URL + "\n\n"
                + "You may share and adapt it for any purpose, provided you give credit, link to the licence and say\n"
                + "if you made changes. Credit it as:\n\n"
                + "  " + citation + "\n\n"
                + "Each record cites its sources; words quoted from them remain their authors'.\n";
    }
}
