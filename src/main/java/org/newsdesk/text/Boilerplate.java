package org.newsdesk.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text that is not prose and must never become a summary sentence: lines of bare URLs, numbered
 * reference lists ({@code [1] https://...}), and headings of such lists ("References", "Sources").
 *
 * <p>Stateless and thread-safe.
 */
public final class Boilerplate {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern REFERENCE_MARKER = Pattern.compile("^\\s*(?:\\[\\d+]|\\(\\d+\\)|\\d+[.)])\\s*\\S*(?:https?://|www\\.)");
    private static final Pattern LIST_HEADING = Pattern.compile(
            "^\\s*(references|sources|see also|external links|further reading|notes|links)\\s*:?\\s*$");

    private Boilerplate() {
    }

    /**
     * True when {@code sentence} is a URL line, a reference-list entry or a reference-list heading.
     * A sentence that merely mentions one URL inside ordinary prose is not boilerplate.
     */
    public static boolean isBoilerplate(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return true;
        }
        if (LIST_HEADING.matcher(s.toLowerCase(Locale.ROOT)).matches() || REFERENCE_MARKER.matcher(s).find()) {
            return true;
        }
        Matcher m = URL.matcher(s);
        int urlChars = 0;
        while (m.find()) {
            urlChars += m.end() - m.start();
        }
        return urlChars > 0 && urlChars * 2 >= nonSpace(s);
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
