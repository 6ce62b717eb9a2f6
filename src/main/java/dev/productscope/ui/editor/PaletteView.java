package dev.productscope.ui.editor;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** The palette: every zone and component kind with its icon and a tooltip in CSWP 33's terms; drag to create. */
final class PaletteView {

    static final DataFormat KIND = new DataFormat("application/x-productscope-kind");

    private PaletteView() {
    }

    static void install(ListView<PaletteEntry> list) {
        list.getItems().setAll(PaletteEntry.all());
        list.setCellFactory(view -> new Cell());
    }

    private static final class Cell extends ListCell<PaletteEntry> {
        Cell() {
            getStyleClass().add("palette-cell");
            setOnDragDetected(event -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.put(KIND, getItem().id());
                board.setContent(content);
                board.setDragView(snapshot(null, null));
                event.consume();
            });
        }

        @Override
        protected void updateItem(PaletteEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(entry.label());
            Canvas icon = new Canvas(28, 28);
            PaletteIcons.paint(icon, entry);
            setGraphic(icon);
            Tooltip tooltip = new Tooltip(entry.help());
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(320);
            setTooltip(tooltip);
        }
    }
}
