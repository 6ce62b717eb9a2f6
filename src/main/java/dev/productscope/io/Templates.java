package dev.productscope.io;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The export templates (JMustache, shipped in the jar): every value goes through the format's
 * escaper, so no export is assembled by gluing strings together.
 */
public final class Templates {

    private static final String FOLDER = "/dev/productscope/io/export/templates/";

    private Templates() {
    }

    /**
     * Compiles {@code name.mustache}; its partials ({@code {{>other}}}) come from the same folder.
     * A null value prints as nothing, a missing one is an error, so a typo in a template fails the tests.
     */
    public static Template compile(String name, Mustache.Escaper escaper) {
        Mustache.Compiler compiler = Mustache.compiler().withEscaper(escaper).nullValue("")
                .emptyStringIsFalse(true).zeroIsFalse(true).withLoader(Templates::open);
        try (Reader reader = open(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(String name) {
        InputStream in = Templates.class.getResourceAsStream(FOLDER + name + ".mustache");
        if (in == null) {
            throw new IllegalStateException("template missing from the jar: " + FOLDER + name + ".mustache");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
