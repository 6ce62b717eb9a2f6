package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.productscope.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each broken file is refused with a message that names where and what. */
class MalformedFilesTest {

    private final ModelReader reader = new ModelReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty.json                          | $                                 | 0  | the file is empty
        not-json.json                       | $                                 | 1  | invalid JSON: Unrecognized token 'this'
        truncated.json                      | $.components[2].x                 | 39 | invalid JSON: Unexpected end-of-input
        invalid-utf8.json                   | $.name                            | 4  | Invalid UTF-8 start byte 0xff
        utf16.json                          | $                                 | 1  | the file is not UTF-8
        trailing-content.json               | $                                 | 84 | unexpected content after the end
        duplicate-key.json                  | $.name                            | 5  | the key 'name' appears twice
        root-array.json                     | $                                 | 1  | a model file is a JSON object, but this one is an array
        wrong-format.json                   | $.format                          | 2  | this is not a ProductScope model: expected "productscope-model", found the text "drawio"
        missing-format.json                 | $                                 | 1  | missing the key 'format'
        missing-version.json                | $                                 | 1  | missing the key 'version'
        newer-version.json                  | $.version                         | 3  | the file is format version 2, newer than this program reads (up to version 1)
        version-as-text.json                | $.version                         | 3  | expected a whole number, found the text "1"
        null-name.json                      | $.name                            | 4  | expected text, found null
        coordinate-as-text.json             | $.components[1].x                 | 30 | expected a number, found the text "100"
        zones-not-array.json                | $.zones                           | 5  | expected an array, found an object
        component-not-object.json           | $.components[2]                   | 33 | expected an object, found the text "phone"
        unknown-key.json                    | $.components[0].colour            | 24 | unknown key 'colour' in component 'bulb'; allowed keys are id, name, kind
        unknown-top-level-key.json          | $.author                          | 83 | unknown key 'author' in the model
        unknown-component-kind.json         | $.components[0].kind              | 20 | unknown component kind 'iot-thing'; expected one of iot-device
        unknown-zone-kind.json              | $.zones[0].kind                   | 9  | unknown zone kind 'house'; expected one of customer-environment
        unknown-medium.json                 | $.links[1].medium                 | 61 | unknown medium 'carrier-pigeon'
        unknown-protection.json             | $.flows[0].protection             | 70 | unknown protection 'tls'; expected one of none, transport, application
        unknown-sector.json                 | $.products[0].sector              | 80 | unknown sector 'retail'
        unknown-membership.json             | $.products[0].membership.router   | 82 | unknown membership 'maybe' for 'router'; expected in or out
        missing-required-key.json           | $.components[0]                   | 17 | component 'bulb' is missing the required key 'kind'
        duplicate-id.json                   | $.links[0].id                     | 52 | id 'bulb' is already used at $.components[0]
        invalid-id.json                     | $.zones[0].id                     | 7  | zone id 'my home' is not a valid id
        dangling-zone.json                  | $.components[0].zone              | 21 | component 'bulb' is in zone 'house', which does not exist
        dangling-host.json                  | $.components[3].hostedOn          | 45 | component 'app' is hosted on 'phone2', which does not exist
        dangling-link-end.json              | $.links[0].b                      | 54 | link 'l1' attaches 'modem', which is not a component
        dangling-flow-end.json              | $.flows[0].to                     | 68 | flow 'f1' ends at 'lamp', which is not a component
        dangling-via.json                   | $.flows[0].via[0]                 | 72 | flow 'f1' is routed via 'switch', which is not a component
        dangling-device.json                | $.products[0].devices[0]          | 78 | product 'p' lists device 'lamp', which does not exist
        dangling-product-specific.json      | $.components[1].productSpecific   | 32 | component 'router' is specific to product 'p-lamp', which does not exist
        dangling-membership.json            | $.products[0].membership.ghost    | 82 | product 'p' toggles membership of 'ghost', which is not a component
        self-link.json                      | $.links[0].b                      | 54 | link 'l1' connects 'bulb' to itself
        self-flow.json                      | $.flows[0].to                     | 68 | flow 'f1' goes from 'app' to itself
        product-without-devices.json        | $.products[0].devices             | 77 | product 'p' has no devices
        product-device-not-iot-device.json  | $.products[0].devices[0]          | 78 | product 'p' lists 'router' as a device, but it is a wifi-router; devices must be iot-device components
        hosted-on-non-host.json             | $.components[3].hostedOn          | 45 | component 'app' is hosted on 'router', a wifi-router, which cannot host software
        device-hosted.json                  | $.components[0].hostedOn          | 24 | component 'bulb' is an iot-device, which cannot be hosted
        link-to-hosted-software.json        | $.links[1].a                      | 59 | link 'l2' attaches 'app', which is software running on 'phone'; attach the link to 'phone' instead
        negative-size.json                  | $.zones[0].width                  | 12 | zone 'home' has width -5; sizes must be greater than 0
        zero-component-size.json            | $.components[0].height            | 24 | component 'bulb' has height 0; sizes must be greater than 0
        """)
    void isRefusedWithPathLineAndMessage(String fixture, String path, int line, String message) {
        ModelFileException error = readFails(fixture);

        assertThat(error.problems()).hasSize(1);
        FileProblem problem = error.problems().get(0);
        assertThat(problem.file()).isEqualTo(fixture);
        assertThat(problem.path()).isEqualTo(path);
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).contains(message);
        assertThat(error.getMessage()).contains(fixture).contains(path);
    }

    @Test
    void everyProblemOfAFileIsReportedInFileOrder() {
        ModelFileException error = readFails("several-problems.json");

        assertThat(error.problems()).extracting(FileProblem::path)
                .containsExactly("$.components[0].zone", "$.links[0].b", "$.products[0].devices[0]");
        assertThat(error.problems()).extracting(FileProblem::line).isSorted();
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        Model model = reader.read("with-bom.json", TestFiles.bytes("malformed/with-bom.json"));

        assertThat(model.name()).isEqualTo("Mini");
    }

    @Test
    void problemsReadFromDiskNameTheFileAndItsLine(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("broken.json");
        Files.write(file, TestFiles.bytes("malformed/dangling-zone.json"));

        ModelFileException error = catchThrowableOfType(ModelFileException.class, () -> reader.read(file));

        assertThat(error.problems().get(0).toString())
                .isEqualTo(file + ":21:7: $.components[0].zone: component 'bulb' is in zone 'house', which does"
                        + " not exist");
    }

    @Test
    void aMissingFileIsReportedNotThrownRaw(@TempDir Path folder) {
        Path missing = folder.resolve("nope.json");

        assertThatThrownBy(() -> reader.read(missing)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("nope.json").hasMessageContaining("does not exist");
    }

    @Test
    void malformedFixturesAreAllCovered() throws Exception {
        List<String> listed;
        try (var files = Files.list(Path.of(getClass().getResource("malformed").toURI()))) {
            listed = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(listed).hasSizeGreaterThanOrEqualTo(47);
        for (String fixture : listed) {
            if (!fixture.equals("with-bom.json")) {
                assertThat(readFails(fixture).problems()).as(fixture).isNotEmpty();
            }
        }
    }

    private ModelFileException readFails(String fixture) {
        byte[] bytes = TestFiles.bytes("malformed/" + fixture);
        return catchThrowableOfType(ModelFileException.class, () -> reader.read(fixture, bytes));
    }
}
