package dev.productscope.ui.editor;

import dev.productscope.analysis.Analysis;
import dev.productscope.model.Model;
import dev.productscope.render.DiagramGeometry;
import java.util.function.Supplier;

/**
 * The model a gesture would produce, shown instead of the document while the gesture runs. It is
 * made at most once a frame, however fast the pointer moves, and laid out with the document's
 * analysis: moving and resizing change positions, not routes or membership.
 */
final class GesturePreview {

    private Model model;
    private Analysis analysis;
    private DiagramGeometry geometry;
    private Supplier<Model> pending;

    /** Asks for a preview; {@code make} runs at the next frame, and only the last request of a frame does. */
    void request(Supplier<Model> make) {
        pending = make;
    }

    void clear() {
        pending = null;
        model = null;
        analysis = null;
        geometry = null;
    }

    /** Makes the preview asked for since the last frame, if any, with the document's analysis. */
    void make(Analysis documentAnalysis) {
        if (pending != null) {
            model = pending.get();
            pending = null;
            analysis = documentAnalysis;
            geometry = DiagramGeometry.of(model, analysis);
        }
    }

    boolean showing() {
        return model != null;
    }

    Model model() {
        return model;
    }

    Analysis analysis() {
        return analysis;
    }

    DiagramGeometry geometry() {
        return geometry;
    }
}
