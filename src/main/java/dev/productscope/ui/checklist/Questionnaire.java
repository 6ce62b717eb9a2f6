package dev.productscope.ui.checklist;

import dev.productscope.catalog.ActivitiesProgress;
import dev.productscope.catalog.Activity;
import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.Progress;
import dev.productscope.catalog.Question;
import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.model.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the Activities tab shows of one product: the activities with the questions that pass the
 * filter, each with the product's answer, and the answers the catalogs have no question for.
 * Immutable; two equal snapshots need no redraw.
 *
 * @param productId {@code null} when the model has no products
 * @param filter    the filter text as typed
 */
public record Questionnaire(String productId, String filter, List<Block> activities, List<Orphan> orphans,
                            Progress overall) {

    /** One question and the product's answer to it; {@code answer} is {@code null} when there is none. */
    public record Row(Question question, ActivityAnswer answer) {

        public AnswerStatus status() {
            return answer == null ? AnswerStatus.OPEN : answer.status();
        }

        /** The answer text, empty when there is none. */
        public String text() {
            return answer == null || answer.text() == null ? "" : answer.text();
        }
    }

    /** One activity's header data and its questions that pass the filter; {@code progress} counts all of them. */
    public record Block(Activity activity, Progress progress, List<Row> rows) {

        public Block {
            rows = List.copyOf(rows);
        }
    }

    /** An answer to a question id the catalogs in force do not have: shown, kept, never counted. */
    public record Orphan(String questionId, ActivityAnswer answer) {
    }

    public Questionnaire {
        activities = List.copyOf(activities);
        orphans = List.copyOf(orphans);
    }

    /** Nothing to show: the model has no products. */
    public static Questionnaire none(String filter) {
        return new Questionnaire(null, filter, List.of(), List.of(), Progress.NONE);
    }

    public static Questionnaire of(Catalog catalog, Product product, String filter) {
        String needle = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        Map<String, Progress> progress = ActivitiesProgress.perActivity(catalog, product);
        List<Block> blocks = new ArrayList<>();
        for (Activity activity : catalog.activities()) {
            List<Row> rows = activity.questions().stream().filter(q -> matches(q, needle))
                    .map(q -> new Row(q, product.activities().get(q.id()))).toList();
            if (!rows.isEmpty()) {
                blocks.add(new Block(activity, progress.get(activity.id()), rows));
            }
        }
        List<Orphan> orphans = ActivitiesProgress.orphanedAnswers(catalog, product).stream()
                .map(id -> new Orphan(id, product.activities().get(id))).toList();
        return new Questionnaire(product.id(), filter, blocks, orphans, ActivitiesProgress.overall(catalog, product));
    }

    private static boolean matches(Question question, String needle) {
        return needle.isEmpty() || contains(question.text(), needle) || contains(question.topic(), needle)
                || contains(question.section(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** How many questions pass the filter. */
    public int shownQuestions() {
        return activities.stream().mapToInt(b -> b.rows().size()).sum();
    }

    /** "Showing 5 of 63 questions" while a filter hides some, else empty: the progress says how many there are. */
    public String shownLabel() {
        int shown = shownQuestions();
        return shown == overall.total() ? "" : "Showing " + shown + " of " + overall.total()
                + (overall.total() == 1 ? " question" : " questions");
    }

    /**
     * Same product, filter and questions in the same order: the rows on screen can stay and only
     * their values change, which keeps focus and caret where the user left them.
     */
    public boolean sameLayout(Questionnaire other) {
        if (other == null || !Objects.equals(productId, other.productId)
                || !Objects.equals(filter, other.filter) || activities.size() != other.activities.size()) {
            return false;
        }
        for (int i = 0; i < activities.size(); i++) {
            Block mine = activities.get(i);
            Block theirs = other.activities.get(i);
            if (!mine.activity().equals(theirs.activity())
                    || !mine.rows().stream().map(Row::question).toList()
                            .equals(theirs.rows().stream().map(Row::question).toList())) {
                return false;
            }
        }
        return true;
    }
}
