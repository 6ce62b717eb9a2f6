package dev.productscope.ui.editor;

import javafx.scene.control.ScrollBar;

/** Sets a canvas scroll bar from the drawing's extent, so it also reaches a view scrolled past the drawing. */
final class ScrollBars {

    private ScrollBars() {
    }

    /** The drawing spans {@code from} to {@code to}, {@code visible} of it shows, starting at {@code at}. */
    static void show(ScrollBar bar, double from, double to, double visible, double at) {
        bar.setMin(Math.min(from, at));
        bar.setMax(Math.max(to - visible, at));
        bar.setVisibleAmount(visible);
        bar.setValue(at);
    }
}
