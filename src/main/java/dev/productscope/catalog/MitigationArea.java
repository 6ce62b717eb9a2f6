package dev.productscope.catalog;

/** One of the risk mitigation areas NISTIR 8259 takes from NISTIR 8228. */
public record MitigationArea(String id, String title, String summary, Citation source) {
}
