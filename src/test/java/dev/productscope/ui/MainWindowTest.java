package dev.productscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.BundledExamples;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The launch path: the window opens headless on the default example and shows its title. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new ProductScopeApp().start(stage);
    }

    @Test
    void windowIsTitledAndShowsTheDefaultExample(FxRobot robot) {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("ProductScope");

        Label name = robot.lookup(".model-name").queryAs(Label.class);
        assertThat(name.getText()).isEqualTo(BundledExamples.defaultExample().load().name());
        assertThat(robot.lookup(".status-bar .label").queryAs(Label.class).getText()).contains("components");
    }
}
