package dev.productscope.ui;

import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Opens a reference's web page in the user's browser, or copies the address where no browser can be reached. */
public final class ExternalLinks {

    private static HostServices hostServices;

    private ExternalLinks() {
    }

    static void install(HostServices services) {
        hostServices = services;
    }

    /** Opens {@code url}; returns a message for the status bar. */
    public static String open(String url) {
        if (hostServices != null) {
            hostServices.showDocument(url);
            return "Opening " + url;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        Clipboard.getSystemClipboard().setContent(content);
        return "Copied " + url + " to the clipboard";
    }
}
