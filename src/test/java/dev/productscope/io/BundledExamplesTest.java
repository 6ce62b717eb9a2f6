package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.ComponentKind;
import dev.productscope.model.Model;
import dev.productscope.model.ZoneKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled example loads, validates and round-trips byte for byte. */
class BundledExamplesTest {

    static Stream<BundledExamples.Example> examples() {
        return BundledExamples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void loadsValidAndRoundTripsByteIdentical(BundledExamples.Example example) throws Exception {
        byte[] bytes = example.bytes();

        Model model = new ModelReader().read(example.fileName(), bytes);

        assertThat(model.validate()).isEmpty();
        assertThat(model.products()).isNotEmpty();
        assertThat(new String(new ModelWriter().toBytes(model), StandardCharsets.UTF_8))
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(example.load()).isEqualTo(model);
    }

    @Test
    void theSevenCswp33ExamplesAndTheSmartBuildingAreBundled() {
        assertThat(BundledExamples.all()).extracting(BundledExamples.Example::id).containsExactly(
                "local-device-only", "local-management", "local-architectures", "third-party-local-tools",
                "remote-backends", "shared-cloud-backends", "cloud-backend-interoperability", "smart-building");
        assertThat(BundledExamples.defaultExample().id()).isEqualTo("remote-backends");
        assertThat(BundledExamples.find("remote-backends.json")).contains(BundledExamples.defaultExample());
        assertThat(BundledExamples.find("nope")).isEmpty();
    }

    @Test
    void remoteBackendsHasAThirdPartyCloudAndAManufacturerDataCentre() {
        Model model = BundledExamples.defaultExample().load();

        assertThat(model.zones()).extracting(z -> z.kind())
                .contains(ZoneKind.CUSTOMER_ENVIRONMENT, ZoneKind.THIRD_PARTY_CLOUD, ZoneKind.MANUFACTURER_DATA_CENTER);
        assertThat(model.products()).hasSize(3);
        assertThat(model.components()).filteredOn(c -> c.kind() == ComponentKind.BACKEND).hasSize(2)
                .allSatisfy(backend -> assertThat(backend.hostedOn()).isNotNull());
    }

    @Test
    void smartBuildingIsLargeEnoughForDemosAndBenchmarks() {
        Model model = BundledExamples.find("smart-building").orElseThrow().load();

        assertThat(model.components()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(model.products()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(model.zones()).filteredOn(z -> z.kind() == ZoneKind.CUSTOMER_ENVIRONMENT).hasSize(2);
        assertThat(model.zones()).filteredOn(z -> z.kind() == ZoneKind.MANUFACTURER_DATA_CENTER).hasSize(1);
        assertThat(model.zones()).filteredOn(z -> z.kind() == ZoneKind.THIRD_PARTY_CLOUD).hasSize(2);
    }

    @Test
    void extractWritesEveryExampleAsShipped(@TempDir Path folder) throws Exception {
        BundledExamples.extractTo(folder.resolve("out"));

        for (BundledExamples.Example example : BundledExamples.all()) {
            assertThat(Files.readAllBytes(folder.resolve("out").resolve(example.fileName()))).isEqualTo(example.bytes());
        }
    }
}
