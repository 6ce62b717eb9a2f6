package dev.productscope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.catalog.CatalogInfo;
import dev.productscope.io.CatalogReader;
import dev.productscope.io.ProgramVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Help > About without a window: what it says about the program, the runtime and the catalogs. */
class AboutModelTest {

    @Test
    void describesTheRunningProgramAndTheCatalogsInForce() {
        List<CatalogInfo> layers = List.of(CatalogReader.bundled().layers().get(0),
                new CatalogInfo("acme", "Acme additions", "3", "/home/me/acme.json"));

        AboutModel about = AboutModel.current(layers);

        assertThat(about.version()).isEqualTo(ProgramVersion.get()).isNotBlank();
        assertThat(about.java()).startsWith(System.getProperty("java.runtime.version"));
        assertThat(about.catalogLabels()).containsExactly(layers.get(0).label(), "Acme additions 3 (/home/me/acme.json)");
        assertThat(about.catalogLabels().get(0)).endsWith("(bundled)");
        assertThat(about.libraries()).as("the build's generated list").isNotEmpty();
    }

    @Test
    void theVersionReportNamesEachPartOnALine() {
        AboutModel about = new AboutModel("1.2.3", "17.0.15 (Acme)", "21.0.12",
                List.of(new CatalogInfo("base", "Baseline", "2024.1", "bundled")), List.of());

        assertThat(about.versionReport().lines()).startsWith("ProductScope 1.2.3", "Java 17.0.15 (Acme)",
                "JavaFX 21.0.12").contains("Catalog Baseline 2024.1 (bundled)");
        assertThat(about.versionReport().lines().filter(l -> l.startsWith("OS "))).hasSize(1);
    }
}
