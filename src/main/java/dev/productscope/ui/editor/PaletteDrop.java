package dev.productscope.ui.editor;

import dev.productscope.edit.AddElements;
import dev.productscope.edit.Ids;
import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Model;
import dev.productscope.model.Zone;
import java.util.List;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Creates what is dropped from the palette: in the zone under the pointer, software on the host under it. */
final class PaletteDrop {

    private final DiagramCanvas canvas;
    private final EditorViewModel viewModel;
    private final InlineEditor inlineEditor;

    PaletteDrop(DiagramCanvas canvas, EditorViewModel viewModel, InlineEditor inlineEditor) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        this.inlineEditor = inlineEditor;
    }

    void install() {
        canvas.setOnDragOver(event -> {
            if (event.getDragboard().hasContent(PaletteView.KIND)) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        canvas.setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent event) {
        Object content = event.getDragboard().getContent(PaletteView.KIND);
        PaletteEntry entry = content == null ? null : PaletteEntry.byId(content.toString());
        boolean done = entry != null && create(entry, canvas.toModelX(event.getX()), canvas.toModelY(event.getY()));
        event.setDropCompleted(done);
        event.consume();
    }

    /** Adds the entry's element at a model point, selects it and starts renaming it. */
    boolean create(PaletteEntry entry, double x, double y) {
        Model model = viewModel.getModel();
        double px = canvas.grid().snap(x);
        double py = canvas.grid().snap(y);
        Object element;
        if (entry.zone() != null) {
            element = new Zone(Ids.unique(model, entry.zone().id(), List.of()), entry.zone().label(), entry.zone(),
                    px - 200, py - 150, 400, 300);
        } else {
            ComponentKind kind = entry.component();
            String id = Ids.unique(model, kind.id(), List.of());
            HitIndex.Hit hit = canvas.hits().at(x, y, 4 / canvas.zoom());
            Component host = hit == null ? null : model.component(hit.id()).filter(c -> c.kind().isHost()).orElse(null);
            if (kind.isSoftware() && host != null) {
                element = Component.of(id, kind.label(), kind, null, host.x(), host.y()).withHostedOn(host.id());
            } else {
                String zone = kind.standsBetweenZones() ? null : canvas.hits().zoneAt(x, y);
                element = Component.of(id, kind.label(), kind, zone, px, py);
            }
        }
        if (!viewModel.execute(AddElements.of("Add " + entry.label(), element))) {
            return false;
        }
        String id = element instanceof Zone zone ? zone.id() : ((Component) element).id();
        viewModel.selection().clear();
        viewModel.selection().add(id);
        canvas.requestFocus();
        javafx.application.Platform.runLater(() -> inlineEditor.start(id));
        return true;
    }
}
