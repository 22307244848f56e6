package org.polypress.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A program that worked on the documents, named as a PREMIS agent: Polypress, the libraries it was
 * built with (their versions written into {@code polypress-build.properties} by the build, as the
 * jars do not all say), and the Java runtime.
 *
 * @param name    the program's name ("Apache Tika")
 * @param version its version ("3.3.0")
 */
public record Software(String name, String version) {
    static final String RESOURCE = "/polypress-build.properties";
    /** Agent names of the programs the archive links to events (as in {@value #RESOURCE}). */
    static final String POLYPRESS = "Polypress";
    static final String TIKA = "Apache Tika";
    static final String PDFBOX = "Apache PDFBox";
    static final String SAXON = "Saxon-HE";
    static final String FOP = "Apache FOP";
    static final String BAGIT = "gov.loc bagit";
    static final String JAVA = "Java runtime";

    public Software {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    /** The local PREMIS identifier of this agent ("apache-tika"). */
    public String id() {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Polypress first, then the libraries in the order the build file lists them, then Java. */
    public static List<Software> bundled() {
        List<Software> out = new ArrayList<>();
        try (InputStream in = Software.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            // Read line by line rather than as Properties, to keep the file's order.
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                out.add(new Software(line.substring(0, eq).replace("\\ ", " ").strip(), line.substring(eq + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.add(new Software(JAVA, System.getProperty("java.vendor", "") + " " + System.getProperty("java.version", "")));
        return List.copyOf(out);
    }

    /** The version of a bundled program, "unknown" if the build file does not name it. */
    public static String versionOf(List<Software> all, String name) {
        return all.stream().filter(s -> s.name().equals(name)).map(Software::version).findFirst().orElse("unknown");
    }
}
