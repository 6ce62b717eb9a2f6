package dev.productscope.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Upgrades a model file's JSON from one format version to the next, before it is decoded.
 * Registered in {@link ModelReader}'s chain; one class per step.
 */
public interface Migration {

    /** The version this step reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    /** The document at the next version; may change {@code root} in place and return it. */
    ObjectNode migrate(ObjectNode root);
}
