package dev.productscope.catalog;

import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.Product;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** How far a product's team has answered the NISTIR 8259 activities questionnaire. */
public final class ActivitiesProgress {

    private ActivitiesProgress() {
    }

    /** Per activity id, answered (or not applicable) questions of all questions. */
    public static Map<String, Progress> perActivity(Catalog catalog, Product product) {
        Map<String, Progress> result = new LinkedHashMap<>();
        for (Activity activity : catalog.activities()) {
            int done = (int) activity.questions().stream()
                    .map(q -> product.activities().get(q.id()))
                    .filter(a -> a != null && a.isDone()).count();
            result.put(activity.id(), new Progress(done, activity.questions().size()));
        }
        return result;
    }

    public static Progress overall(Catalog catalog, Product product) {
        int done = 0;
        int total = 0;
        for (Progress progress : perActivity(catalog, product).values()) {
            done += progress.done();
            total += progress.total();
        }
        return new Progress(done, total);
    }

    /** Answers to questions the active catalogs do not have: kept, shown, never counted. */
    public static List<String> orphanedAnswers(Catalog catalog, Product product) {
        Set<String> known = catalog.questions().stream().map(Question::id).collect(Collectors.toSet());
        return product.activities().keySet().stream().filter(id -> !known.contains(id)).toList();
    }

    public static ActivityAnswer answer(Product product, String questionId) {
        return product.activities().get(questionId);
    }
}
