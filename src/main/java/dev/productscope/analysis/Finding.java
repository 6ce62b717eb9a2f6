package dev.productscope.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Something the architect should look at: the rule that found it (a stable id), how much it
 * matters, the ids it is about, and a message that says what to do. The first subject is the
 * one the finding is mainly about (badges go there); the rest are context, such as the products
 * involved or the equipment crossed.
 */
public record Finding(String rule, Severity severity, List<String> subjects, String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(message, "message");
    }

    public boolean isAbout(String id) {
        return subjects.contains(id);
    }
}
