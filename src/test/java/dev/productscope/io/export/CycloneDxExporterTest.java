package dev.productscope.io.export;

import static dev.productscope.io.export.InteropFixtures.context;
import static dev.productscope.io.export.InteropFixtures.export;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.productscope.analysis.ProductSummary;
import dev.productscope.io.BundledExamples;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.ServiceData;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled product as a CycloneDX BOM that cyclonedx-core-java validates and reads back. */
class CycloneDxExporterTest {

    static Stream<Arguments> products() {
        return InteropFixtures.examples().flatMap(example -> example.load().products().stream()
                .map(product -> Arguments.of(example.id(), product.id())));
    }

    static Bom parse(byte[] bytes) throws Exception {
        assertThat(new JsonParser().validate(bytes, CycloneDxExporter.VERSION)).isEmpty();
        return new JsonParser().parse(bytes);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("products")
    void everyProductIsAValidBomOfExactlyItsComponents(String example, String productId) throws Exception {
        Model model = BundledExamples.find(example).orElseThrow().load();
        ExportContext context = context(model).withProduct(productId);
        byte[] bytes = export(new CycloneDxExporter(), context);
        Bom bom = parse(bytes);

        ProductSummary summary = context.analysis().product(productId).orElseThrow();
        List<String> backends = summary.components().stream()
                .filter(id -> model.component(id).orElseThrow().kind() == ComponentKind.BACKEND).toList();
        assertThat(bom.getSpecVersion()).isEqualTo("1.6");
        assertThat(bom.getSerialNumber()).startsWith("urn:uuid:");
        assertThat(bom.getMetadata().getTimestamp().toInstant()).isEqualTo(InteropFixtures.GENERATED_AT);
        assertThat(bom.getMetadata().getToolChoice().getComponents()).singleElement()
                .satisfies(tool -> assertThat(tool.getName()).isEqualTo("ProductScope"))
                .satisfies(tool -> assertThat(tool.getVersion()).isEqualTo(InteropFixtures.VERSION));
        Component root = bom.getMetadata().getComponent();
        assertThat(root.getBomRef()).isEqualTo(productId);
        assertThat(root.getName()).isEqualTo(model.product(productId).orElseThrow().name());

        List<Component> components = Objects.requireNonNullElse(bom.getComponents(), List.of());
        List<Service> services = Objects.requireNonNullElse(bom.getServices(), List.of());
        assertThat(services).extracting(Service::getBomRef).containsExactlyInAnyOrderElementsOf(backends);
        assertThat(Stream.concat(components.stream().map(Component::getBomRef),
                services.stream().map(Service::getBomRef)).toList())
                .containsExactlyInAnyOrderElementsOf(summary.components());
        for (Component component : components) {
            var drawn = model.component(component.getBomRef()).orElseThrow();
            assertThat(component.getName()).isEqualTo(drawn.name());
            assertThat(component.getType()).isEqualTo(CycloneDxExporter.typeOf(drawn.kind()));
            assertThat(property(component.getProperties(), "productscope:kind")).isEqualTo(drawn.kind().id());
            assertThat(property(component.getProperties(), "productscope:locality"))
                    .isEqualTo(context.analysis().locality(drawn.id()).id());
        }
        for (Service service : services) {
            assertThat(service.getTrustZone()).isEqualTo(context.analysis().effectiveZone(service.getBomRef())
                    .orElseThrow().name());
            assertThat(service.getData()).isNotEmpty().allSatisfy(data -> assertThat(data.getFlow())
                    .isIn(ServiceData.Flow.INBOUND, ServiceData.Flow.OUTBOUND, ServiceData.Flow.BI_DIRECTIONAL));
            // Remote backends are reached across the customer's boundary.
            assertThat(service.getxTrustBoundary()).isTrue();
        }
        assertThat(bom.getDependencies()).extracting(Dependency::getRef).contains(productId)
                .containsAll(summary.components());
        assertThat(export(new CycloneDxExporter(), context)).as("same model, same bytes").isEqualTo(bytes);
    }

    @Test
    void theReferencesThatApplyAreProperties() throws Exception {
        Model model = BundledExamples.find("remote-backends").orElseThrow().load();
        Product product = model.products().stream().filter(p -> p.devices().contains("bulb-a")).findFirst()
                .orElseThrow();
        Bom bom = parse(export(new CycloneDxExporter(), context(model).withProduct(product.id())));
        Component bulb = bom.getComponents().stream().filter(c -> c.getBomRef().equals("bulb-a")).findFirst()
                .orElseThrow();
        assertThat(bulb.getType()).isEqualTo(Component.Type.DEVICE);
        assertThat(bulb.getProperties()).filteredOn(p -> p.getName().equals("productscope:reference"))
                .extracting(Property::getValue).contains("ETSI EN 303 645");
        Service backend = bom.getServices().stream().filter(s -> s.getBomRef().equals("bulb-a-backend"))
                .findFirst().orElseThrow();
        assertThat(backend.getProperties()).filteredOn(p -> p.getName().equals("productscope:reference"))
                .extracting(Property::getValue).contains("OWASP ASVS");
        Dependency app = bom.getDependencies().stream().filter(d -> d.getRef().equals("bulb-a-app")).findFirst()
                .orElseThrow();
        assertThat(app.getDependencies()).extracting(Dependency::getRef).contains("bulb-a-backend");
    }

    @Test
    void aModelOfSeveralProductsNeedsOneChosen() {
        Model model = BundledExamples.find("remote-backends").orElseThrow().load();
        assertThat(model.products()).hasSizeGreaterThan(1);
        assertThatThrownBy(() -> export(new CycloneDxExporter(), context(model)))
                .isInstanceOf(ExportException.class).hasMessageContaining("choose one");
    }

    @Test
    void theSerialNumberFollowsTheModelAndProduct() throws Exception {
        Model model = BundledExamples.find("remote-backends").orElseThrow().load();
        String first = model.products().get(0).id();
        String second = model.products().get(1).id();
        String a = parse(export(new CycloneDxExporter(), context(model).withProduct(first))).getSerialNumber();
        String b = parse(export(new CycloneDxExporter(), context(model).withProduct(second))).getSerialNumber();
        String renamed = parse(export(new CycloneDxExporter(), context(model.withName("Other"))
                .withProduct(first))).getSerialNumber();
        assertThat(a).isNotEqualTo(b).isNotEqualTo(renamed);
    }

    static String property(List<Property> properties, String name) {
        return properties.stream().filter(p -> p.getName().equals(name)).map(Property::getValue).findFirst()
                .orElse(null);
    }
}
