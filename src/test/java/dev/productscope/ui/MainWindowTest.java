package dev.productscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.ui.editor.DiagramCanvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The launch path: the editor opens headless on the default example. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new ProductScopeApp().start(stage);
    }

    @Test
    void theEditorOpensOnTheDefaultExample(FxRobot robot) {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Remote backends — ProductScope");
        assertThat(robot.lookup(".diagram-canvas").queryAs(DiagramCanvas.class)).isNotNull();
        assertThat(robot.lookup(".list-view").queryAllAs(ListView.class)).isNotEmpty();
        assertThat(robot.lookup(".status-bar .label").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().contains("14 components"));
    }
}
