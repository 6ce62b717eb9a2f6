package dev.productscope.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, which Maven writes into {@code version.properties} at build time. */
public final class ProgramVersion {

    private static final String VERSION = read();

    private ProgramVersion() {
    }

    /** E.g. {@code 0.1.0-SNAPSHOT}; "development" when run from sources without the build's resources. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = ProgramVersion.class.getResourceAsStream("/dev/productscope/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String version = properties.getProperty("version", "development");
            return version.startsWith("${") ? "development" : version;
        } catch (IOException e) {
            return "development";
        }
    }
}
