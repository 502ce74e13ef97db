package org.civicdata.tracker.infra.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The record is the evidence: every seeded quote must stand, character for character, in the document it cites. */
class SeedQuotesTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final ObjectMapper YAML = new YAMLMapper();

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> read(String file) throws Exception {
        return YAML.readValue(SEEDS.resolve(file).toFile(), List.class);
    }

    @Test
    void everySeededStatementStandsVerbatimInTheDocumentItCites() throws Exception {
        Map<String, String> documentOfSource = new java.util.HashMap<>();
        for (Map<String, Object> source : read("sources.yml")) {
            documentOfSource.put((String) source.get("key"), (String) source.get("seed_document"));
        }
        List<Map<String, Object>> statements = read("statements.yml");
        List<String> notFound = new ArrayList<>();
        for (Map<String, Object> statement : statements) {
            String text = (String) statement.get("text");
            @SuppressWarnings("unchecked")
            List<String> sources = (List<String>) statement.get("sources");
            for (String source : sources) {
                String document = Files.readString(
                        SEEDS.resolve("documents").resolve(documentOfSource.get(source)), StandardCharsets.UTF_8);
                if (!document.contains(text)) {
                    notFound.add(statement.get("key") + " not verbatim in " + source);
                }
            }
        }
        assertThat(statements).hasSizeGreaterThan(30);
        assertThat(notFound).isEmpty();
    }

    @Test
    void quotesKeepTheirTypographyAndAreQuotedInTheirDocument() throws Exception {
        List<Map<String, Object>> statements = read("statements.yml");
        String emanuel = statements.stream()
                .filter(s -> "rahm-emanuel".equals(s.get("speaker")))
                .map(s -> (String) s.get("text"))
                .findFirst()
                .orElseThrow();
        assertThat(emanuel).contains("you\u2019re").contains("Philadelphia \u2013 these");
        String doc000 = Files.readString(SEEDS.resolve("documents/000_9ac640a49fe71cef.txt"), StandardCharsets.UTF_8);
        assertThat(doc000).contains("\u201c" + emanuel + "\u201d");
    }

    @Test
    void theBundledDocumentsAreTheSharedOnesUnchanged() throws Exception {
        Path shared = Path.of("..", "shared", "seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "shared/seeds is not beside the repo");
        try (var docs = Files.list(shared)) {
            for (Path original : docs.filter(p -> p.toString().endsWith(".txt")).toList()) {
                assertThat(SEEDS.resolve("documents").resolve(original.getFileName()))
                        .hasSameBinaryContentAs(original);
            }
        }
    }
}
