package dev.productscope.io.export;

/** The user cancelled a running export; nothing was written. */
public final class ExportCancelledException extends ExportException {

    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super("the export was cancelled; nothing was written");
    }
}
