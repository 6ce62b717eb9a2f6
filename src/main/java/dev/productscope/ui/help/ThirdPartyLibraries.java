package dev.productscope.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads the list of bundled libraries that license-maven-plugin writes at build time from the
 * runtime dependencies' POMs (template {@code src/license/third-party-libraries.ftl}): one library
 * a line, tab-separated groupId, artifactId, version, name, url and licences joined by " | ".
 */
final class ThirdPartyLibraries {

    static final String RESOURCE = "third-party-libraries.txt";

    private ThirdPartyLibraries() {
    }

    /** The libraries in this build's jar, by name; empty when run from sources the build has not processed. */
    static List<ThirdPartyLibrary> bundled() {
        try (InputStream in = ThirdPartyLibraries.class.getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ThirdPartyLibrary> parse(String text) {
        List<ThirdPartyLibrary> libraries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 6) {
                throw new IllegalArgumentException("Expected 6 tab-separated fields in the library list: " + line);
            }
            List<String> licences = Arrays.stream(fields[5].split("\\|")).map(String::trim)
                    .filter(l -> !l.isEmpty()).toList();
            libraries.add(new ThirdPartyLibrary(fields[0].trim(), fields[1].trim(), fields[2].trim(),
                    fields[3].trim(), fields[4].trim(), licences));
        }
        libraries.sort(Comparator.comparing((ThirdPartyLibrary l) -> l.displayName().toLowerCase(Locale.ROOT))
                .thenComparing(ThirdPartyLibrary::coordinates));
        return List.copyOf(libraries);
    }
}
