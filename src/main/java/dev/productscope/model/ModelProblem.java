package dev.productscope.model;

import java.util.Objects;

/**
 * One thing wrong with a model: where (a JSON path into the model file, such as
 * {@code $.components[3].zone}) and a sentence a user understands.
 */
public record ModelProblem(String path, String message) {

    public ModelProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
