package dev.productscope.model;

/** Where the answer to one NISTIR 8259 activity question stands. */
public enum AnswerStatus implements JsonEnum {
    OPEN("open", "Open"),
    ANSWERED("answered", "Answered"),
    NOT_APPLICABLE("not-applicable", "Not applicable");

    private final String id;
    private final String label;

    AnswerStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
