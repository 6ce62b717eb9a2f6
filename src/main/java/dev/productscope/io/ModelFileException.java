package dev.productscope.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model file could not be read: it carries every problem found, each with the file, JSON
 * path, line and column where known, and a message for the user. Nothing of the file is loaded.
 */
public final class ModelFileException extends Exception {

    private final transient List<FileProblem> problems;

    public ModelFileException(List<FileProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ModelFileException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ModelFileException(FileProblem problem) {
        this(List.of(problem));
    }

    public ModelFileException(FileProblem problem, Throwable cause) {
        this(List.of(problem));
        initCause(cause);
    }

    public List<FileProblem> problems() {
        return problems;
    }

    /** The file the problems are in. */
    public String file() {
        return problems.get(0).file();
    }

    private static String summary(List<FileProblem> problems) {
        return problems.stream().map(FileProblem::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
