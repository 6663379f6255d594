package org.newsdesk.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of Newsdesk and its libraries, read from the build's properties file. */
public final class BuildInfo {

    private BuildInfo() {
    }

    /** Newsdesk's version. */
    public static String version() {
        return properties().getProperty("newsdesk.version", "unknown");
    }

    /** The ICU4J version Newsdesk was built and tested with (sentence splitting depends on it). */
    public static String icuBuiltWith() {
        return properties().getProperty("icu4j.version", "unknown");
    }

    /**
     * Refuses an ICU4J on the class path other than the one Newsdesk was built with: sentence boundaries, and so
     * summaries, depend on ICU's version, and results would no longer equal {@code run}'s.
     *
     * @param running the version of the ICU4J actually loaded, e.g. {@code com.ibm.icu.util.VersionInfo.ICU_VERSION}
     * @throws IllegalStateException naming both versions when they differ
     */
    public static void requireIcu(String running) {
        String built = icuBuiltWith();
        if (!sameIcu(built, running)) {
            throw new IllegalStateException("ICU4J " + running + " is on the class path, but Newsdesk was built with "
                    + "ICU4J " + built + ": sentence splitting (and so every summary) depends on ICU's version. Put "
                    + "Newsdesk's own ICU4J " + built + " first on the class path (the shaded job jar relocates it)");
        }
    }

    /** Whether two ICU version strings name the same release ({@code 77.1} and {@code 77.1.0.0} do). */
    static boolean sameIcu(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String version) {
        String v = String.valueOf(version).strip();
        while (v.endsWith(".0") && v.indexOf('.') != v.lastIndexOf('.')) {
            v = v.substring(0, v.length() - 2);
        }
        return v;
    }

    /** Versions recorded in every model manifest: Newsdesk, DL4J, ND4J, Java and the OS. */
    public static Map<String, String> libraries() {
        Properties p = properties();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("newsdesk", p.getProperty("newsdesk.version", "unknown"));
        out.put("deeplearning4j", p.getProperty("deeplearning4j.version", "unknown"));
        out.put("nd4j", p.getProperty("deeplearning4j.version", "unknown"));
        out.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        out.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        return out;
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/newsdesk-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // versions then read "unknown"
        }
        return p;
    }
}
