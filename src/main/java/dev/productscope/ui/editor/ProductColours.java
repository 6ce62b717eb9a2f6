package dev.productscope.ui.editor;

import dev.productscope.render.DiagramStyle;
import dev.productscope.render.Rgb;
import javafx.scene.paint.Color;

/** The renderer's product boundary colours as JavaFX colours, so the list matches the diagram. */
final class ProductColours {

    private ProductColours() {
    }

    static Color of(int productIndex) {
        return fx(DiagramStyle.product(Math.max(0, productIndex)));
    }

    static Color fx(Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue(), rgb.opacity());
    }
}
