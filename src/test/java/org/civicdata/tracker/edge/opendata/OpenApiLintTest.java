package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document the app serves passes a standard linter: Redocly CLI (pinned in
 * tools/openapi-lint, installed there by {@code npm ci}; .ci/run does it) with its {@code recommended}
 * rules, no error and no warning. Without the linter the test is skipped, except in CI (CI=true), where that fails.
 */
@MicronautTest(transactional = false)
class OpenApiLintTest {

    static final Path LINT_DIR = Path.of("tools", "openapi-lint");
    static final Path REDOCLY = LINT_DIR.resolve("node_modules/@redocly/cli/bin/cli.js");

    @Inject
    @Client("/")
    HttpClient http;

    @TempDir
    Path dir;

    @Test
    void theServedDocumentHasNoErrorOrWarningUnderRedoclysRecommendedRules() throws Exception {
        boolean present = Files.isRegularFile(REDOCLY) && onPath("node");
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "CI must have Redocly CLI in " + LINT_DIR + " (.ci/run runs npm ci there) and node");
        }
        Assumptions.assumeTrue(present, "Redocly CLI is not installed: cd " + LINT_DIR + " && npm ci");

        byte[] served = http.toBlocking().retrieve(HttpRequest.GET("/api/openapi.yml"), byte[].class);
        Path document = dir.resolve("tracker-api.yml");
        Files.write(document, served);

        JsonNode report = lint(document);
        List<String> problems = new ArrayList<>();
        report.path("problems")
                .forEach(p -> problems.add(
                        p.path("severity").asText() + " " + p.path("ruleId").asText() + " at "
                                + p.path("location").path(0).path("pointer").asText() + ": "
                                + p.path("message").asText()));
        System.out.println("OpenApiLintTest: Redocly " + report.path("version").asText() + " on /api/openapi.yml: "
                + report.path("totals") + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems)));
        assertThat(report.path("totals").path("errors").asInt(-1))
                .as("Redocly errors:\n%s", String.join("\n", problems))
                .isZero();
        assertThat(report.path("totals").path("warnings").asInt(-1))
                .as("Redocly warnings:\n%s", String.join("\n", problems))
                .isZero();
    }

    @Test
    void theLinterFindsTheErrorsItWasBroughtInFor() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(REDOCLY) && onPath("node"), "Redocly CLI is not installed");
        // Nullable without a type, no security, an empty servers list: what the document had before.
        Path document = dir.resolve("bad.yml");
        Files.writeString(document, """
                openapi: 3.0.1
                info:
                  title: t
                  version: "1"
                  license:
                    name: x
                    url: https://example.org/licence
                servers: []
                paths:
                  /a:
                    get:
                      operationId: a
                      summary: a
                      parameters:
                        - name: p
                          in: query
                          schema:
                            nullable: true
                            allOf:
                              - $ref: "#/components/schemas/E"
                      responses:
                        "200":
                          description: ok
                        "400":
                          description: bad
                components:
                  schemas:
                    E:
                      type: string
                      enum: [A, B]
                """, StandardCharsets.UTF_8);
        JsonNode report = lint(document);
        List<String> rules = new ArrayList<>();
        report.path("problems").forEach(p -> rules.add(p.path("ruleId").asText()));
        assertThat(rules).contains("nullable-type-sibling", "security-defined", "no-empty-servers");
    }

    /** Runs the pinned Redocly CLI with the recommended rules; its JSON report. */
    private JsonNode lint(Path document) throws IOException, InterruptedException {
        Path out = dir.resolve(document.getFileName() + ".lint.json");
        ProcessBuilder run = new ProcessBuilder(
                        "node",
                        REDOCLY.toAbsolutePath().toString(),
                        "lint",
                        "--config",
                        LINT_DIR.resolve("redocly.yaml").toAbsolutePath().toString(),
                        "--format=json",
                        document.toAbsolutePath().toString())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        run.environment().put("REDOCLY_TELEMETRY", "off");
        run.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = run.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("Redocly finished within 2 minutes")
                .isTrue();
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(json)
                .as("Redocly's JSON report (exit code %d)", process.exitValue())
                .contains("\"totals\"");
        return new ObjectMapper().readTree(json.substring(json.indexOf('{')));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, program))) {
                return true;
            }
        }
        return false;
    }
}
