package dev.productscope.catalog;

import java.util.List;

/**
 * One of the six NISTIR 8259 activities and its questions.
 *
 * @param phase {@code pre-market} (activities 1-4) or {@code post-market} (5-6)
 */
public record Activity(String id, int number, String title, String section, String phase, List<Question> questions) {

    public Activity {
        questions = List.copyOf(questions);
    }
}
