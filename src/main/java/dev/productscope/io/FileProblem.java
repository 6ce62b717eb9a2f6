package dev.productscope.io;

import java.util.Objects;

/**
 * One problem found in a model file: the file, the JSON path into it, the line and column
 * where known (0 when not), and a sentence saying what is wrong.
 */
public record FileProblem(String file, String path, int line, int column, String message) {

    public FileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public boolean hasLocation() {
        return line > 0;
    }

    /** {@code file:line:column: path: message}, the form editors and CI logs link to. */
    @Override
    public String toString() {
        String where = hasLocation() ? file + ":" + line + ":" + column : file;
        return where + ": " + path + ": " + message;
    }
}
