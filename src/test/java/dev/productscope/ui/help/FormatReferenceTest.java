package dev.productscope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > File Format Reference opened over a window, as the menu opens it. */
@ExtendWith(ApplicationExtension.class)
class FormatReferenceTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void showsTheReadmesSectionWithItsActionsThenClosesOnEscape(FxRobot robot) {
        Stage[] window = new Stage[1];
        robot.interact(() -> window[0] = FormatReference.show(owner));

        assertThat(window[0].getTitle()).isEqualTo("File Format Reference");
        assertThat(window[0].isResizable()).isTrue();
        VBox page = robot.lookup(".format-reference .markdown").queryAs(VBox.class);
        assertThat(MarkdownView.shownText(page)).startsWith("File format\n").contains("Deterministic saving")
                .doesNotContain("Project layout").doesNotContain("**");
        TextArea example = robot.lookup(".format-reference .md-code-block").queryAs(TextArea.class);
        assertThat(example.getText()).as("the example, to select and copy").startsWith("\"products\": [");
        assertThat(example.isEditable()).isFalse();
        assertThat(robot.lookup(".format-reference .button").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactly("Save Schema…", "Open in Browser", "Close");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window[0].isShowing()).isFalse();
    }
}
