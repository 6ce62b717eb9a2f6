package dev.productscope.cli;

import dev.productscope.io.FileProblem;
import dev.productscope.io.ModelFileException;
import dev.productscope.io.ModelReader;
import dev.productscope.model.Model;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Loads the model file a command works on, reporting every problem when it cannot. */
final class ModelArgument {

    private ModelArgument() {
    }

    /** The model, or {@code null} after printing its problems to {@code err}. */
    static Model load(Path file, PrintWriter err) {
        try {
            return new ModelReader().read(file);
        } catch (ModelFileException e) {
            for (FileProblem problem : e.problems()) {
                err.println(problem);
            }
            err.println("cannot analyse " + file + ": it does not load (" + e.problems().size()
                    + (e.problems().size() == 1 ? " problem)" : " problems)"));
            return null;
        }
    }
}
