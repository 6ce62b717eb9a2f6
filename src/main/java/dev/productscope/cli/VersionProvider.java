package dev.productscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven writes into {@code version.properties} at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** The program's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return dev.productscope.io.ProgramVersion.get();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"ProductScope " + version(),
                "Model file format version " + dev.productscope.io.ModelReader.currentVersion(),
                "Java ${java.version} (${java.vendor})"};
    }
}
