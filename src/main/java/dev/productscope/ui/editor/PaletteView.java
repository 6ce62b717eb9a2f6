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

    /**
     * Fills the palette. Dragging an entry onto the canvas creates it there; clicking one (or
     * Enter) asks {@code place} to create it where the canvas is clicked next.
     */
    static void install(ListView<PaletteEntry> list, java.util.function.Consumer<PaletteEntry> place) {
        list.getItems().setAll(PaletteEntry.all());
        list.setCellFactory(view -> new Cell(place));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                place.accept(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
    }

    private static final class Cell extends ListCell<PaletteEntry> {
        Cell(java.util.function.Consumer<PaletteEntry> place) {
            getStyleClass().add("palette-cell");
            // Fit the list's width: a name too long for it ends in an ellipsis rather than
            // widening the cell behind a horizontal scroll bar. (The palette is wide enough for
            // every legend name in the default theme; SideListsFitTest holds it to that.)
            setPrefWidth(0);
            setOnMouseClicked(event -> {
                if (getItem() != null && event.getButton() == javafx.scene.input.MouseButton.PRIMARY
                        && event.isStillSincePress()) {
                    place.accept(getItem());
                }
            });
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
