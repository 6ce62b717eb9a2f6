package dev.productscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Analyzer;
import dev.productscope.edit.DeleteElements;
import dev.productscope.edit.SetMembership;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.CatalogReader;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.ChecklistStatus;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.OwnerRole;
import dev.productscope.model.Product;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A product's checklist follows the diagram and never drops what the team wrote. */
class ChecklistTest {

    private static final String APP_DP = "ir8425-dp-1a@bulb-a-app";

    private static Model example() {
        return BundledExamples.find("remote-backends").orElseThrow().load();
    }

    private static Checklist checklist(Model model, String productId) {
        return Checklist.of(new Applicability(CatalogReader.bundled(), Analyzer.analyze(model)), productId);
    }

    private static Model withEntry(Model model, String productId, String key, ChecklistEntry entry) {
        Product product = model.product(productId).orElseThrow().withChecklistEntry(key, entry);
        return model.withProducts(model.products().stream().map(p -> p.id().equals(productId) ? product : p).toList());
    }

    @Test
    void holdsEachTechnicalOutcomeForEachMemberAndTheProductWideOutcomes() {
        Model model = example();
        Checklist checklist = checklist(model, "p-bulb-a");
        var analysis = Analyzer.analyze(model);
        Set<String> components = Set.copyOf(checklist.items().stream().map(ChecklistItem::componentId)
                .filter(java.util.Objects::nonNull).toList());
        assertThat(components).containsExactlyInAnyOrderElementsOf(analysis.product("p-bulb-a").orElseThrow()
                .components());
        assertThat(checklist.item("8259a-software-update@bulb-a")).isPresent();
        assertThat(checklist.item(APP_DP)).isPresent();
        assertThat(checklist.item("doc-1g")).isPresent();
        assertThat(checklist.item("etsi-5.1")).isPresent();
        assertThat(checklist.item("8259a-software-update@bulb-a-app")).isEmpty();
        assertThat(checklist.orphans()).isEmpty();
        assertThat(checklist.progress()).isEqualTo(new Progress(0, checklist.items().size()));
    }

    @Test
    void countsOnlyJustifiedAssessments() {
        Model model = withEntry(example(), "p-bulb-a", APP_DP, ChecklistEntry.of(ChecklistStatus.MET));
        model = withEntry(model, "p-bulb-a", "etsi-5.1", ChecklistEntry.of(ChecklistStatus.NOT_APPLICABLE));
        Checklist checklist = checklist(model, "p-bulb-a");
        assertThat(checklist.progress().done()).isEqualTo(1);
        assertThat(checklist.unjustified()).extracting(ChecklistItem::key).containsExactly("etsi-5.1");

        model = withEntry(model, "p-bulb-a", "etsi-5.1", new ChecklistEntry(ChecklistStatus.NOT_APPLICABLE,
                OwnerRole.MANUFACTURER, "The bulb has no passwords at all.", null));
        assertThat(checklist(model, "p-bulb-a").progress().done()).isEqualTo(2);
        assertThat(checklist(model, "p-bulb-a").countsByStatus().get(ChecklistStatus.NOT_APPLICABLE)).isEqualTo(1);
    }

    @Test
    void keepsTheItemsOfAComponentThatLeavesTheProductAsOrphans() {
        Model model = withEntry(example(), "p-bulb-a", APP_DP, new ChecklistEntry(ChecklistStatus.MET, null, null,
                "pen test 2026-10"));
        Model out = new SetMembership("p-bulb-a", "bulb-a-app", MembershipToggle.OUT).apply(model);

        Checklist checklist = checklist(out, "p-bulb-a");
        ChecklistItem orphan = checklist.item(APP_DP).orElseThrow();
        assertThat(orphan.isOrphaned()).isTrue();
        assertThat(orphan.orphanReason()).contains("no longer part of the product");
        assertThat(orphan.entry().evidence()).isEqualTo("pen test 2026-10");
        assertThat(checklist.liveItems()).noneMatch(i -> "bulb-a-app".equals(i.componentId()));
        assertThat(out.product("p-bulb-a").orElseThrow().checklist()).containsKey(APP_DP);

        Model back = new SetMembership("p-bulb-a", "bulb-a-app", null).apply(out);
        assertThat(checklist(back, "p-bulb-a").item(APP_DP).orElseThrow().isOrphaned()).isFalse();
    }

    @Test
    void keepsTheItemsOfADeletedComponent() {
        Model model = withEntry(example(), "p-bulb-a", APP_DP, ChecklistEntry.of(ChecklistStatus.NOT_MET));
        Model deleted = new DeleteElements(List.of("bulb-a-app")).apply(model);

        ChecklistItem orphan = checklist(deleted, "p-bulb-a").item(APP_DP).orElseThrow();
        assertThat(orphan.orphanReason()).contains("no longer in the diagram");
        assertThat(orphan.entry().status()).isEqualTo(ChecklistStatus.NOT_MET);
    }

    @Test
    void anEntryForAnOutcomeNoCatalogKnowsIsAnOrphanToo() {
        Model model = withEntry(example(), "p-bulb-a", "acme-42", ChecklistEntry.of(ChecklistStatus.MET));
        ChecklistItem orphan = checklist(model, "p-bulb-a").item("acme-42").orElseThrow();
        assertThat(orphan.orphanReason()).contains("no outcome 'acme-42'");
        assertThat(orphan.label()).isEqualTo("acme-42");
    }
}
