package dev.productscope.catalog;

/** One of the documents the catalog's facts are taken from (the seeds). */
public record SourceDocument(String id, String shortName, String title, Integer year, String url) {
}
