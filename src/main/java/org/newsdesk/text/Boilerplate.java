package org.newsdesk.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text that is not prose and must never become a summary sentence (see {@link Kind}), and the dateline
 * that opens many wire stories ({@code LONDON (Reuters) -}), which can be cut off the front of a sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class Boilerplate {

    /** The kinds of non-prose this class recognises. */
    public enum Kind {
        /** Empty or without a single letter or digit. */
        EMPTY,
        /** A line of bare URLs (URLs make up half or more of its characters). */
        URL,
        /** An entry of a numbered reference list ({@code [1] https://...}) or such a list's heading. */
        REFERENCE,
        /** The headline repeated in the body. */
        HEADLINE,
        /** A byline ({@code By Jane Smith, BBC News}) or an author/credit line. */
        BYLINE,
        /** A dateline standing on its own ({@code LONDON, March 3 (Reuters) -}). */
        DATELINE,
        /** A photo caption or credit ({@code Photo: ...}, {@code ... (Getty Images)}). */
        CAPTION,
        /** A link prompt: "Read more", "Click here", "Follow us", "Sign up", "Related:", "Advertisement". */
        PROMPT
    }

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
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*[\\p{L}\\p{N} .,]{1,30})?\\s*"
                    + "(?:\\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|IANS|PTI|CNN|BBC)\\))?\\s+[-–—]+(?:\\s+|$)");
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}(?:,\\s*[\\p{L}\\p{N} .,]{1,30})?\\s*"
                    + "\\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|IANS|PTI|CNN|BBC)\\)\\s*[-–—:]*\\s*");

    private Boilerplate() {
    }

    /**
     * True when {@code sentence} is empty, a URL line, a reference-list entry or a reference-list heading.
     * A sentence that merely mentions one URL inside ordinary prose is not boilerplate.
     */
    public static boolean isBoilerplate(String sentence) {
        return kind(sentence, "") != null;
    }

    /**
     * The kind of boilerplate {@code sentence} is, or null for prose.
     *
     * @param title the article's headline (may be empty): a sentence that repeats it is {@link Kind#HEADLINE}
     */
    public static Kind kind(String sentence, String title) {
        String s = sentence.strip();
        if (!hasLetterOrDigit(s)) {
            return Kind.EMPTY;
        }
        if (mayBeListHeading(s) && LIST_HEADING.matcher(s.toLowerCase(Locale.ROOT)).matches()
                || mayBeReferenceEntry(s) && REFERENCE_MARKER.matcher(s).find()) {
            return Kind.REFERENCE;
        }
        int urlChars = 0;
        // as s.toLowerCase(ROOT).contains(...): only H, T, P, W and their lower cases lower-case to h, t, p, w
        boolean mayHaveUrl = mayHaveUrl(s);
        if (mayHaveUrl) {
            Matcher m = URL.matcher(s);
            while (m.find()) {
                urlChars += m.end() - m.start();
            }
        }
        if (urlChars > 0 && urlChars * 2 >= nonSpace(s)) {
            return Kind.URL;
        }
        if (title != null && !title.isBlank() && s.length() <= 2 * title.length() + 10 && sameWords(s, title)) {
            return Kind.HEADLINE;
        }
        if (startsWithAny(s, PROMPT_STARTS) && PROMPT.matcher(s).find()) {
            return Kind.PROMPT;
        }
        if (startsWithAny(s, CREDIT_STARTS) && CREDIT.matcher(s).find()
                || mayEndInCredit(s) && CREDIT_TAIL.matcher(s).find()) {
            return Kind.CAPTION;
        }
        if (s.length() <= 120 && startsWithAny(s, BYLINE_STARTS) && BYLINE.matcher(s).matches()) {
            return Kind.BYLINE;
        }
        int dateline = datelineLength(s);
        if (dateline > 0 && !hasLetterOrDigit(s.substring(dateline))) {
            return Kind.DATELINE;
        }
        return null;
    }

    /**
     * Length of a wire dateline opening {@code sentence} ({@code WASHINGTON (Reuters) - }), 0 when there is none.
     * Only an upper-case place name or a place followed by a news agency in brackets counts, so ordinary sentences
     * that start with a dash clause are left alone.
     */
    public static int datelineLength(String sentence) {
        if (sentence.isEmpty() || Character.getType(sentence.codePointAt(0)) != Character.UPPERCASE_LETTER) {
            return 0; // both patterns start with \p{Lu}
        }
        if (mayOpenWithAgency(sentence)) {
            Matcher a = AGENCY_DATELINE.matcher(sentence);
            if (a.lookingAt()) {
                return a.end();
            }
        }
        if (!mayOpenWithDateline(sentence)) {
            return 0;
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

    /*
     * Cheap necessary conditions run before the patterns anchored at the start of the sentence, so that most
     * sentences never reach a matcher. {@code (?i)} without UNICODE_CASE folds ASCII letters only, and every
     * alternative of those patterns opens with plain text, so a match needs the sentence to open with one of these
     * prefixes, ignoring ASCII case. The sentence is stripped, so no {@code \s} comes first.
     */
    private static final String[] PROMPT_STARTS = {
        "rea", "mor", "cli", "fol", "sig", "sub", "rel", "see", "adv", "sha", "wat", "lis", "con", "thi", "cop",
        "all", "(c)", "©"};
    private static final String[] CREDIT_STARTS = {
        "pho", "pic", "ima", "cap", "cre", "vid", "gra", "ill", "fil"};
    private static final String[] BYLINE_STARTS = {"by", "fr", "re", "wr", "ad", "ed", "co"};

    /** {@link #LIST_HEADING} (matched on the lower-cased sentence) needs one of its words' first letters first. */
    static boolean mayBeListHeading(String s) {
        return !s.isEmpty() && "rsefnlRSEFNL".indexOf(s.charAt(0)) >= 0;
    }

    /** {@link #REFERENCE_MARKER} needs a bracket or an ASCII digit first and (case-sensitive) "http" or "www.". */
    static boolean mayBeReferenceEntry(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return (c == '[' || c == '(' || (c >= '0' && c <= '9')) && (s.contains("http") || s.contains("www."));
    }

    /** True when {@code s} opens with one of {@code prefixes} (lower case), ignoring the case of ASCII letters. */
    static boolean startsWithAny(String s, String[] prefixes) {
        for (String p : prefixes) {
            if (startsWithIgnoreAsciiCase(s, 0, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoreAsciiCase(String s, int from, String lowerPrefix) {
        if (s.length() - from < lowerPrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            char c = s.charAt(from + i);
            char p = lowerPrefix.charAt(i);
            if (c != p && !(p >= 'a' && p <= 'z' && c == p - 32)) {
                return false;
            }
        }
        return true;
    }

    /** As {@code containsIgnoreAsciiCase(s, "http") || containsIgnoreAsciiCase(s, "www.")}, in one pass. */
    static boolean mayHaveUrl(String s) {
        for (int i = 0, last = s.length() - 4; i <= last; i++) {
            int c = s.charAt(i) | 0x20; // 'h' only for H and h, 'w' only for W and w
            if (c == 'h' && startsWithIgnoreAsciiCase(s, i + 1, "ttp")
                    || c == 'w' && startsWithIgnoreAsciiCase(s, i + 1, "ww.")) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} contains {@code lowerNeedle} (lower case), ignoring the case of ASCII letters. */
    static boolean containsIgnoreAsciiCase(String s, String lowerNeedle) {
        for (int i = 0; i + lowerNeedle.length() <= s.length(); i++) {
            if (startsWithIgnoreAsciiCase(s, i, lowerNeedle)) {
                return true;
            }
        }
        return false;
    }

    /** The agencies both dateline patterns name in brackets, as literal text. */
    private static final String[] AGENCIES = {
        "Reuters", "AP", "AFP", "Bloomberg", "UPI", "dpa", "Xinhua", "IANS", "PTI", "CNN", "BBC"};

    /**
     * A cheap necessary condition for {@link #AGENCY_DATELINE}: its first bracket holds an agency. No character
     * class before the pattern's {@code \(} admits a bracket, so a match can only use the first one.
     */
    static boolean mayOpenWithAgency(String s) {
        int open = s.indexOf('(');
        if (open < 0) {
            return false;
        }
        for (String agency : AGENCIES) {
            if (s.startsWith(agency, open + 1) && s.startsWith(")", open + 1 + agency.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cheap necessary condition for {@link #DATELINE}: the second code point is in
     * {@code [\p{Lu}\p{M} .'’-]} and somewhere a {@code \s} character is followed by a dash {@code [-–—]}.
     */
    static boolean mayOpenWithDateline(String s) {
        int second = Character.charCount(s.codePointAt(0));
        if (second >= s.length()) {
            return false;
        }
        int cp = s.codePointAt(second);
        int type = Character.getType(cp);
        if (!(type == Character.UPPERCASE_LETTER || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || cp == ' ' || cp == '.' || cp == '\'' || cp == '\u2019' || cp == '-')) {
            return false;
        }
        for (int i = s.length() - 1; i > second; i--) {
            char c = s.charAt(i);
            if ((c == '-' || c == '\u2013' || c == '\u2014') && isRegexSpace(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The characters of {@code \s} in a Java pattern without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * A cheap test before the caption-tail pattern: a bracket near the end, or a colon anywhere. A colon alone
     * lets the pattern run only when one of its two alternatives can match: the first needs a closing bracket, the
     * second one of photograph, photo, picture or image (ASCII case ignored); without either the pattern fails, so
     * the result is as if it had run.
     */
    static boolean mayEndInCredit(String s) {
        for (int i = Math.max(0, s.length() - 3); i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ')' || c == ']') {
                return true;
            }
        }
        return s.indexOf(':') >= 0 && (s.indexOf(')') >= 0 || s.indexOf(']') >= 0
                || containsIgnoreAsciiCase(s, "pho") || containsIgnoreAsciiCase(s, "pic")
                || containsIgnoreAsciiCase(s, "ima"));
    }

    /**
     * True when the letters and digits of {@code a} and {@code b}, each lower-cased by {@link Character#toLowerCase(char)},
     * are the same sequence (compared in place, without building the two strings).
     */
    static boolean sameWords(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && !Character.isLetterOrDigit(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && !Character.isLetterOrDigit(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (Character.toLowerCase(a.charAt(i)) != Character.toLowerCase(b.charAt(j))) {
                return false;
            }
            i++;
            j++;
        }
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
