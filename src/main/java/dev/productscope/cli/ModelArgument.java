package dev.productscope.cli;

import dev.productscope.io.FileProblem;
import dev.productscope.io.ModelFileException;
import dev.productscope.io.ModelReader;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;

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

    /** Whether the model lacks the product {@code --product} names; if so, says which products it has. */
    static boolean lacksProduct(Model model, String productId, Path file, PrintWriter err) {
        if (productId == null || model.product(productId).isPresent()) {
            return false;
        }
        err.println("no product '" + productId + "' in " + file + "; its products are: "
                + model.products().stream().map(Product::id).collect(Collectors.joining(", ")));
        return true;
    }
}
