package dev.productscope.model;

import java.util.Objects;

/**
 * The product team's answer to one question of the NISTIR 8259 activities.
 *
 * @param text the answer in the team's words; may be {@code null} while open
 */
public record ActivityAnswer(AnswerStatus status, String text, Extensions extensions) {

    public ActivityAnswer {
        Objects.requireNonNull(status, "status");
        text = ChecklistEntry.blankToNull(text);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public ActivityAnswer(AnswerStatus status, String text) {
        this(status, text, Extensions.none());
    }

    /** Answered, or judged not applicable: either way the question needs no more work. */
    public boolean isDone() {
        return status != AnswerStatus.OPEN;
    }

    public boolean isEmpty() {
        return status == AnswerStatus.OPEN && text == null && extensions.isEmpty();
    }
}
