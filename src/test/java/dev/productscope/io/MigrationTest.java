package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.productscope.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Older files go through the migration chain before they are decoded. */
class MigrationTest {

    /**
     * A made-up version 0, to exercise the hook: it called components "nodes" and stored the
     * position as {"pos": [x, y]}.
     */
    static final class NodesToComponents implements Migration {
        @Override
        public int fromVersion() {
            return 0;
        }

        @Override
        public ObjectNode migrate(ObjectNode root) {
            JsonNode nodes = root.remove("nodes");
            for (JsonNode node : nodes) {
                ObjectNode component = (ObjectNode) node;
                JsonNode pos = component.remove("pos");
                component.set("x", pos.get(0));
                component.set("y", pos.get(1));
            }
            ObjectNode upgraded = root.objectNode();
            root.fields().forEachRemaining(e -> {
                upgraded.set(e.getKey(), e.getValue());
                if (e.getKey().equals("zones")) {
                    upgraded.set("components", nodes);
                }
            });
            return upgraded;
        }
    }

    @Test
    void aVersionZeroFileIsUpgradedOnLoadAndSavesAsTheCurrentVersion() throws Exception {
        ModelReader reader = new ModelReader(ReadLimits.DEFAULT, List.of(new NodesToComponents()));

        Model model = reader.read("v0.json", TestFiles.bytes("version-0.json"));

        Model current = new ModelReader().read("mini.json", TestFiles.bytes("mini.json"));
        assertThat(model).isEqualTo(current);
        assertThat(new ModelWriter().toBytes(model)).isEqualTo(TestFiles.bytes("mini.json"));
    }

    @Test
    void withoutAMigrationAnOldFileIsRefusedWithItsVersion() {
        ModelFileException error = catchThrowableOfType(ModelFileException.class,
                () -> new ModelReader().read("v0.json", TestFiles.bytes("version-0.json")));

        FileProblem problem = error.problems().get(0);
        assertThat(problem.path()).isEqualTo("$.version");
        assertThat(problem.message()).isEqualTo("the file is format version 0, which this program cannot upgrade;"
                + " it reads versions 1 to 1");
    }

    @Test
    void problemsInAnUpgradedFileAreStillReportedWithPaths() {
        ModelReader reader = new ModelReader(ReadLimits.DEFAULT, List.of(new NodesToComponents()));
        byte[] broken = new String(TestFiles.bytes("version-0.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"zone\": \"home\"", "\"zone\": \"garden\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ModelFileException error = catchThrowableOfType(ModelFileException.class, () -> reader.read("v0.json", broken));

        assertThat(error.problems()).extracting(FileProblem::path).contains("$.components[0].zone");
        assertThat(error.problems().get(0).message()).contains("zone 'garden', which does not exist");
    }
}
