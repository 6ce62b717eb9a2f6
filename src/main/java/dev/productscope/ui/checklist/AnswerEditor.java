package dev.productscope.ui.checklist;

import dev.productscope.catalog.Question;
import dev.productscope.model.AnswerStatus;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * One question row of the Activities tab: the question, a status box and an answer area. The
 * answer is committed on focus lost or Ctrl+Enter; a status change commits at once.
 */
final class AnswerEditor {

    private final ActivitiesViewModel model;
    private final String productId;
    private final String questionId;
    /** Below this width the answer goes under the question instead of beside it. */
    private static final double NARROW = 620;
    private static final int MIN_ROWS = 2;
    private static final int MAX_ROWS = 8;

    private final GridPane row = new GridPane();
    private final VBox about = new VBox(2);
    private final ChoiceBox<AnswerStatus> status = new ChoiceBox<>();
    private final TextArea answer = new TextArea();
    /** Measures the answer text so the area grows with it instead of scrolling. */
    private final Text probe = new Text();
    private boolean narrow;
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
        about.getChildren().addAll(meta, text);
        about.setPrefWidth(320);
        about.setMinWidth(180);
        status.getItems().setAll(Arrays.asList(AnswerStatus.values()));
        status.setConverter(new StatusLabels());
        status.setMinWidth(135);
        status.getStyleClass().add("answer-status");
        status.setUserData(questionId);
        answer.setWrapText(true);
        answer.setPrefRowCount(MIN_ROWS);
        answer.setPrefWidth(320);
        answer.setMinWidth(120);
        answer.setPromptText("Your answer");
        answer.setTooltip(new Tooltip("Ctrl+Enter or leaving the field saves the answer; Esc takes back the typing"));
        answer.getStyleClass().add("activity-answer");
        answer.setUserData(questionId);
        row.getChildren().addAll(about, status, answer);
        row.setHgap(12);
        row.setVgap(6);
        row.getChildren().forEach(node -> GridPane.setValignment(node, VPos.TOP));
        row.getStyleClass().add("question-row");
        arrange(false);
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
            fitRows();
        });
        answer.widthProperty().addListener((obs, old, width) -> fitRows());
        row.widthProperty().addListener((obs, old, width) -> {
            if (width.doubleValue() > 0 && (width.doubleValue() < NARROW) != narrow) {
                arrange(!narrow);
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
        } else if (!isDirty() && event.isShortcutDown()
                && (event.getCode() == KeyCode.Z || event.getCode() == KeyCode.Y)) {
            // Nothing typed since the last commit: undo is the editor's, not the text area's own history.
            event.consume();
            if (event.getCode() == KeyCode.Z && !event.isShiftDown()) {
                model.undo();
            } else {
                model.redo();
            }
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

    /** Question, status and answer side by side; or, when narrow, the status and answer under the question. */
    private void arrange(boolean narrowNow) {
        narrow = narrowNow;
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints question = growing(180);
        ColumnConstraints text = growing(narrowNow ? 120 : 160);
        if (narrow) {
            GridPane.setConstraints(about, 0, 0, 2, 1);
            GridPane.setConstraints(status, 0, 1);
            GridPane.setConstraints(answer, 1, 1);
            row.getColumnConstraints().setAll(fixed, text);
        } else {
            GridPane.setConstraints(about, 0, 0, 1, 1);
            GridPane.setConstraints(status, 1, 0);
            GridPane.setConstraints(answer, 2, 0);
            row.getColumnConstraints().setAll(question, fixed, text);
        }
    }

    private static ColumnConstraints growing(double min) {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(min);
        column.setPrefWidth(320);
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    /** Enough rows for the whole answer, between two and eight. */
    private void fitRows() {
        double width = answer.getWidth() - 18;
        if (width <= 0) {
            return;
        }
        probe.setFont(answer.getFont());
        probe.setWrappingWidth(0);
        probe.setText("X");
        double line = probe.getLayoutBounds().getHeight();
        probe.setWrappingWidth(width);
        probe.setText(answer.getText().isEmpty() ? "X" : answer.getText());
        int rows = (int) Math.ceil(probe.getLayoutBounds().getHeight() / line - 0.2);
        int fitted = Math.max(MIN_ROWS, Math.min(MAX_ROWS, rows));
        if (fitted != answer.getPrefRowCount()) {
            answer.setPrefRowCount(fitted);
            // The grid caches its row heights and may be in its own layout pass now: ask again afterwards.
            Platform.runLater(row::requestLayout);
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
