package dev.productscope.ui.help;

import dev.productscope.catalog.CatalogInfo;
import dev.productscope.io.ProgramVersion;
import java.util.List;
import java.util.Objects;

/** What Help > About shows: the program, the runtime it runs on, the catalogs in force and the bundled libraries. */
final class AboutModel {

    static final String NAME = "ProductScope";
    static final String DESCRIPTION = "Desktop modeller for IoT product scope after NIST CSWP 33";
    static final String LICENCE = "Apache-2.0";
    static final String LICENCE_URL = "https://www.apache.org/licenses/LICENSE-2.0";

    private final String version;
    private final String java;
    private final String javaFx;
    private final List<CatalogInfo> catalogs;
    private final List<ThirdPartyLibrary> libraries;

    AboutModel(String version, String java, String javaFx, List<CatalogInfo> catalogs,
            List<ThirdPartyLibrary> libraries) {
        this.version = version;
        this.java = java;
        this.javaFx = javaFx;
        this.catalogs = List.copyOf(catalogs);
        this.libraries = List.copyOf(libraries);
    }

    /** This program, on the running JVM and JavaFX, with the libraries its build bundled. */
    static AboutModel current(List<CatalogInfo> catalogs) {
        String java = System.getProperty("java.runtime.version", System.getProperty("java.version", "unknown"));
        String vendor = System.getProperty("java.vendor");
        return new AboutModel(ProgramVersion.get(), vendor == null ? java : java + " (" + vendor + ")",
                Objects.requireNonNullElse(System.getProperty("javafx.runtime.version"), "unknown"), catalogs,
                ThirdPartyLibraries.bundled());
    }

    String version() {
        return version;
    }

    String java() {
        return java;
    }

    String javaFx() {
        return javaFx;
    }

    /** Each catalog in force as {@link CatalogInfo#label()}, the bundled one first. */
    List<String> catalogLabels() {
        return catalogs.stream().map(CatalogInfo::label).toList();
    }

    List<ThirdPartyLibrary> libraries() {
        return libraries;
    }

    /** The versions as plain text for a bug report: program, runtimes and catalogs. */
    String versionReport() {
        StringBuilder report = new StringBuilder()
                .append(NAME).append(' ').append(version).append('\n')
                .append("Java ").append(java).append('\n')
                .append("JavaFX ").append(javaFx).append('\n')
                .append("OS ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append(' ').append(System.getProperty("os.arch")).append('\n');
        for (String catalog : catalogLabels()) {
            report.append("Catalog ").append(catalog).append('\n');
        }
        return report.toString();
    }
}
