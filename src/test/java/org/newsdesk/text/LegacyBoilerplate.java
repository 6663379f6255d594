package org.newsdesk.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Boilerplate} as it was before its patterns were guarded by cheap necessary conditions: every pattern runs on
 * every sentence. Kept as the reference the guarded code must agree with.
 */
final class LegacyBoilerplate {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern REFERENCE_MARKER = Pattern.compile(
            "^\\s*(?:\\[\\d+]|\\(\\d+\\)|\\d+[.)])\\s*\\S*(?:https?://|www\\.)");
    private static final Pattern LIST_HEADING = Pattern.compile(
            "^\\s*(references|sources|see also|external links|further reading|notes|links|related articles|"
                    + "related stories|related links)\\s*:?\\s*$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|from|reporting by|written by|additional reporting by|editing by|compiled by)\\s+"
                    + "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|van|von|al|bin|la|le|du)){1,5}"
                    + "\\s*(?:[,;|/–—-]\\s*\\p{Lu}[\\p{L} .&'’-]{0,50})?[.]?$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(?:photo|photograph|picture|image|caption|credit|video|graphic|illustration|file photo)"
                    + "(?:\\s+(?:by|credit))?\\s*[:|]");
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            "(?i)[(\\[]\\s*(?:photo|image|picture)?[^()\\[\\]]{0,40}(?:getty images|afp|reuters|ap photo|"
                    + "associated press|epa|pa media|pa wire|shutterstock|alamy)[^()\\[\\]]{0,20}[)\\]]\\s*\\.?$"
                    + "|(?:photograph|photo|picture|image)\\s*:\\s*[^.]{1,60}$");
    private static final Pattern PROMPT = Pattern.compile(
            "(?i)^(?:read more|read the full|more on this|click here|follow (?:us|him|her|the)|sign up|subscribe|"
                    + "related\\s*:|see also\\s*:|advertisement|share this|share on|watch\\s*:|listen\\s*:|"
                    + "continue reading|this story has been|copyright|all rights reserved|\\(c\\)|©)");
    /** {@code CITY (Agency) -}, {@code CITY, Month Day (Agency) -}, {@code CITY, Month Day -}. */
    static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*[\\p{L}\\p{N} .,]{1,30})?\\s*"
                    + "(?:\\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|IANS|PTI|CNN|BBC)\\))?\\s+[-–—]+(?:\\s+|$)");
    static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}(?:,\\s*[\\p{L}\\p{N} .,]{1,30})?\\s*"
                    + "\\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|IANS|PTI|CNN|BBC)\\)\\s*[-–—:]*\\s*");

    private LegacyBoilerplate() {
    }

    /**
     * True when {@code sentence} is empty, a URL line, a reference-list entry or a reference-list heading.
     * A sentence that merely mentions one URL inside ordinary prose is not boilerplate.
     */
    static boolean isBoilerplate(String sentence) {
        return kind(sentence, "") != null;
    }

    /**
     * The kind of boilerplate {@code sentence} is, or null for prose.
     *
     * @param title the article's headline (may be empty): a sentence that repeats it is {@link Boilerplate.Kind#HEADLINE}
     */
    static Boilerplate.Kind kind(String sentence, String title) {
        String s = sentence.strip();
        if (!hasLetterOrDigit(s)) {
            return Boilerplate.Kind.EMPTY;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (LIST_HEADING.matcher(lower).matches() || REFERENCE_MARKER.matcher(s).find()) {
            return Boilerplate.Kind.REFERENCE;
        }
        Matcher m = URL.matcher(s);
        int urlChars = 0;
        boolean mayHaveUrl = lower.contains("http") || lower.contains("www.");
        while (mayHaveUrl && m.find()) {
            urlChars += m.end() - m.start();
        }
        if (urlChars > 0 && urlChars * 2 >= nonSpace(s)) {
            return Boilerplate.Kind.URL;
        }
        if (title != null && !title.isBlank() && s.length() <= 2 * title.length() + 10 && sameWords(s, title)) {
            return Boilerplate.Kind.HEADLINE;
        }
        if (PROMPT.matcher(s).find()) {
            return Boilerplate.Kind.PROMPT;
        }
        if (CREDIT.matcher(s).find() || (mayEndInCredit(s) && CREDIT_TAIL.matcher(s).find())) {
            return Boilerplate.Kind.CAPTION;
        }
        if (s.length() <= 120 && BYLINE.matcher(s).matches()) {
            return Boilerplate.Kind.BYLINE;
        }
        int dateline = datelineLength(s);
        if (dateline > 0 && !hasLetterOrDigit(s.substring(dateline))) {
            return Boilerplate.Kind.DATELINE;
        }
        return null;
    }

    /**
     * Length of a wire dateline opening {@code sentence} ({@code WASHINGTON (Reuters) - }), 0 when there is none.
     * Only an upper-case place name or a place followed by a news agency in brackets counts, so ordinary sentences
     * that start with a dash clause are left alone.
     */
    static int datelineLength(String sentence) {
        Matcher a = AGENCY_DATELINE.matcher(sentence);
        if (a.lookingAt()) {
            return a.end();
        }
        Matcher d = DATELINE.matcher(sentence);
        if (d.lookingAt()) {
            String place = sentence.substring(0, d.end());
            int letters = 0;
            int upper = 0;
            for (int i = 0; i < place.length(); i++) {
                char c = place.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    upper += Character.isUpperCase(c) ? 1 : 0;
                }
                if (c == ',') {
                    break;
                }
            }
            return letters >= 2 && upper == letters ? d.end() : 0;
        }
        return 0;
    }

    /** A cheap test before the caption-tail pattern: a bracket near the end, or a colon anywhere. */
    private static boolean mayEndInCredit(String s) {
        for (int i = Math.max(0, s.length() - 3); i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ')' || c == ']') {
                return true;
            }
        }
        return s.indexOf(':') >= 0;
    }

    private static boolean sameWords(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
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
