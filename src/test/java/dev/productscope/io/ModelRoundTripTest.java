package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.ComponentKind;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.Protection;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelRoundTripTest {

    private final ModelReader reader = new ModelReader();
    private final ModelWriter writer = new ModelWriter();

    @Test
    void formatReferenceExampleLoadsWithEveryField() throws Exception {
        Model model = reader.read("format-example.json", TestFiles.bytes("format-example.json"));

        assertThat(model.name()).isEqualTo("Smart bulb with app and cloud backend");
        assertThat(model.zones()).hasSize(2);
        assertThat(model.components()).hasSize(9);
        assertThat(model.component("app").orElseThrow().hostedOn()).isEqualTo("phone");
        assertThat(model.component("remote").orElseThrow().effectiveRequired()).isFalse();
        assertThat(model.component("bridge").orElseThrow().productSpecific()).isEqualTo("p-bulb");
        assertThat(model.component("isp").orElseThrow().kind()).isEqualTo(ComponentKind.INTERNET);
        assertThat(model.flow("f1").orElseThrow().isBidirectional()).isTrue();
        assertThat(model.flow("f2").orElseThrow().dataOrEmpty()).containsExactly("commands", "credentials");
        assertThat(model.flow("f3").orElseThrow().effectiveProtection()).isEqualTo(Protection.NONE);
        assertThat(model.product("p-bulb").orElseThrow().membership()).containsEntry("remote", MembershipToggle.IN);
    }

    @Test
    void loadThenSaveGivesTheSameBytes() throws Exception {
        byte[] original = TestFiles.bytes("format-example.json");
        Model model = reader.read("format-example.json", original);

        assertThat(new String(writer.toBytes(model), StandardCharsets.UTF_8))
                .isEqualTo(new String(original, StandardCharsets.UTF_8));
    }

    @Test
    void savedFileEndsWithOneNewlineAndUsesTwoSpaceIndent() throws Exception {
        Model model = reader.read("format-example.json", TestFiles.bytes("format-example.json"));
        String text = new String(writer.toBytes(model), StandardCharsets.UTF_8);

        assertThat(text).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
        assertThat(text).contains("\n  \"zones\": [\n    {\n      \"id\": \"home\",");
    }

    @Test
    void movingOneComponentChangesTwoLines() throws Exception {
        Model model = reader.read("format-example.json", TestFiles.bytes("format-example.json"));
        Model moved = model.withComponents(model.components().stream()
                .map(c -> c.id().equals("bulb") ? c.withPosition(130, 210) : c).toList());

        String[] before = new String(writer.toBytes(model), StandardCharsets.UTF_8).split("\n");
        String[] after = new String(writer.toBytes(moved), StandardCharsets.UTF_8).split("\n");
        assertThat(after).hasSameSizeAs(before);
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            changed += before[i].equals(after[i]) ? 0 : 1;
        }
        assertThat(changed).isEqualTo(2);
    }
}
