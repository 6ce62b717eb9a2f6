package dev.productscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.BundledExamples;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import dev.productscope.render.Rect;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Builds CSWP 33's "remote backends" example from an empty model with mouse and keyboard only,
 * and checks the result has the bundled example's structure (positions aside).
 */
@ExtendWith(ApplicationExtension.class)
class BuildExampleByHandTest {

    private EditorHarness editor;
    private EditorViewModel viewModel;
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) throws Exception {
        editor = EditorHarness.open(stage, 1260, 780);
        viewModel = editor.viewModel;
        canvas = editor.canvas;
    }

    @AfterEach
    void forget() throws Exception {
        editor.close();
    }

    @Test
    void theRemoteBackendsExampleCanBeBuiltByHand(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(viewModel.getModel().components()).isEmpty();
        // The whole drawing (about x 140 to 1240) fits the canvas between the palette and the side panes.
        robot.interact(() -> canvas.showFrom(80, -40, 0.55));

        place(robot, "Customer environment", 240, 190, "Customer home");
        resizeZoneTo(robot, "Customer home", 740, 740);
        place(robot, "Third-party cloud", 1120, 210, "Third-party cloud provider");
        place(robot, "Manufacturer data centre", 1120, 580, "TV maker's data centre");

        place(robot, "Smartphone", 380, 220, "Customer's smartphone");
        place(robot, "PC", 400, 680, "Customer's desktop PC");
        place(robot, "IoT device", 160, 420, "Smart lightbulb A");
        place(robot, "IoT device", 160, 600, "Smart lightbulb B");
        place(robot, "IoT gateway / hub", 360, 470, "IoT gateway (Bluetooth/Zigbee hub)");
        place(robot, "Wi-Fi router", 600, 390, "Wi-Fi router");
        place(robot, "IoT device", 600, 620, "Smart TV");
        place(robot, "Internet", 830, 390, "Internet (ISP)");
        place(robot, "Cloud platform", 1120, 270, "Cloud hosting platform");
        place(robot, "Data centre hardware", 1120, 650, "Manufacturer's servers");
        placeOn(robot, "Mobile app", "Customer's smartphone", "Bulb A companion app");
        placeOn(robot, "Desktop app", "Customer's desktop PC", "Bulb B desktop app");
        placeOn(robot, "Backend", "Cloud hosting platform", "Bulb A cloud backend");
        placeOn(robot, "Backend", "Manufacturer's servers", "TV service backend");

        connect(robot, "Smart lightbulb A", "IoT gateway (Bluetooth/Zigbee hub)", "zigbee");
        connect(robot, "Smart lightbulb B", "IoT gateway (Bluetooth/Zigbee hub)", "bluetooth");
        connect(robot, "IoT gateway (Bluetooth/Zigbee hub)", "Wi-Fi router", "ethernet");
        connect(robot, "Customer's smartphone", "Wi-Fi router", "wifi");
        connect(robot, "Customer's desktop PC", "Wi-Fi router", "ethernet");
        connect(robot, "Smart TV", "Wi-Fi router", "wifi");
        connect(robot, "Wi-Fi router", "Internet (ISP)", "internet");
        connect(robot, "Internet (ISP)", "Cloud hosting platform", "internet");
        connect(robot, "Internet (ISP)", "Manufacturer's servers", "internet");

        flow(robot, "Smart lightbulb A", "Bulb A cloud backend", "application", "Status and remote commands",
                "bulb state, energy use, commands");
        flow(robot, "Bulb A companion app", "Bulb A cloud backend", "transport", "Remote control and schedules",
                "commands, schedules, account credentials");
        flow(robot, "Bulb B desktop app", "Smart lightbulb B", "application", "Local control",
                "commands, bulb status");
        flow(robot, "Smart TV", "TV service backend", "application", "Content catalogue and updates",
                "viewing preferences, device status, firmware updates");

        addProduct(robot, "Smart lightbulb A", "Smart lightbulb A (cloud backend)");
        addProduct(robot, "Smart TV", "Smart TV (manufacturer backend)");
        addProduct(robot, "Smart lightbulb B", "Smart lightbulb B (local only)");

        // A toggle, an undo and a redo, then back to the derived decision.
        String tvProduct = productId("Smart TV (manufacturer backend)");
        robot.rightClickOn(centreOf("Wi-Fi router"));
        editor.choose(robot, "'Smart TV (manufacturer backend)': out (M4)", "In the product");
        assertThat(viewModel.getAnalysis().productsOf(id("Wi-Fi router"))).contains(tvProduct);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(viewModel.getAnalysis().productsOf(id("Wi-Fi router"))).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(viewModel.getAnalysis().productsOf(id("Wi-Fi router"))).contains(tvProduct);
        robot.rightClickOn(centreOf("Wi-Fi router"));
        editor.choose(robot, "'Smart TV (manufacturer backend)': in (set by hand)", "Derived: out (M4)");

        Model built = viewModel.getModel();
        Model expected = BundledExamples.defaultExample().load();
        assertThat(built.validate()).isEmpty();
        assertThat(structure(built)).isEqualTo(structure(expected));
        assertThat(viewModel.getAnalysis().findings()).extracting(f -> f.rule())
                .containsExactly("unprotected-out-of-product-crossing");
    }

    // --- what a person does ---

    private void place(FxRobot robot, String paletteLabel, double x, double y, String name) {
        robot.clickOn(paletteCell(robot, paletteLabel));
        robot.clickOn(at(x, y));
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(name, 0).type(KeyCode.ENTER);
        assertThat(named(name)).as("placed " + name).isTrue();
    }

    private void placeOn(FxRobot robot, String paletteLabel, String hostName, String name) {
        robot.clickOn(paletteCell(robot, paletteLabel));
        robot.clickOn(centreOf(hostName));
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(name, 0).type(KeyCode.ENTER);
        Component placed = component(name);
        assertThat(placed.hostedOn()).as(name + " hosted on " + hostName).isEqualTo(id(hostName));
    }

    private void resizeZoneTo(FxRobot robot, String zoneName, double maxX, double maxY) {
        Zone zone = viewModel.getModel().zones().stream().filter(z -> z.name().equals(zoneName)).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            viewModel.selection().clear();
            viewModel.selection().add(zone.id());
        });
        robot.drag(at(zone.x() + zone.width(), zone.y() + zone.height()), MouseButton.PRIMARY)
                .moveTo(at((zone.x() + zone.width() + maxX) / 2, (zone.y() + zone.height() + maxY) / 2))
                .moveTo(at(maxX, maxY)).drop();
        Zone resized = viewModel.getModel().zone(zone.id()).orElseThrow();
        assertThat(resized.x() + resized.width()).isCloseTo(maxX, org.assertj.core.data.Offset.offset(10.0));
    }

    /** Selects a component and drags its connector onto another, which opens the connect menu. */
    private void dragConnector(FxRobot robot, String fromName, String toName) {
        robot.clickOn(centreOf(fromName));
        Rect bounds = canvas.geometry().componentBounds(id(fromName)).orElseThrow();
        robot.drag(at(bounds.maxX() + 8 / canvas.zoom(), bounds.centreY()), MouseButton.PRIMARY)
                .moveTo(centreOf(toName)).drop();
    }

    private void connect(FxRobot robot, String fromName, String toName, String medium) {
        dragConnector(robot, fromName, toName);
        Component from = component(fromName);
        Component to = component(toName);
        String a = from.isHosted() ? from.hostedOn() : from.id();
        String b = to.isHosted() ? to.hostedOn() : to.id();
        editor.choose(robot, "Link " + a + " – " + b, medium);
    }

    private void flow(FxRobot robot, String fromName, String toName, String protection, String label, String data) {
        dragConnector(robot, fromName, toName);
        editor.choose(robot, "Flow " + id(fromName) + " → " + id(toName), protection + " protection");
        String flowId = viewModel.selection().iterator().next();
        Rect labelArea = canvas.geometry().flowLabel(flowId).orElseThrow();
        robot.doubleClickOn(at(labelArea.centreX(), labelArea.centreY()));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(label, 0).type(KeyCode.ENTER);
        assertThat(viewModel.getModel().flow(flowId).orElseThrow().label()).isEqualTo(label);
        robot.interact(() -> {
            viewModel.selection().clear();
            viewModel.selection().add(flowId);
        });
        robot.clickOn(propertyEditor(robot, "Both ways"));
        Node dataEditor = propertyEditor(robot, "Data");
        robot.clickOn(dataEditor).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(data, 0);
        robot.clickOn(centreOf(fromName));
        Flow made = viewModel.getModel().flow(flowId).orElseThrow();
        assertThat(made.isBidirectional()).isTrue();
        assertThat(String.join(", ", made.dataOrEmpty())).isEqualTo(data);
    }

    private void addProduct(FxRobot robot, String deviceName, String productName) {
        robot.clickOn(centreOf(deviceName));
        robot.clickOn("Add…");
        WaitForAsyncUtils.waitForFxEvents();
        Node field = robot.lookup(".dialog-pane .text-field").query();
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(productName, 0)
                .type(KeyCode.ENTER);
        assertThat(productId(productName)).isNotNull();
    }

    // --- finding things on screen ---

    private Node paletteCell(FxRobot robot, String label) {
        return robot.lookup(".palette-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> cell && cell.getItem() instanceof PaletteEntry e
                        && e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no palette entry " + label));
    }

    /** The editor control next to a property's name in the property sheet. */
    private Node propertyEditor(FxRobot robot, String propertyName) {
        WaitForAsyncUtils.waitForFxEvents();
        Label name = robot.lookup(".property-sheet .label").queryAllAs(Label.class).stream()
                .filter(l -> propertyName.equals(l.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + propertyName));
        GridPane grid = (GridPane) name.getParent();
        Integer row = GridPane.getRowIndex(name);
        return grid.getChildren().stream().filter(n -> n != name && row.equals(GridPane.getRowIndex(n)))
                .findFirst().orElseThrow();
    }

    private Point2D at(double modelX, double modelY) {
        WaitForAsyncUtils.waitForFxEvents();
        return canvas.screenPointOf(modelX, modelY);
    }

    private Point2D centreOf(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Rect bounds = canvas.geometry().componentBounds(id(name)).orElseThrow();
        return canvas.screenPointOf(bounds.centreX(), bounds.centreY());
    }

    private boolean named(String name) {
        return viewModel.getModel().components().stream().anyMatch(c -> c.name().equals(name))
                || viewModel.getModel().zones().stream().anyMatch(z -> z.name().equals(name));
    }

    private Component component(String name) {
        return viewModel.getModel().components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no component named " + name));
    }

    private String id(String name) {
        return component(name).id();
    }

    private String productId(String name) {
        return viewModel.getModel().products().stream().filter(p -> p.name().equals(name)).map(Product::id)
                .findFirst().orElse(null);
    }

    // --- the structure compared: names instead of ids, positions aside ---

    static Set<String> structure(Model model) {
        Set<String> facts = new TreeSet<>();
        java.util.function.Function<String, String> name = id -> model.component(id).map(Component::name)
                .or(() -> model.zone(id).map(Zone::name)).orElse(id);
        for (Zone zone : model.zones()) {
            facts.add("zone " + zone.kind().id() + " " + zone.name());
        }
        for (Component c : model.components()) {
            facts.add("component " + c.kind().id() + " " + c.name() + " in " + (c.zone() == null ? "-" : name.apply(c.zone()))
                    + " on " + (c.hostedOn() == null ? "-" : name.apply(c.hostedOn())) + " required "
                    + c.effectiveRequired() + " developer " + c.effectiveDeveloper() + " access "
                    + c.effectiveApplicationLayerAccess());
        }
        for (Link link : model.links()) {
            TreeSet<String> ends = new TreeSet<>(List.of(name.apply(link.a()), name.apply(link.b())));
            facts.add("link " + ends + " " + link.medium().id());
        }
        for (Flow flow : model.flows()) {
            facts.add("flow " + name.apply(flow.from()) + " -> " + name.apply(flow.to()) + " '" + flow.label() + "' "
                    + flow.effectiveProtection().id() + " both " + flow.isBidirectional() + " " + flow.dataOrEmpty());
        }
        for (Product product : model.products()) {
            facts.add("product " + product.name() + " " + product.devices().stream().map(name).toList() + " "
                    + product.effectiveSector().id() + " " + product.membership());
        }
        return facts;
    }
}
