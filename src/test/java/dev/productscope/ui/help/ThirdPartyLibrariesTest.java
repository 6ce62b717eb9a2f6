package dev.productscope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The list of bundled libraries that the build generates for Help > About, read back as the dialog reads it. */
class ThirdPartyLibrariesTest {

    private static final List<ThirdPartyLibrary> BUNDLED = ThirdPartyLibraries.bundled();

    private static Map<String, ThirdPartyLibrary> byCoordinates() {
        return BUNDLED.stream().collect(Collectors.toMap(ThirdPartyLibrary::coordinates, Function.identity()));
    }

    /** groupId:artifactId of each dependency pom.xml declares for the jar: compile or runtime scope, no profile. */
    private static List<String> declaredRuntimeDependencies() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        List<String> declared = new ArrayList<>();
        for (Node child = pom.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element dependencies && dependencies.getTagName().equals("dependencies")) {
                NodeList list = dependencies.getElementsByTagName("dependency");
                for (int i = 0; i < list.getLength(); i++) {
                    Element dependency = (Element) list.item(i);
                    String scope = text(dependency, "scope");
                    if (scope.isEmpty() || scope.equals("compile") || scope.equals("runtime")) {
                        declared.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
                    }
                }
            }
        }
        return declared;
    }

    private static String text(Element parent, String tag) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().trim();
            }
        }
        return "";
    }

    @Test
    void everyRuntimeDependencyOfTheBuildIsListedWithALicence() throws Exception {
        List<String> declared = declaredRuntimeDependencies();
        assertThat(declared).as("read from pom.xml").contains("org.jgrapht:jgrapht-core", "info.picocli:picocli")
                .doesNotContain("org.assertj:assertj-core");

        assertThat(byCoordinates()).containsKeys(declared.toArray(String[]::new));
        assertThat(BUNDLED).allSatisfy(library -> {
            assertThat(library.licences()).as(library.coordinates()).isNotEmpty()
                    .allSatisfy(l -> assertThat(l).isNotBlank().doesNotContainIgnoringCase("unknown"));
            assertThat(library.version()).as(library.coordinates()).isNotBlank();
            assertThat(library.displayName()).as(library.coordinates()).isNotBlank().doesNotContain(":");
        });
    }

    @Test
    void namesTheLicencesOfTheMainLibraries() {
        Map<String, ThirdPartyLibrary> libraries = byCoordinates();

        assertThat(libraries.get("io.github.mkpaz:atlantafx-base").licences()).containsExactly("MIT");
        assertThat(libraries.get("com.fasterxml.jackson.core:jackson-databind").licences()).containsExactly("Apache-2.0");
        assertThat(libraries.get("info.picocli:picocli").licences()).containsExactly("Apache-2.0");
        assertThat(libraries.get("org.controlsfx:controlsfx").licences()).containsExactly("BSD-3-Clause");
        assertThat(libraries.get("org.commonmark:commonmark").licences()).containsExactly("BSD-2-Clause");
        assertThat(libraries.get("org.apache.xmlgraphics:batik-svggen").licences()).containsExactly("Apache-2.0");
        assertThat(libraries.get("org.jgrapht:jgrapht-core").licences()).contains("EPL-2.0");
        assertThat(libraries.get("com.github.librepdf:openpdf").licences()).contains("MPL-2.0");
        assertThat(libraries.get("org.openjfx:javafx-controls").licence()).contains("Classpath-exception");
        assertThat(libraries.get("org.apache.xmlgraphics:batik-svggen").displayName()).isEqualTo("batik-svggen");
    }

    @Test
    void listsTransitiveLibrariesButNoTestLibrary() {
        assertThat(byCoordinates()).containsKeys("com.fasterxml.jackson.core:jackson-core",
                "org.openjfx:javafx-graphics", "org.apache.xmlgraphics:batik-awt-util");
        assertThat(byCoordinates()).doesNotContainKeys("org.assertj:assertj-core", "org.testfx:testfx-junit5",
                "org.apache.pdfbox:pdfbox", "org.jsoup:jsoup", "org.junit.jupiter:junit-jupiter-api",
                "net.jqwik:jqwik-api");
    }

    @Test
    void noLibraryIsUnderTheGplWithoutAClasspathException() {
        assertThat(BUNDLED).flatExtracting(ThirdPartyLibrary::licences).allSatisfy(licence -> {
            String l = licence.toLowerCase(Locale.ROOT);
            boolean gpl = (l.matches(".*\\bgpl.*") || l.contains("general public license"))
                    && !l.contains("lgpl") && !l.contains("lesser") && !l.contains("library");
            if (gpl) {
                assertThat(l).as(licence).containsAnyOf("classpath-exception", "classpath exception");
            }
        });
    }

    @Test
    void readsTheGeneratedFormat() {
        List<ThirdPartyLibrary> parsed = ThirdPartyLibraries.parse("""
                # Generated: do not edit.
                org.example\tzeta\t2.0\tZeta Kit\thttps://zeta.example\tApache-2.0

                org.example\talpha-io\t1.0\torg.example:alpha-io\t\tEPL-2.0 | LGPL-2.1
                """);

        assertThat(parsed).extracting(ThirdPartyLibrary::displayName).containsExactly("alpha-io", "Zeta Kit");
        ThirdPartyLibrary alpha = parsed.get(0);
        assertThat(alpha.licences()).containsExactly("EPL-2.0", "LGPL-2.1");
        assertThat(alpha.licence()).isEqualTo("EPL-2.0 / LGPL-2.1");
        assertThat(alpha.url()).isEmpty();
        assertThat(parsed.get(1).url()).isEqualTo("https://zeta.example");
        assertThatThrownBy(() -> ThirdPartyLibraries.parse("org.example\tbroken\t1.0\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken");
    }
}
