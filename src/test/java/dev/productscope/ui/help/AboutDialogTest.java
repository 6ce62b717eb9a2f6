package dev.productscope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.catalog.CatalogInfo;
import dev.productscope.io.CatalogReader;
import dev.productscope.io.ProgramVersion;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > About ProductScope opened over a window, as the menu opens it. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheProgramItsRuntimeCatalogsAndLibrariesThenClosesOnEscape(FxRobot robot) {
        List<CatalogInfo> catalogs = CatalogReader.bundled().layers();
        Stage[] about = new Stage[1];
        robot.interact(() -> about[0] = AboutDialog.show(owner, catalogs));

        assertThat(about[0].isShowing()).isTrue();
        assertThat(about[0].getTitle()).isEqualTo("About ProductScope");
        assertThat(about[0].getModality()).isEqualTo(Modality.WINDOW_MODAL);
        assertThat(about[0].isResizable()).isTrue();
        assertThat(robot.lookup(".about-name").queryAs(Label.class).getText()).isEqualTo("ProductScope");
        assertThat(robot.lookup(".about-dialog .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(ProgramVersion.get(), catalogs.get(0).label(), System.getProperty("javafx.runtime.version"));
        assertThat(robot.lookup(".about-dialog .hyperlink").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .contains("Apache-2.0");
        TableView<ThirdPartyLibrary> table = robot.lookup(".about-dialog .table-view").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty().anySatisfy(library -> {
            assertThat(library.displayName()).isEqualTo("atlantafx-base");
            assertThat(library.licence()).isEqualTo("MIT");
        });
        assertThat(robot.lookup("atlantafx-base").tryQuery()).as("the row is drawn").isPresent();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(about[0].isShowing()).isFalse();
    }
}
