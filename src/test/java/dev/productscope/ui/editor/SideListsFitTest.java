package dev.productscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.edit.ReplaceElement;
import dev.productscope.model.Product;
import dev.productscope.ui.settings.Theme;
import dev.productscope.ui.settings.ThemeSwitcher;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The palette and the products list in the default (Light) theme, whose font is larger than
 * JavaFX's own: names fit the list's width, and what cannot fit ends in an ellipsis, never
 * behind a horizontal scroll bar.
 */
@ExtendWith(ApplicationExtension.class)
class SideListsFitTest {

    private EditorHarness editor;

    @Start
    void start(Stage stage) throws Exception {
        editor = EditorHarness.openWithDock(stage, 1280, 800);
        ThemeSwitcher.apply(Theme.LIGHT);
    }

    @AfterEach
    void forget() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> ThemeSwitcher.apply(Theme.CLASSIC));
        WaitForAsyncUtils.waitForFxEvents();
        editor.close();
    }

    @Test
    void everyPaletteNameShowsWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> palette = robot.lookup("#palette").queryAs(ListView.class);
        List<Node> cells = robot.from(palette).lookup(".palette-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getItem() != null).toList();

        assertThat(cells).hasSize(PaletteEntry.all().size());
        for (Node node : cells) {
            PaletteEntry entry = (PaletteEntry) ((ListCell<?>) node).getItem();
            assertThat(shownText(node)).as("palette entry %s", entry.id()).isEqualTo(entry.label());
        }
        assertThat(horizontalBarShown(palette)).as("the palette scrolls sideways").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLongProductNameEndsInAnEllipsisAndTheTooltipHasItWhole(FxRobot robot) {
        Product tv = editor.viewModel.getModel().product("p-tv").orElseThrow();
        String name = "Living-room television with the voice assistant and the set-top box";
        robot.interact(() -> editor.viewModel.execute(new ReplaceElement("Rename", tv.withName(name))));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<Product> products = robot.lookup("#products").queryAs(ListView.class);
        ListCell<Product> cell = robot.from(products).lookup(".list-cell").queryAll().stream()
                .map(n -> (ListCell<Product>) n)
                .filter(c -> c.getItem() != null && c.getItem().id().equals("p-tv")).findFirst().orElseThrow();
        Label nameLabel = robot.from(cell).lookup(".label").queryAll().stream().map(n -> (Label) n)
                .filter(l -> l.getText().startsWith(name)).findFirst().orElseThrow();

        assertThat(shownText(nameLabel)).as("what the name label shows").endsWith("...")
                .startsWith("Living-room").hasSizeLessThan(nameLabel.getText().length());
        assertThat(cell.getTooltip().getText()).startsWith(name + "  (");
        assertThat(horizontalBarShown(products)).as("the products list scrolls sideways").isFalse();
    }

    /** The text a labelled control draws, after any ellipsis. */
    private static String shownText(Node labelled) {
        return labelled.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .filter(t -> t != null && !t.isEmpty()).findFirst().orElse("");
    }

    private static boolean horizontalBarShown(ListView<?> list) {
        return list.lookupAll(".scroll-bar").stream().map(n -> (ScrollBar) n)
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }
}
