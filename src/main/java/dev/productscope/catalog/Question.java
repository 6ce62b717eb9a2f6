package dev.productscope.catalog;

/**
 * One question of a NISTIR 8259 activity, paraphrased.
 *
 * @param section the (sub-)section the question sits in, e.g. "4.2.2"
 * @param topic   a few words naming what it asks about
 */
public record Question(String id, String section, String topic, String text) {
}
