package dev.productscope.catalog;

/**
 * One catalog file that makes up the active catalog, as reports and the UI name it.
 *
 * @param origin "bundled" or the path of a user's catalog file
 */
public record CatalogInfo(String id, String title, String catalogVersion, String origin) {

    /** "NIST IoT product baseline 2024.1 (bundled)". */
    public String label() {
        return title + " " + catalogVersion + " (" + origin + ")";
    }
}
