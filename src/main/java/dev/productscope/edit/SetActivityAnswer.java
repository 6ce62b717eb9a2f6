package dev.productscope.edit;

import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.Model;
import dev.productscope.model.Product;

/** Sets a product's answer to one NISTIR 8259 activity question; {@code answer} null or empty clears it. */
public record SetActivityAnswer(String productId, String questionId, ActivityAnswer answer, String label)
        implements Command {

    @Override
    public String name() {
        return (answer == null || answer.isEmpty() ? "Clear answer to " : "Answer ") + label;
    }

    @Override
    public Model apply(Model model) {
        Product product = model.product(productId)
                .orElseThrow(() -> new CommandException("product '" + productId + "' is no longer in the model"));
        return Elements.replace(model, product.withActivityAnswer(questionId, answer));
    }
}
