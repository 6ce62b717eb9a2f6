package dev.productscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.CatalogReader;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Sector;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The key components of every bundled example get the references CSWP 33 gives their kind. */
class ApplicabilityTest {

    private static Applicability of(Model model) {
        return new Applicability(CatalogReader.bundled(), Analyzer.analyze(model));
    }

    private static Applicability example(String name) {
        return of(BundledExamples.find(name).orElseThrow().load());
    }

    static Stream<Arguments> keyComponents() {
        List<String> device = List.of("nistir-8259a", "iso-iec-27402", "ansi-cta-2088-a", "etsi-en-303-645",
                "singapore-cls", "nist-sp-800-193");
        return Stream.of(
                Arguments.of("local-device-only", "bulb", device),
                Arguments.of("local-management", "bulb-a-app", List.of("nist-sp-800-218", "owasp-masvs")),
                Arguments.of("local-management", "bulb-b-app", List.of("nist-sp-800-218")),
                Arguments.of("third-party-local-tools", "bulb-b-app", List.of("nist-sp-800-218")),
                Arguments.of("local-architectures", "sensor-console", List.of("nist-sp-800-193")),
                Arguments.of("remote-backends", "bulb-a", device),
                Arguments.of("remote-backends", "bulb-a-backend",
                        List.of("owasp-asvs", "nist-csf-2", "nist-sp-800-37r2", "csa-star")),
                Arguments.of("remote-backends", "bulb-a-app", List.of("nist-sp-800-218", "owasp-masvs")),
                Arguments.of("shared-cloud-backends", "account-service", List.of("owasp-asvs", "csa-star")),
                Arguments.of("cloud-backend-interoperability", "thermostat-backend", List.of("owasp-asvs")),
                Arguments.of("smart-building", "cold-sensor-1", List.of("isa-iec-62443-4-1", "isa-iec-62443-4-2")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("keyComponents")
    void keyComponentsGetTheirReferences(String example, String component, List<String> references) {
        Applicable applicable = example(example).forComponent(component);
        assertThat(applicable.references()).extracting(r -> r.reference().id()).containsAll(references);
        applicable.references().forEach(r -> assertThat(r.reasons()).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.source().section()).isNotBlank()));
    }

    @Test
    void aBackendInTheManufacturersOwnDataCentreGetsNoCloudRegistry() {
        Applicable backend = example("remote-backends").forComponent("tv-backend");
        assertThat(backend.hasReference("owasp-asvs")).isTrue();
        assertThat(backend.hasReference("csa-star")).isFalse();
    }

    @Test
    void consumerDevicesGetNoIndustrialStandards() {
        assertThat(example("remote-backends").forComponent("tv").hasReference("isa-iec-62443-4-2")).isFalse();
    }

    @Test
    void anIndustrialVariantGets62443() {
        Model model = BundledExamples.find("remote-backends").orElseThrow().load();
        Model industrial = model.withProducts(model.products().stream()
                .map(p -> p.id().equals("p-tv") ? p.withSector(Sector.INDUSTRIAL) : p).toList());
        Applicability applicability = of(industrial);
        assertThat(applicability.forComponent("tv").hasReference("isa-iec-62443-4-1")).isTrue();
        assertThat(applicability.forComponent("tv").hasReference("isa-iec-62443-4-2")).isTrue();
        assertThat(applicability.forComponent("bulb-a").hasReference("isa-iec-62443-4-2")).isFalse();
        assertThat(applicability.forProduct("p-tv").hasReference("isa-iec-62443-4-1")).isTrue();
    }

    @Test
    void anOptionalThirdPartyToolIsNotAssessedAsPartOfTheProduct() {
        Applicable tool = example("third-party-local-tools").forComponent("community-app");
        assertThat(tool.outcomes()).isEmpty();
        assertThat(tool.notes()).extracting(n -> n.reason().rule()).contains("third-party-app-out-of-product");
    }

    @Test
    void outOfProductEquipmentGetsANoteAndNoOutcomes() {
        Applicable router = example("remote-backends").forComponent("router");
        assertThat(router.outcomes()).isEmpty();
        assertThat(router.notes()).extracting(AppliedNote::text).anyMatch(text -> text.contains("product of its own"));
    }

    @Test
    void inProductComponentsGetTheTechnicalOutcomesAndDevicesTheDeviceCapabilities() {
        Applicability applicability = example("remote-backends");
        Applicable device = applicability.forComponent("bulb-a");
        assertThat(device.hasOutcome("8259a-software-update")).isTrue();
        assertThat(device.hasOutcome("ir8425-dp-1c")).isTrue();
        Applicable app = applicability.forComponent("bulb-a-app");
        assertThat(app.hasOutcome("ir8425-iac-1a")).isTrue();
        assertThat(app.hasOutcome("8259a-software-update")).isFalse();
    }

    @Test
    void productsGetNonTechnicalOutcomesAndSectorAdditions() {
        Model model = BundledExamples.find("remote-backends").orElseThrow().load();
        Applicable consumer = of(model).forProduct("p-bulb-a");
        assertThat(consumer.hasOutcome("doc-1b")).isTrue();
        assertThat(consumer.hasOutcome("edu-1-c3")).isTrue();
        assertThat(consumer.hasOutcome("etsi-5.1")).isTrue();

        Model federal = withSector(model, "p-bulb-a", Sector.FEDERAL);
        Applicable federalProduct = of(federal).forProduct("p-bulb-a");
        assertThat(federalProduct.hasReference("nist-sp-800-213a")).isTrue();
        assertThat(federalProduct.hasOutcome("etsi-5.1")).isFalse();

        Applicable medical = of(withSector(model, "p-bulb-a", Sector.MEDICAL)).forProduct("p-bulb-a");
        assertThat(medical.notes()).singleElement().satisfies(note -> {
            assertThat(note.reason().source().document()).isEqualTo("nistir-8259");
            assertThat(note.reason().source().section()).startsWith("3.2");
        });
    }

    @Test
    void aBackendSharedByProductsGetsTheIsolationNote() {
        Applicability applicability = example("shared-cloud-backends");
        Analysis analysis = applicability.analysis();
        String shared = analysis.model().components().stream()
                .filter(c -> c.kind() == dev.productscope.model.ComponentKind.BACKEND)
                .filter(c -> analysis.productsOf(c.id()).size() >= 2).findFirst().orElseThrow().id();
        assertThat(applicability.forComponent(shared).notes()).extracting(n -> n.reason().rule())
                .contains("shared-backend");
    }

    private static Model withSector(Model model, String productId, Sector sector) {
        List<Product> products = model.products().stream()
                .map(p -> p.id().equals(productId) ? p.withSector(sector) : p).toList();
        return model.withProducts(products);
    }
}
