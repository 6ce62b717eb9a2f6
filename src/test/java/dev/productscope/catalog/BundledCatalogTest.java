package dev.productscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.CatalogReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled catalog holds the facts REFERENCES.md lists, with exact ids, and its rules only name what exists. */
class BundledCatalogTest {

    private final Catalog catalog = CatalogReader.bundled();

    @Test
    void loadsAsOneBundledLayerWithAVersion() {
        assertThat(catalog.layers()).hasSize(1);
        CatalogInfo info = catalog.layers().get(0);
        assertThat(info.origin()).isEqualTo("bundled");
        assertThat(info.catalogVersion()).isNotBlank();
        assertThat(catalog.describe()).contains(info.catalogVersion());
    }

    @Test
    void everyIdARuleUsesExists() {
        for (ApplicabilityRule rule : catalog.rules()) {
            rule.references().forEach(id -> assertThat(catalog.reference(id)).as(rule.id() + " -> " + id).isPresent());
            rule.outcomes().forEach(id -> assertThat(catalog.outcome(id)).as(rule.id() + " -> " + id).isPresent());
            assertThat(catalog.source(rule.source().document())).as(rule.id()).isPresent();
            assertThat(rule.source().section()).as(rule.id()).isNotBlank();
        }
        for (Outcome outcome : catalog.outcomes()) {
            assertThat(catalog.group(outcome.group())).as(outcome.id()).isPresent();
            outcome.references().forEach(id -> assertThat(catalog.reference(id)).as(outcome.id() + " -> " + id)
                    .isPresent());
        }
    }

    @Test
    void hasTheReferencesTheIssueNames() {
        assertThat(catalog.references()).extracting(Reference::id).contains("nistir-8259a", "iso-iec-27402",
                "ansi-cta-2088-a", "etsi-en-303-645", "singapore-cls", "isa-iec-62443-4-1", "isa-iec-62443-4-2",
                "nist-sp-800-193", "nist-sp-800-218", "owasp-masvs", "owasp-asvs", "nist-csf-2", "nist-sp-800-37r2",
                "csa-star", "nist-sp-800-213a", "iso-9001", "iso-iec-29147", "iso-iec-30111");
        assertThat(catalog.reference("nistir-8259a").orElseThrow().url()).isEqualTo("https://doi.org/10.6028/NIST.IR.8259A");
    }

    @Test
    void hasTheTechnicalOutcomesWithOnlyConfirmedSubOutcomes() {
        assertThat(codes("nistir-8259a-capabilities")).containsExactly("Device Identification", "Device Configuration",
                "Data Protection", "Logical Access to Interfaces", "Software Update", "Cybersecurity State Awareness");
        assertThat(codes("nistir-8425-technical")).containsExactly("AI", "AI-1a", "AI-1b", "PC", "PC-1a", "PC-1b",
                "PC-1c", "DP", "DP-1a", "DP-1b", "DP-1c", "IAC", "IAC-1a", "SU", "CSA");
        assertThat(catalog.leavesOf("ir8425-dp")).extracting(Outcome::code).containsExactly("DP-1a", "DP-1b", "DP-1c");
        assertThat(catalog.leavesOf("ir8425-su")).extracting(Outcome::code).containsExactly("SU");
    }

    @Test
    void hasTheNonTechnicalSubOutcomesWithTheirTableReferences() {
        List<String> leaves = List.of("doc", "iqr", "dis", "edu").stream()
                .flatMap(id -> catalog.leavesOf(id).stream()).map(Outcome::id).toList();
        assertThat(leaves).containsExactly("doc-1a", "doc-1b", "doc-1c", "doc-1d", "doc-1e", "doc-1f", "doc-1g",
                "iqr-1a", "iqr-1b", "dis-1a", "dis-1b", "dis-1c", "dis-1d", "dis-1e", "dis-2",
                "edu-1-c1", "edu-1-c2", "edu-1-c3", "edu-1-c4", "edu-1-c5");
        assertThat(catalog.outcome("doc-1a").orElseThrow().references()).contains("iso-9001", "nist-sp-800-213a");
        assertThat(catalog.outcome("iqr-1a").orElseThrow().references()).contains("iso-iec-29147");
        assertThat(catalog.outcome("dis-1a").orElseThrow().references()).isEmpty();
        assertThat(catalog.outcome("dis-1b").orElseThrow().references()).containsExactly("etsi-en-303-645");
    }

    @Test
    void hasTheEtsiProvisionCategoriesAndMitigationAreas() {
        assertThat(codes("etsi-en-303-645-provisions")).containsExactly("5.1", "5.2", "5.3", "5.4", "5.5", "5.6",
                "5.7", "5.8", "5.9", "5.10", "5.11", "5.12", "5.13", "6");
        assertThat(catalog.mitigationAreas()).extracting(MitigationArea::id).containsExactly("asset-management",
                "vulnerability-management", "access-management", "data-protection", "incident-detection");
    }

    @Test
    void hasTheSixActivitiesWithSectionedQuestions() {
        assertThat(catalog.activities()).extracting(Activity::section)
                .containsExactly("3.1", "3.2", "3.3", "3.4", "4.1", "4.2");
        Map<String, Long> activitySixBySection = catalog.activity("activity-6").orElseThrow().questions().stream()
                .collect(Collectors.groupingBy(Question::section, Collectors.counting()));
        assertThat(activitySixBySection.keySet()).containsExactlyInAnyOrder("4.2.1", "4.2.2", "4.2.3", "4.2.4",
                "4.2.5", "4.2.6");
        for (Activity activity : catalog.activities()) {
            assertThat(activity.questions()).as(activity.id()).isNotEmpty();
            activity.questions().forEach(q -> assertThat(q.section()).startsWith(activity.section()));
        }
        assertThat(catalog.questions()).extracting(Question::id).doesNotHaveDuplicates();
    }

    private List<String> codes(String group) {
        return catalog.outcomes().stream().filter(o -> o.group().equals(group)).map(Outcome::code).toList();
    }
}
