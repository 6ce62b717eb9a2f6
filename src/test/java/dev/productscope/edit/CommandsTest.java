package dev.productscope.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.productscope.io.BundledExamples;
import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Medium;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Protection;
import dev.productscope.model.Sector;
import dev.productscope.model.Zone;
import dev.productscope.model.ZoneKind;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every command's do and undo, on the bundled "remote backends" example. */
class CommandsTest {

    private Model initial;
    private CommandStack stack;

    @BeforeEach
    void open() {
        initial = BundledExamples.defaultExample().load();
        stack = new CommandStack(initial);
    }

    private Model doAndUndo(Command command) {
        stack.execute(command);
        Model after = stack.model();
        assertThat(after).isNotEqualTo(initial);
        assertThat(after.validate()).isEmpty();
        stack.undo();
        assertThat(stack.model()).isEqualTo(initial);
        stack.redo();
        assertThat(stack.model()).isEqualTo(after);
        return after;
    }

    @Test
    void addElementsAppendsThemAndUndoRemovesThem() {
        Component lamp = Component.of("lamp", "Desk lamp", ComponentKind.IOT_DEVICE, "home", 100, 100);
        Link link = new Link("l-lamp", "lamp", "router", Medium.WIFI);
        Product product = new Product("p-lamp", "Desk lamp", List.of("lamp"), Sector.CONSUMER);

        Model after = doAndUndo(AddElements.of("Add desk lamp", lamp, link, product));

        assertThat(after.components()).last().isEqualTo(lamp);
        assertThat(after.links()).last().isEqualTo(link);
        assertThat(after.products()).last().isEqualTo(product);
    }

    @Test
    void addingAnElementWithATakenIdIsRefused() {
        Zone clash = new Zone("router", "Clash", ZoneKind.CUSTOMER_ENVIRONMENT, 0, 0, 10, 10);

        assertThatThrownBy(() -> stack.execute(AddElements.of("Add zone", clash)))
                .isInstanceOf(CommandException.class).hasMessageContaining("'router' is already used");
        assertThat(stack.model()).isSameAs(initial);
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void moveShiftsComponentsAndAZoneCarriesItsComponents() {
        Zone home = initial.zones().get(0);
        Model after = doAndUndo(new MoveElements(List.of(home.id()), 10, -5));

        assertThat(after.zone(home.id()).orElseThrow().x()).isEqualTo(home.x() + 10);
        Component router = initial.component("router").orElseThrow();
        assertThat(after.component("router").orElseThrow().y()).isEqualTo(router.y() - 5);
        Component backend = initial.component("bulb-a-backend").orElseThrow();
        assertThat(after.component("bulb-a-backend")).contains(backend);
    }

    @Test
    void replaceElementRenamesAndChangesTraits() {
        Component router = initial.component("router").orElseThrow();

        Model after = doAndUndo(new ReplaceElement("Rename 'router'", router.withName("Home gateway")));

        assertThat(after.component("router").orElseThrow().name()).isEqualTo("Home gateway");
        assertThatThrownBy(() -> stack.execute(new ReplaceElement("Change",
                router.withHostedOn("internet")))).isInstanceOf(CommandException.class)
                .hasMessageContaining("cannot be hosted");
    }

    @Test
    void setMembershipTogglesAndGoesBackToDerived() {
        Model in = doAndUndo(new SetMembership("p-tv", "router", MembershipToggle.IN));
        assertThat(in.product("p-tv").orElseThrow().membership()).containsEntry("router", MembershipToggle.IN);

        stack.execute(new SetMembership("p-tv", "router", null));
        assertThat(stack.model().product("p-tv").orElseThrow().membership()).doesNotContainKey("router");
        assertThat(stack.model()).isEqualTo(initial);
    }

    @Test
    void deleteRemovesWhatCannotStandWithoutIt() {
        Model after = doAndUndo(new DeleteElements(List.of("phone")));

        assertThat(after.component("phone")).isEmpty();
        assertThat(after.component("bulb-a-app")).as("software hosted on the phone").isEmpty();
        assertThat(after.links()).noneMatch(l -> l.touches("phone"));
        assertThat(after.flows()).noneMatch(f -> f.touches("bulb-a-app"));
    }

    @Test
    void deletingAZoneKeepsItsComponentsWithoutAZone() {
        String home = initial.zones().get(0).id();

        Model after = doAndUndo(new DeleteElements(List.of(home)));

        assertThat(after.component("router").orElseThrow().zone()).isNull();
    }

    @Test
    void aProductsLastDeviceCannotBeDeletedAlone() {
        assertThatThrownBy(() -> stack.execute(new DeleteElements(List.of("tv"))))
                .isInstanceOf(CommandException.class).hasMessageContaining("only device of product");
        assertThat(stack.model()).isSameAs(initial);

        Model after = doAndUndo(new DeleteElements(List.of("tv", "p-tv")));
        assertThat(after.product("p-tv")).isEmpty();
    }

    @Test
    void deletingAProductClearsWhatWasSpecificToIt() {
        CommandStack local = new CommandStack(BundledExamples.find("local-architectures").orElseThrow().load());

        local.execute(new DeleteElements(List.of("p-bulb-a", "bulb-a")));

        assertThat(local.model().component("bulb-bridge").orElseThrow().productSpecific()).isNull();
    }

    @Test
    void deletingRouteEquipmentDropsPinnedRoutesThroughIt() {
        Flow pinned = new Flow("f-pinned", "bulb-a", "bulb-a-backend", null, null, null, Protection.NONE,
                List.of("router", "internet"), null);
        stack.execute(AddElements.of("Add flow", pinned));

        stack.execute(new DeleteElements(List.of("internet")));

        assertThat(stack.model().flow("f-pinned").orElseThrow().via()).isNull();
    }

    @Test
    void changeModelInfo() {
        Model after = doAndUndo(new ChangeModelInfo("Renamed", ""));

        assertThat(after.name()).isEqualTo("Renamed");
        assertThat(after.description()).isNull();
    }

    @Test
    void compositeIsOneStepWithOneName() {
        Component a = Component.of("sensor-1", "Sensor", ComponentKind.IOT_DEVICE, "home", 0, 0);
        Component b = Component.of("sensor-2", "Sensor", ComponentKind.IOT_DEVICE, "home", 50, 0);
        CompositeCommand paste = new CompositeCommand("Paste 2 items", List.of(AddElements.of("a", a),
                AddElements.of("b", b), new MoveElements(List.of("sensor-1", "sensor-2"), 5, 5)));

        Model after = doAndUndo(paste);

        assertThat(stack.undoName()).isEqualTo("Paste 2 items");
        assertThat(after.component("sensor-2").orElseThrow().x()).isEqualTo(55);
    }

    @Test
    void idsAreReadableAndUnique() {
        assertThat(Ids.unique(initial, "Smart Bulb!", List.of())).isEqualTo("smart-bulb");
        assertThat(Ids.unique(initial, "router", List.of())).isEqualTo("router-2");
        assertThat(Ids.unique(initial, "router", List.of("router-2"))).isEqualTo("router-3");
        assertThat(Ids.unique(initial, "%%%", List.of())).isEqualTo("item");
    }
}
