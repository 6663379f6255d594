package org.newsdesk.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.core.Article;

/**
 * Removes HTML markup from article text that was pasted or exported as HTML: scripts, styles and comments go with
 * their content, block elements ({@code p}, {@code div}, {@code br}, headings, list items, table rows) become line
 * breaks, other tags are dropped, and character references ({@code &amp;}, {@code &#233;}, {@code &eacute;} for the
 * common Latin-1 letters) are decoded. Text is treated as HTML only when it has unmistakable markup (a closing tag,
 * {@code <br>}, a tag with an attribute, a comment or a doctype), so "x &lt; y" and a wire story's ticker
 * {@code <U>} are left alone.
 */
final class Html {

    /** The note added to an article whose markup was removed. */
    static final String NOTE = "HTML markup removed";

    private static final String TAGS = "p|div|br|span|a|b|i|u|em|strong|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th"
            + "|html|head|body|script|style|img|article|section|header|footer|nav|blockquote|figure|figcaption|font"
            + "|meta|link|title|iframe|noscript|hr|pre|code|small|sup|sub|time|aside|main";
    /**
     * Unmistakable markup: a closing tag, a line break tag, a tag with an attribute, a comment or a doctype. A lone
     * {@code <U>} or {@code <AMERICAN EXPRESS>} is not enough: news wires write ticker symbols and company names so.
     */
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?i)</(?:" + TAGS + ")\\s*>|<br\\s*/?>"
            + "|<(?:" + TAGS + ")\\s+(?:href|src|class|id|style|alt|title|lang|dir|width|height)\\s*=|<!--|<!doctype");
    private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style|noscript|head)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(?:p|div|br|h[1-6]|li|tr|article|section|header|"
            + "footer|blockquote|figure|figcaption|hr|pre|table|ul|ol|title)(?:\\s[^>]*)?/?>");
    private static final Pattern TAG = Pattern.compile("(?s)</?[a-zA-Z][a-zA-Z0-9:-]*(?:\\s[^>]*)?/?>|<!\\w[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
            Map.entry("hellip", "\u2026"), Map.entry("eacute", "\u00e9"), Map.entry("egrave", "\u00e8"),
            Map.entry("aacute", "\u00e1"), Map.entry("agrave", "\u00e0"), Map.entry("uuml", "\u00fc"),
            Map.entry("ouml", "\u00f6"), Map.entry("auml", "\u00e4"), Map.entry("ccedil", "\u00e7"),
            Map.entry("ntilde", "\u00f1"), Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"),
            Map.entry("copy", "\u00a9"), Map.entry("szlig", "\u00df"), Map.entry("iacute", "\u00ed"),
            Map.entry("oacute", "\u00f3"), Map.entry("uacute", "\u00fa"));

    private Html() {
    }

    /** Whether the text contains HTML markup. */
    static boolean looksLikeHtml(String text) {
        return text.indexOf('<') >= 0 && LOOKS_LIKE_HTML.matcher(text).find();
    }

    /** The article with markup removed from its title and text and a note saying so; unchanged when it has none. */
    static Article clean(Article article) {
        boolean title = looksLikeHtml(article.title());
        boolean text = looksLikeHtml(article.text());
        if (!title && !text) {
            return article;
        }
        List<String> notes = new ArrayList<>(article.notes());
        notes.add(NOTE);
        String cleanTitle = title ? strip(article.title()).replace('\n', ' ').strip() : article.title();
        String cleanText = text ? strip(article.text()) : article.text();
        if (cleanText.isBlank()) {
            throw new IllegalArgumentException("no text left after removing HTML markup");
        }
        return new Article(article.id(), cleanTitle, cleanText, article.labels(), article.referenceSummary(), notes,
                article.extra());
    }

    /** The text without markup, with block elements as line breaks and at most one blank line in a row. */
    static String strip(String html) {
        String s = DROPPED.matcher(html).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = decodeEntities(s);
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : s.split("\r?\n|\r", -1)) {
            String t = line.replaceAll("[ \\t\\u00a0]+", " ").strip();
            if (t.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(t);
            blank = 0;
        }
        return out.toString();
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement;
            if (e.startsWith("#")) {
                int cp;
                try {
                    cp = e.length() > 1 && (e.charAt(1) == 'x' || e.charAt(1) == 'X')
                            ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                } catch (NumberFormatException ex) {
                    cp = -1;
                }
                replacement = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
            } else {
                replacement = NAMED.getOrDefault(e, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
