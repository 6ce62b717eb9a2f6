package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.productscope.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User catalogs lay over the bundled one; a broken one is refused with located problems. */
class CatalogReaderTest {

    private static final String HEADER = """
            {
              "format": "productscope-catalog",
              "version": 1,
              "id": "acme",
              "catalogVersion": "3",
              "title": "Acme additions",
            """;

    @TempDir
    Path folder;

    private Path write(String name, String body) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aUserCatalogAddsAndReplacesEntriesById() throws Exception {
        Path file = write("acme.json", HEADER + """
                  "references": [
                    { "id": "acme-secure-coding", "shortName": "Acme SC-1", "title": "Acme secure coding rules",
                      "publisher": "Acme" },
                    { "id": "owasp-asvs", "shortName": "OWASP ASVS 5", "title": "Application Security Verification Standard 5.0",
                      "publisher": "OWASP", "year": 2025 }
                  ],
                  "rules": [
                    { "id": "acme-apps", "scope": "component", "when": { "kinds": ["mobile-app"], "membership": "in" },
                      "references": ["acme-secure-coding"], "why": "Acme apps follow Acme's coding rules.",
                      "source": { "document": "cswp-33", "section": "Local Management of IoT products" } }
                  ]
                }
                """);
        Catalog catalog = CatalogReader.withUserCatalogs(List.of(file));

        assertThat(catalog.layers()).hasSize(2);
        assertThat(catalog.layers().get(1).origin()).isEqualTo("acme.json");
        assertThat(catalog.describe()).contains("Acme additions 3 (acme.json)");
        assertThat(catalog.reference("acme-secure-coding")).isPresent();
        assertThat(catalog.reference("owasp-asvs").orElseThrow().shortName()).isEqualTo("OWASP ASVS 5");
        assertThat(catalog.references().size()).isEqualTo(CatalogReader.bundled().references().size() + 1);
        assertThat(catalog.rule("acme-apps")).isPresent();
        assertThat(catalog.rule("mobile-app")).isPresent();
    }

    @Test
    void aBrokenUserCatalogIsRefusedWithEveryProblemLocated() throws Exception {
        Path file = write("broken.json", HEADER + """
                  "colour": "red",
                  "rules": [
                    { "id": "acme-apps", "scope": "component", "when": { "kinds": ["mobile-phone"] },
                      "references": ["no-such-standard"], "why": "Because.",
                      "source": { "document": "cswp-33", "section": "Remote Backends" } }
                  ]
                }
                """);
        assertThatThrownBy(() -> CatalogReader.withUserCatalogs(List.of(file)))
                .isInstanceOfSatisfying(ModelFileException.class, e -> {
                    assertThat(e.problems()).extracting(FileProblem::path).containsExactly("$.colour",
                            "$.rules[0].when.kinds[0]", "$.rules[0].references[0]");
                    FileProblem unknown = e.problems().get(2);
                    assertThat(unknown.file()).isEqualTo(file.toString());
                    assertThat(unknown.line()).isEqualTo(10);
                    assertThat(unknown.message()).isEqualTo("unknown reference 'no-such-standard': neither this catalog"
                            + " nor the catalogs below it define it");
                    assertThat(e.problems().get(1).message()).startsWith("unknown component kind 'mobile-phone'");
                });
    }

    @Test
    void aSyntaxErrorNamesLineAndColumn() throws Exception {
        Path file = write("syntax.json", HEADER + "  \"rules\": [ { \"id\": \"x\", } ]\n}\n");
        assertThatThrownBy(() -> CatalogReader.withUserCatalogs(List.of(file)))
                .isInstanceOfSatisfying(ModelFileException.class, e -> {
                    FileProblem problem = e.problems().get(0);
                    assertThat(problem.line()).isEqualTo(7);
                    assertThat(problem.column()).isPositive();
                    assertThat(problem.message()).startsWith("invalid JSON");
                });
    }

    @Test
    void aModelFileOrANewerCatalogIsRefusedWithAClearMessage() throws Exception {
        Path model = write("model.json", "{\"format\": \"productscope-model\", \"version\": 1}");
        assertThatThrownBy(() -> CatalogReader.withUserCatalogs(List.of(model)))
                .hasMessageContaining("this is not a ProductScope catalog");
        Path newer = write("newer.json", HEADER.replace("\"version\": 1", "\"version\": 7") + "\"rules\": []\n}");
        assertThatThrownBy(() -> CatalogReader.withUserCatalogs(List.of(newer)))
                .hasMessageContaining("newer than this program reads");
        assertThatThrownBy(() -> CatalogReader.withUserCatalogs(List.of(folder.resolve("missing.json"))))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aProductRuleMayOnlyAskAboutTheSector() throws Exception {
        Path file = write("product-rule.json", HEADER + """
                  "rules": [
                    { "id": "acme-product", "scope": "product", "when": { "kinds": ["backend"] },
                      "note": "Hi.", "why": "Because.", "source": { "document": "cswp-33", "section": "Documentation" } }
                  ]
                }
                """);
        assertThatThrownBy(() -> CatalogReader.withUserCatalogs(List.of(file)))
                .hasMessageContaining("$.rules[0].when: rule 'acme-product' is about a product");
    }
}
