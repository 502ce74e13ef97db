package org.civicdata.tracker.edge.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.civicdata.tracker.edge.opendata.OpenApiController;
import org.jsoup.nodes.Element;

/**
 * A readable page of the API, rendered on our server from the generated OpenAPI document: each
 * operation with its parameters and responses, and each schema's fields. No third-party viewer.
 */
final class ApiDocsPage {

    private ApiDocsPage() {}

    static SitePage render() {
        JsonNode api;
        try {
            api = new ObjectMapper(new YAMLFactory()).readTree(OpenApiController.read());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SitePage page = new SitePage(
                "API | " + SitePage.SITE_NAME,
                "The tracker's public, read-only API: endpoints, " + "parameters and response fields.");
        Element main = page.main();
        main.appendElement("h1").text(api.path("info").path("title").asText("API"));
        main.appendElement("p").text(api.path("info").path("description").asText(""));
        Element links = main.appendElement("p");
        links.appendElement("a").attr("href", "/api/openapi.yml").text("The OpenAPI document (YAML)");
        links.appendText(" · ");
        links.appendElement("a").attr("href", "/codebook").text("Codebook");
        links.appendText(" · ");
        links.appendElement("a").attr("href", "/api/releases").text("Dated releases, with checksums");

        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                Element section = main.appendElement("section").addClass("operation");
                section.appendElement("h2")
                        .appendElement("code")
                        .text(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                section.appendElement("p").text(op.getValue().path("summary").asText(""));
                JsonNode parameters = op.getValue().path("parameters");
                if (parameters.size() > 0) {
                    Element table = section.appendElement("table");
                    Element head = table.appendElement("thead").appendElement("tr");
                    head.appendElement("th").text("Parameter");
                    head.appendElement("th").text("In");
                    head.appendElement("th").text("Meaning");
                    head.appendElement("th").text("Values");
                    Element body = table.appendElement("tbody");
                    for (JsonNode p : parameters) {
                        Element row = body.appendElement("tr");
                        row.appendElement("th")
                                .attr("scope", "row")
                                .appendElement("code")
                                .text(p.path("name").asText());
                        row.appendElement("td").text(p.path("in").asText());
                        row.appendElement("td").text(p.path("description").asText(""));
                        row.appendElement("td").text(schemaValues(api, p.path("schema")));
                    }
                }
                Element responsesList = section.appendElement("ul");
                for (Iterator<Map.Entry<String, JsonNode>> rs =
                                op.getValue().path("responses").fields();
                        rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    responsesList
                            .appendElement("li")
                            .text(r.getKey() + ": "
                                    + r.getValue().path("description").asText(""));
                }
            }
        }
        Element schemas = main.appendElement("section");
        schemas.appendElement("h2").text("Response shapes");
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        api.path("components").path("schemas").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            if (!schema.getValue().has("properties")) {
                continue;
            }
            schemas.appendElement("h3").id("schema-" + schema.getKey()).text(schema.getKey());
            Element list = schemas.appendElement("ul");
            for (Iterator<Map.Entry<String, JsonNode>> props =
                            schema.getValue().path("properties").fields();
                    props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                Element item = list.appendElement("li");
                item.appendElement("code").text(prop.getKey());
                item.appendText(": " + schemaValues(api, prop.getValue()));
            }
        }
        return page;
    }

    /** A schema in words: its type, its allowed values, or the shape it refers to. */
    private static String schemaValues(JsonNode api, JsonNode schema) {
        JsonNode resolved = schema;
        String ref = schema.path("$ref").asText("");
        if (ref.isEmpty() && schema.has("allOf")) {
            ref = schema.path("allOf").path(0).path("$ref").asText("");
        }
        if (!ref.isEmpty()) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            resolved = api.path("components").path("schemas").path(name);
            if (!resolved.has("enum")) {
                return name;
            }
        }
        if (resolved.has("enum")) {
            StringBuilder values = new StringBuilder("one of ");
            resolved.path("enum").forEach(v -> values.append(v.asText()).append(' '));
            return values.toString().trim();
        }
        if (resolved.path("type").asText().equals("array")) {
            return "list of " + schemaValues(api, resolved.path("items"));
        }
        return resolved.path("type").asText("object")
                + (resolved.has("format") ? " (" + resolved.path("format").asText() + ")" : "");
    }
}
