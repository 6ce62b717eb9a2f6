package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.Model;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Keys that start with x- are kept and written back unchanged, at every level. */
class ExtensionDataTest {

    @Test
    void extensionKeysAtEveryLevelSurviveLoadAndSaveByteForByte() throws Exception {
        byte[] original = TestFiles.bytes("extensions.json");

        Model model = new ModelReader().read("extensions.json", original);

        assertThat(new String(new ModelWriter().toBytes(model), StandardCharsets.UTF_8))
                .isEqualTo(new String(original, StandardCharsets.UTF_8));
    }

    @Test
    void extensionValuesAreKeptAsWritten() throws Exception {
        Model model = new ModelReader().read("extensions.json", TestFiles.bytes("extensions.json"));

        assertThat(model.extensions().values()).containsEntry("x-generator",
                "{\"tool\":\"hand\",\"rev\":1.50,\"tags\":[\"a\",\"b\"],\"nested\":{\"deep\":[1,{\"k\":null}]}}");
        assertThat(model.zones().get(0).extensions().values()).containsEntry("x-colour", "\"#ffeecc\"");
        assertThat(model.components().get(0).extensions().values()).containsEntry("x-notes", "[\"check firmware\",2]");
        assertThat(model.links().get(0).extensions().values()).containsKey("x-cable");
        assertThat(model.flows().get(0).extensions().values()).containsEntry("x-rate", "0.25");
        assertThat(model.products().get(0).extensions().values()).containsEntry("x-sku", "\"SB-100\"");
    }

    @Test
    void editingTheModelKeepsExtensionData() throws Exception {
        Model model = new ModelReader().read("extensions.json", TestFiles.bytes("extensions.json"));
        Model renamed = model.withComponents(model.components().stream()
                .map(c -> c.withName(c.name() + " 2")).toList());

        Model reloaded = new ModelReader().read("saved.json", new ModelWriter().toBytes(renamed));

        assertThat(reloaded.components().get(0).extensions()).isEqualTo(model.components().get(0).extensions());
        assertThat(reloaded.components().get(0).name()).isEqualTo("Bulb 2");
    }
}
