package dev.productscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Finding;
import dev.productscope.catalog.ChecklistItem;
import dev.productscope.model.ChecklistStatus;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The analysis panel, the findings list and the checklist, driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class AnalysisAndChecklistTest {

    private EditorHarness editor;

    @Start
    void start(Stage stage) throws Exception {
        editor = EditorHarness.openWithDock(stage, 1280, 800);
    }

    @AfterEach
    void forget() throws Exception {
        editor.close();
    }

    private void showTab(FxRobot robot, String text) {
        Tab tab = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .flatMap(p -> p.getTabs().stream()).filter(t -> text.equals(t.getText())).findFirst().orElseThrow();
        robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
    }

    @Test
    void selectingAComponentShowsItsReferencesWithReasons(FxRobot robot) {
        robot.interact(() -> editor.viewModel.selection().add("bulb-a-app"));
        robot.type(KeyCode.DIGIT2, 1);
        showTab(robot, "Analysis");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> links = robot.lookup(".analysis-section .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
        assertThat(links).contains("OWASP MASVS", "NIST SP 800-218 (SSDF)");
        List<String> details = robot.lookup(".analysis-detail").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(details).anyMatch(text -> text.startsWith("In by M6"));
        assertThat(details).anyMatch(text -> text.contains("Why:") && text.contains("NIST CSWP 33 ipd"));
        assertThat(robot.lookup(".pane-title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Bulb A companion app");
    }

    @Test
    void theMembershipToggleInThePanelIsAnUndoableCommand(FxRobot robot) {
        robot.interact(() -> editor.viewModel.selection().add("bulb-a-app"));
        showTab(robot, "Analysis");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> first = robot.lookup(".analysis-section .combo-box").queryAs(ComboBox.class);
        robot.interact(() -> first.setValue("Out"));

        assertThat(editor.viewModel.getAnalysis().isIn("bulb-a-app", "p-bulb-a")).isFalse();
        robot.interact(editor.viewModel::undo);
        assertThat(editor.viewModel.getAnalysis().isIn("bulb-a-app", "p-bulb-a")).isTrue();
    }

    @Test
    void clickingAFindingSelectsItsSubjects(FxRobot robot) {
        showTab(robot, "Findings");
        @SuppressWarnings("unchecked")
        TableView<Finding> table = robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                .filter(t -> !t.getItems().isEmpty() && t.getItems().get(0) instanceof Finding).findFirst().orElseThrow();
        Finding finding = table.getItems().get(0);
        Node row = robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n.getStyleClass().contains("finding-" + finding.severity().id())).findFirst().orElseThrow();
        robot.clickOn(row);

        assertThat(editor.viewModel.selection()).containsExactlyElementsOf(finding.subjects().stream()
                .filter(editor.viewModel.getModel()::containsId).toList());
    }

    @Test
    void aStatusSetInTheChecklistIsUndone(FxRobot robot) {
        showTab(robot, "Checklist");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ChecklistItem> table = robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                .filter(t -> !t.getItems().isEmpty() && t.getItems().get(0) instanceof ChecklistItem).findFirst()
                .orElseThrow();
        ChecklistItem item = table.getItems().get(0);
        assertThat(item.entry().status()).isEqualTo(ChecklistStatus.NOT_ASSESSED);

        Node statusCell = statusCell(robot, 0);
        robot.clickOn(statusCell);
        robot.interact(() -> table.edit(0, ((TableCell<ChecklistItem, ?>) statusCell).getTableColumn()));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<ChecklistStatus> editorBox = robot.from(statusCell).lookup(".combo-box").queryAs(ComboBox.class);
        robot.interact(() -> {
            editorBox.requestFocus();
            editorBox.getSelectionModel().select(ChecklistStatus.MET);
        });
        robot.type(KeyCode.ENTER);

        assertThat(editor.viewModel.getModel().product("p-bulb-a").orElseThrow().checklist().get(item.key()).status())
                .isEqualTo(ChecklistStatus.MET);
        assertThat(table.getItems().get(0).entry().status()).isEqualTo(ChecklistStatus.MET);
        ComboBox<?> productChooser = robot.lookup(".dock-toolbar .combo-box").queryAllAs(ComboBox.class).stream()
                .filter(c -> c.getValue() instanceof dev.productscope.ui.checklist.ProductChoice).findFirst()
                .orElseThrow(() -> new AssertionError("the checklist's product chooser lost its product"));
        assertThat(((dev.productscope.ui.checklist.ProductChoice) productChooser.getValue()).id()).isEqualTo("p-bulb-a");
        assertThat(editor.viewModel.undoTextProperty().get()).startsWith("Undo Set " + item.outcome().code());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.viewModel.getModel().product("p-bulb-a").orElseThrow().checklist()).isEmpty();
        assertThat(((TableCell<?, ?>) statusCell(robot, 0)).getText()).isEqualTo("Not assessed");
    }

    private static Node statusCell(FxRobot robot, int row) {
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(r -> r instanceof javafx.scene.control.TableRow<?> tr && tr.getIndex() == row
                        && tr.getItem() instanceof ChecklistItem)
                .flatMap(r -> robot.from(r).lookup(".table-cell").queryAll().stream())
                .filter(c -> c instanceof TableCell<?, ?> cell && "Status".equals(cell.getTableColumn().getText()))
                .findFirst().orElseThrow();
    }
}
