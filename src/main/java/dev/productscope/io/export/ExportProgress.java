package dev.productscope.io.export;

/** Where a long export reports how far it has come, and learns whether the user cancelled it. */
public interface ExportProgress {

    /** For exports nobody watches. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void report(double fraction, String step) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction 0 to 1; @param step a few words, e.g. "Drawing the diagram" */
    void report(double fraction, String step);

    boolean isCancelled();
}
