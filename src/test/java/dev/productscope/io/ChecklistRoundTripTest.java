package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.ChecklistStatus;
import dev.productscope.model.Model;
import dev.productscope.model.OwnerRole;
import dev.productscope.model.Product;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Checklist assessments and activity answers survive save and load, in a stable order. */
class ChecklistRoundTripTest {

    @Test
    void checklistAndActivitiesSurviveSaveAndLoad() throws Exception {
        Model model = BundledExamples.find("remote-backends").orElseThrow().load();
        Product product = model.product("p-bulb-a").orElseThrow()
                .withChecklistEntry("etsi-5.1", new ChecklistEntry(ChecklistStatus.NOT_APPLICABLE,
                        OwnerRole.MANUFACTURER, "No passwords: pairing is by button press.", null))
                .withChecklistEntry("ir8425-dp-1a@bulb-a", new ChecklistEntry(ChecklistStatus.MET, null, null,
                        "Test report TR-7, section 3"))
                .withActivityAnswer("a1-q1", new ActivityAnswer(AnswerStatus.ANSWERED, "Households, renters."));
        Model edited = model.withProducts(model.products().stream()
                .map(p -> p.id().equals(product.id()) ? product : p).toList());

        byte[] saved = write(edited);
        Model loaded = new ModelReader().read("saved.json", saved);

        assertThat(loaded).isEqualTo(edited);
        assertThat(write(loaded)).isEqualTo(saved);
        String text = new String(saved, StandardCharsets.UTF_8);
        assertThat(text).contains("""
                      "checklist": {
                        "etsi-5.1": {
                          "status": "not-applicable",
                          "owner": "manufacturer",
                          "justification": "No passwords: pairing is by button press."
                        },
                        "ir8425-dp-1a@bulb-a": {
                          "status": "met",
                          "evidence": "Test report TR-7, section 3"
                        }
                      },
                      "activities": {
                        "a1-q1": {
                          "status": "answered",
                          "answer": "Households, renters."
                        }
                      }""".indent(6).stripTrailing());
    }

    @Test
    void aBadChecklistEntryIsLocated() {
        String json = """
                {
                  "format": "productscope-model",
                  "version": 1,
                  "name": "m",
                  "components": [ { "id": "d", "name": "D", "kind": "iot-device", "x": 0, "y": 0 } ],
                  "products": [ { "id": "p", "name": "P", "devices": ["d"],
                    "checklist": { "doc-1a": { "status": "done", "owner": "ceo" } } } ]
                }
                """;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ModelReader().read("bad.json",
                        json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ModelFileException.class, e -> assertThat(e.problems())
                        .extracting(FileProblem::path, FileProblem::line)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("$.products[0].checklist['doc-1a'].status", 7),
                                org.assertj.core.groups.Tuple.tuple("$.products[0].checklist['doc-1a'].owner", 7)));
    }

    private static byte[] write(Model model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ModelWriter().write(model, out);
        return out.toByteArray();
    }
}
