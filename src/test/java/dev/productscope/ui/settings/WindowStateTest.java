package dev.productscope.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window comes back where it was, the size it was, with its dividers where they were. */
@ExtendWith(ApplicationExtension.class)
class WindowStateTest {

    private Preferences node;

    @BeforeEach
    void freshNode() {
        node = Preferences.userRoot().node("dev/productscope-test/window-" + System.nanoTime());
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    private static SplitPane split() {
        return new SplitPane(new Pane(), new Pane());
    }

    @Test
    void boundsAndDividersRoundTrip() throws Exception {
        Rectangle2D[] restored = new Rectangle2D[1];
        double[] divider = new double[1];
        WaitForAsyncUtils.asyncFx(() -> {
            SplitPane split = split();
            Stage first = new Stage();
            first.setScene(new Scene(split, 300, 200));
            new WindowState(node).restore(first, Map.of("main", split));
            first.setX(40);
            first.setY(30);
            first.setWidth(640);
            first.setHeight(480);
            first.show();
            split.setDividerPosition(0, 0.3);
            new WindowState(node).remember(first, Map.of("main", split));
            first.close();

            SplitPane again = split();
            Stage second = new Stage();
            second.setScene(new Scene(again));
            assertThat(new WindowState(node).restore(second, Map.of("main", again))).isTrue();
            restored[0] = new Rectangle2D(second.getX(), second.getY(), second.getWidth(), second.getHeight());
            divider[0] = again.getDividerPositions()[0];
        }).get();

        assertThat(restored[0]).isEqualTo(new Rectangle2D(40, 30, 640, 480));
        assertThat(divider[0]).isEqualTo(0.3, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aMaximisedWindowRemembersItsNormalSizeToo() throws Exception {
        boolean[] maximized = new boolean[1];
        double[] width = new double[1];
        WaitForAsyncUtils.asyncFx(() -> {
            Stage first = new Stage();
            first.setScene(new Scene(new Pane(), 300, 200));
            WindowState state = new WindowState(node);
            state.restore(first, Map.of());
            first.setX(10);
            first.setY(10);
            first.setWidth(500);
            first.setHeight(400);
            first.show();
            first.setMaximized(true);
            state.remember(first, Map.of());
            first.close();
            maximized[0] = node.getBoolean("maximized", false);
            width[0] = node.getDouble("width", 0);
        }).get();

        assertThat(maximized[0]).isTrue();
        assertThat(width[0]).as("the size to come back to from maximised").isEqualTo(500);
    }

    @Test
    void aPlaceNoLongerOnAnyScreenIsNotRestored() {
        node.putDouble("x", -20_000);
        node.putDouble("y", -20_000);
        node.putDouble("width", 800);
        node.putDouble("height", 600);

        assertThat(new WindowState(node).storedBounds()).isEmpty();

        node.putDouble("x", 100);
        node.putDouble("y", 100);
        node.put("width", "wide");
        assertThat(new WindowState(node).storedBounds()).as("unreadable size").isEmpty();
    }

    @Test
    void aDividerStoredOutOfRangeIsIgnored() throws Exception {
        node.putDouble("split.main.0", 7);
        double[] divider = new double[1];
        WaitForAsyncUtils.asyncFx(() -> {
            SplitPane split = split();
            split.setDividerPosition(0, 0.5);
            new WindowState(node).restore(new Stage(), Map.of("main", split));
            divider[0] = split.getDividerPositions()[0];
        }).get();

        assertThat(divider[0]).isEqualTo(0.5);
    }
}
