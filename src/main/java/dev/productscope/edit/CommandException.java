package dev.productscope.edit;

/** A change that cannot be made, with a message that says why and what to do instead. */
public final class CommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandException(String message) {
        super(message);
    }
}
