package dev.productscope.catalog;

/**
 * An informative reference: a standard, guideline or scheme a component or outcome is assessed
 * against.
 *
 * @param shortName how people cite it, e.g. "ETSI EN 303 645"
 * @param year      the year of the edition the catalog means, or {@code null}
 * @param url       where to find it, or {@code null}
 */
public record Reference(String id, String shortName, String title, String publisher, Integer year, String url) {
}
