package dev.productscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.ui.editor.DiagramCanvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The launch path: the editor opens headless on the default example. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;
    private FreshUser user;

    @Start
    void start(Stage primary) throws Exception {
        // A stage of its own: the application's handlers must not stay on TestFX's shared primary stage.
        this.stage = new Stage();
        user = new FreshUser();
        new ProductScopeApp().start(stage);
    }

    @AfterEach
    void forgetTheUser() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(stage::close).get();
        user.close();
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
