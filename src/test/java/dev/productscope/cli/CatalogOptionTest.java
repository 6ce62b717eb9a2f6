package dev.productscope.cli;

import static dev.productscope.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productscope.io.BundledExamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogOptionTest {

    private static final String ACME = """
            {
              "format": "productscope-catalog",
              "version": 1,
              "id": "acme-additions",
              "catalogVersion": "3",
              "title": "Acme additions",
              "references": [
                { "id": "acme-bss", "shortName": "Acme BSS", "title": "Acme backend security standard",
                  "publisher": "Acme" }
              ],
              "rules": [
                { "id": "acme-backends", "scope": "component", "when": { "kinds": ["backend"], "membership": "in" },
                  "references": [%s], "why": "Acme's backends follow its own standard.",
                  "source": { "document": "cswp-33", "section": "Remote backends" } }
              ]
            }
            """;

    @TempDir
    Path folder;
    private Path remoteBackends;

    @BeforeEach
    void extract() throws Exception {
        BundledExamples.extractTo(folder);
        remoteBackends = folder.resolve("remote-backends.json");
    }

    @Test
    void aUserCatalogAddsAReferenceThroughARule() throws Exception {
        Path acme = folder.resolve("acme.json");
        Files.writeString(acme, ACME.formatted("\"acme-bss\""));

        JsonNode json = analyzeJson("--catalog", acme.toString());

        assertThat(json.get("catalogs")).extracting(c -> c.get("id").asText() + " " + c.get("version").asText()
                + " " + c.get("origin").asText()).containsExactly("nist-iot-baseline 2024.1 bundled",
                "acme-additions 3 acme.json");
        JsonNode acmeReference = referencesOf(json, "bulb-a-backend").stream()
                .filter(r -> r.get("id").asText().equals("acme-bss")).findFirst().orElseThrow();
        assertThat(acmeReference.get("shortName").asText()).isEqualTo("Acme BSS");
        assertThat(acmeReference.at("/why/0/rule").asText()).isEqualTo("acme-backends");
        assertThat(acmeReference.at("/why/0/source/document").asText()).isEqualTo("cswp-33");
        assertThat(referenceIds(json, "bulb-a-backend")).contains("owasp-asvs");
        assertThat(referenceIds(json, "bulb-a-app")).doesNotContain("acme-bss");

        CommandLineTest.Result text = run("analyze", remoteBackends.toString(), "--catalog", acme.toString());
        assertThat(text.out()).contains("Acme additions 3 (acme.json)").containsPattern("references: .*Acme BSS");
        assertThat(run("checklist", remoteBackends.toString(), "--catalog", acme.toString()).out())
                .contains("Acme additions 3 (acme.json)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "check", "checklist"})
    void aBrokenUserCatalogIsReportedWithFileLineAndPathAndExitsTwo(String command) throws Exception {
        Path acme = folder.resolve("acme.json");
        String text = ACME.formatted("\"acme-bss\", \"no-such-reference\"");
        Files.writeString(acme, text);
        int line = lineOf(text, "no-such-reference");

        CommandLineTest.Result result = run(command, remoteBackends.toString(), "--catalog", acme.toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).containsPattern(Pattern.quote(acme + ":" + line + ":") + "\\d+: "
                + Pattern.quote("$.rules[0].references[1]: unknown reference 'no-such-reference'"));
        assertThat(result.err()).contains("cannot use the catalog " + acme + ": it does not load (1 problem)");
    }

    @Test
    void aMissingOrUnreadableUserCatalogExitsTwo() throws Exception {
        CommandLineTest.Result missing = run("analyze", remoteBackends.toString(), "--catalog",
                folder.resolve("absent.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.json: $: the catalog file does not exist");

        Path truncated = folder.resolve("truncated.json");
        Files.writeString(truncated, "{\n  \"format\": \"productscope-catalog\",\n  \"version\": ");
        CommandLineTest.Result broken = run("checklist", remoteBackends.toString(), "--catalog",
                truncated.toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains(truncated + ":3:");
    }

    private JsonNode analyzeJson(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze", remoteBackends.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        CommandLineTest.Result result = run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private static List<JsonNode> referencesOf(JsonNode json, String componentId) {
        List<JsonNode> result = new ArrayList<>();
        find(json.get("components"), componentId).get("references").forEach(result::add);
        return result;
    }

    private static List<String> referenceIds(JsonNode json, String componentId) {
        return referencesOf(json, componentId).stream().map(r -> r.get("id").asText()).toList();
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).lines().count();
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id);
    }
}
