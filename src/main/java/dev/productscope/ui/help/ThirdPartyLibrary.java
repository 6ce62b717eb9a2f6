package dev.productscope.ui.help;

import java.util.List;

/**
 * One library bundled in ProductScope's jar, as the build's licence report lists it.
 *
 * @param url the project's web site; empty when its POM names none
 * @param licences as the POM names them, merged to SPDX ids where {@code src/license/licence-merges.txt} knows one
 */
record ThirdPartyLibrary(String groupId, String artifactId, String version, String name, String url,
        List<String> licences) {

    ThirdPartyLibrary {
        licences = List.copyOf(licences);
    }

    /** "groupId:artifactId". */
    String coordinates() {
        return groupId + ":" + artifactId;
    }

    /** The POM's name, or the artifact id where the name is missing or only repeats the coordinates. */
    String displayName() {
        return name.isBlank() || name.contains(":") || name.startsWith("Unnamed") ? artifactId : name;
    }

    /** The licences joined with " / ": a POM listing several usually offers a choice. */
    String licence() {
        return String.join(" / ", licences);
    }
}
