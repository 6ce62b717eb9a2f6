package dev.productscope.catalog;

/** A note a rule has for the user, such as "may be assessed as a product of its own". */
public record AppliedNote(String text, Reason reason) {
}
