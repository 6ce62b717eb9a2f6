package dev.productscope.ui.checklist;

import dev.productscope.catalog.Question;
import dev.productscope.model.AnswerStatus;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One question row of the Activities tab: the question, a status box and an answer area. The
 * answer is committed on focus lost or Ctrl+Enter; a status change commits at once.
 */
final class AnswerEditor {

    private final ActivitiesViewModel model;
    private final String productId;
    private final String questionId;
    private final HBox row = new HBox(12);
    private final ChoiceBox<AnswerStatus> status = new ChoiceBox<>();
    private final TextArea answer = new TextArea();
    private Questionnaire.Row shown;
    /** Set while the code, not the user, changes the controls. */
    private boolean updating;
    /** Set once the row has left the screen: its late events must not edit the model. */
    private boolean detached;

    AnswerEditor(ActivitiesViewModel model, String productId, Questionnaire.Row initial) {
        this.model = model;
        this.productId = productId;
        Question question = initial.question();
        this.questionId = question.id();
        Label meta = new Label(question.section() + " · " + question.topic());
        meta.getStyleClass().add("question-meta");
        Label text = new Label(question.text());
        text.setWrapText(true);
        text.getStyleClass().add("question-text");
        VBox about = new VBox(2, meta, text);
        about.setPrefWidth(320);
        about.setMinWidth(180);
        HBox.setHgrow(about, Priority.ALWAYS);
        status.getItems().setAll(Arrays.asList(AnswerStatus.values()));
        status.setConverter(new StatusLabels());
        status.setMinWidth(135);
        status.getStyleClass().add("answer-status");
        status.setUserData(questionId);
        answer.setWrapText(true);
        answer.setPrefRowCount(2);
        answer.setPrefWidth(320);
        answer.setMinWidth(160);
        answer.setPromptText("Your answer");
        answer.setTooltip(new Tooltip("Ctrl+Enter or leaving the field saves the answer; Esc takes back the typing"));
        answer.getStyleClass().add("activity-answer");
        answer.setUserData(questionId);
        HBox.setHgrow(answer, Priority.ALWAYS);
        row.getChildren().addAll(about, status, answer);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("question-row");
        wire();
        show(initial);
    }

    private void wire() {
        status.valueProperty().addListener((obs, old, chosen) -> {
            if (!updating && !detached && chosen != null
                    && !model.setStatus(productId, questionId, chosen, answer.getText())) {
                // Refused or no change: the box goes back to what the model says.
                setStatusQuietly(ActivitiesViewModel.statusWhileTyping(shown, answer.getText()));
            }
        });
        answer.textProperty().addListener((obs, old, typed) -> {
            if (!updating) {
                setStatusQuietly(ActivitiesViewModel.statusWhileTyping(shown, typed));
            }
        });
        answer.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !detached) {
                commit();
            }
        });
        answer.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
            event.consume();
            commit();
        } else if (event.getCode() == KeyCode.ESCAPE && isDirty()) {
            event.consume();
            answer.setText(shown.text());
        } else if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
            // Tab moves on, as in the other fields, instead of typing a tab character into the answer.
            event.consume();
            answer.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                    false, false));
        }
    }

    private void setStatusQuietly(AnswerStatus value) {
        boolean was = updating;
        updating = true;
        status.setValue(value);
        updating = was;
    }

    private void commit() {
        model.commitText(productId, questionId, answer.getText());
    }

    /** Shows the model's answer; a row whose answer did not change keeps what the user is typing. */
    void show(Questionnaire.Row next) {
        if (next.equals(shown)) {
            return;
        }
        shown = next;
        updating = true;
        status.setValue(next.status());
        if (!answer.getText().equals(next.text())) {
            answer.setText(next.text());
        }
        updating = false;
    }

    boolean isDirty() {
        return !answer.getText().equals(shown.text());
    }

    boolean hasFocus() {
        return answer.isFocused() || status.isFocused();
    }

    void focus() {
        answer.requestFocus();
    }

    /** The row leaves the screen; typing not yet committed is committed once the redraw is over. */
    void detach() {
        if (!detached && isDirty()) {
            String typed = answer.getText();
            Platform.runLater(() -> model.commitText(productId, questionId, typed));
        }
        detached = true;
    }

    String questionId() {
        return questionId;
    }

    Node node() {
        return row;
    }

    private static final class StatusLabels extends StringConverter<AnswerStatus> {

        @Override
        public String toString(AnswerStatus value) {
            return value == null ? "" : value.label();
        }

        @Override
        public AnswerStatus fromString(String label) {
            return Arrays.stream(AnswerStatus.values()).filter(s -> s.label().equals(label)).findFirst().orElse(null);
        }
    }
}
