package dev.productscope.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.ui.editor.EditorHarness;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Activities tab as a person uses it: choose a product, answer, undo from the editor. */
@ExtendWith(ApplicationExtension.class)
class ActivitiesViewTest {

    private EditorHarness editor;

    @Start
    void start(Stage stage) throws Exception {
        editor = EditorHarness.openWithDock(stage, 1200, 760);
    }

    @BeforeEach
    void showActivities(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> editor.viewModel.selection().add("p-tv"));
    }

    @AfterEach
    void forget() throws Exception {
        editor.close();
    }

    private TextArea answerArea(FxRobot robot, String questionId) {
        return robot.lookup(".activity-answer").queryAllAs(TextArea.class).stream()
                .filter(a -> questionId.equals(a.getUserData())).findFirst()
                .orElseThrow(() -> new AssertionError("no answer area for " + questionId));
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<AnswerStatus> statusBox(FxRobot robot, String questionId) {
        return robot.lookup(".answer-status").queryAllAs(ChoiceBox.class).stream()
                .filter(b -> questionId.equals(b.getUserData())).findFirst()
                .orElseThrow(() -> new AssertionError("no status box for " + questionId));
    }

    private ActivityAnswer answer(String questionId) {
        return editor.viewModel.getModel().product("p-tv").orElseThrow().activities().get(questionId);
    }

    private String summary(FxRobot robot) {
        return robot.lookup(".activities-summary").queryAs(Label.class).getText();
    }

    @Test
    void ctrl5ShowsTheTabOnTheSelectedProduct(FxRobot robot) {
        TabPane tabs = robot.lookup(".bottom-tabs").queryAs(TabPane.class);
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        assertThat(selected.getText()).isEqualTo("Activities");
        ComboBox<?> product = robot.lookup(".activities-bar .combo-box").queryAs(ComboBox.class);
        assertThat(product.getValue()).hasToString(editor.viewModel.getModel().product("p-tv").orElseThrow().name());
        assertThat(summary(robot)).isEqualTo("Activities 0/63 answered");
    }

    @Test
    void typingAnswersTheQuestionAndUndoShowsTheOldValue(FxRobot robot) {
        TextArea area = answerArea(robot, "a1-q1");
        ChoiceBox<AnswerStatus> status = statusBox(robot, "a1-q1");

        robot.clickOn(area).write("Households", 0);
        assertThat(status.getValue()).as("typing into an open question answers it").isEqualTo(AnswerStatus.ANSWERED);
        assertThat(answer("a1-q1")).as("nothing is committed while typing").isNull();
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        assertThat(answer("a1-q1")).isEqualTo(new ActivityAnswer(AnswerStatus.ANSWERED, "Households"));
        assertThat(summary(robot)).isEqualTo("Activities 1/63 answered");
        assertThat(answerArea(robot, "a1-q1")).as("the row being edited stays").isSameAs(area);
        assertThat(area.isFocused()).isTrue();

        robot.interact(editor.viewModel::undo);
        assertThat(area.getText()).isEmpty();
        assertThat(status.getValue()).isEqualTo(AnswerStatus.OPEN);
        assertThat(summary(robot)).isEqualTo("Activities 0/63 answered");

        robot.interact(editor.viewModel::redo);
        assertThat(area.getText()).isEqualTo("Households");
        assertThat(status.getValue()).isEqualTo(AnswerStatus.ANSWERED);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(answer("a1-q1")).as("Ctrl+Z in a committed field is the editor's undo").isNull();
        assertThat(area.getText()).isEmpty();
    }

    @Test
    void leavingTheFieldCommitsAndAStatusChangeIsOneStep(FxRobot robot) {
        TextArea area = answerArea(robot, "a1-q2");
        robot.interact(area::requestFocus);
        robot.write("Hotels", 0);
        robot.clickOn(robot.lookup(".activities-bar .text-field").queryAs(TextField.class));
        assertThat(answer("a1-q2")).isEqualTo(new ActivityAnswer(AnswerStatus.ANSWERED, "Hotels"));

        ChoiceBox<AnswerStatus> status = statusBox(robot, "a1-q3");
        robot.interact(() -> status.setValue(AnswerStatus.NOT_APPLICABLE));
        assertThat(answer("a1-q3")).isEqualTo(new ActivityAnswer(AnswerStatus.NOT_APPLICABLE, null));
        assertThat(editor.viewModel.undoTextProperty().get()).isEqualTo("Undo Answer 'Manner of use'");

        robot.interact(editor.viewModel::undo);
        assertThat(statusBox(robot, "a1-q3").getValue()).isEqualTo(AnswerStatus.OPEN);
        assertThat(answer("a1-q2").text()).isEqualTo("Hotels");
    }

    @Test
    void theFilterShowsOnlyMatchingQuestions(FxRobot robot) {
        robot.clickOn(robot.lookup(".activities-bar .text-field").queryAs(TextField.class)).write("geography", 0);

        assertThat(robot.lookup(".activity-answer").queryAllAs(TextArea.class)).extracting(TextArea::getUserData)
                .containsExactly("a1-q4");
        assertThat(robot.lookup(".activities-shown").queryAs(Label.class).getText())
                .isEqualTo("Showing 1 of 63 questions");
    }
}
