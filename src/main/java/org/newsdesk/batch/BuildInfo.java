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
