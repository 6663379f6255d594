package org.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Boilerplate#kind} with its patterns guarded by cheap necessary conditions gives what it gave when every
 * pattern ran on every sentence ({@link LegacyBoilerplate}): on fixtures of every kind and on seeded random mixtures
 * of the pieces the patterns look for.
 */
class BoilerplateGuardsTest {

    private static final List<String> SENTENCES = List.of(
            "References", "references:", "REFERENCES :", "See also", "Notes", "links", "Related articles", "Sources",
            "Further reading:", "External links", "Lİnks", "Links", "LINKS:", "Related links", "Note", "[1] https://example.org/a", "(2) www.example.org",
            "3. http://x.y", "3) HTTP://x.y", "[1] see https://example.org", "http://a.b/c http://d.e/f",
            "WWW.EXAMPLE.COM/page", "Visit Http://example.com for more on the story of the year.",
            "By Jane Smith, BBC News", "by John van Dyke", "From Our Correspondent", "Reporting by Anna Lee; Editing by Tom",
            "Written by A. B. Cee", "Additional reporting by Ed Jones", "Compiled by Al Bin Said", "BY JOHN SMITH",
            "By the way, it rained.", "Photo: Getty Images", "PHOTOGRAPH: Reuters", "Picture by Jane: x",
            "Image credit | AFP", "File photo: a man", "Video: the goal", "Graphic: BBC", "Illustration credit: X",
            "Caption: a dog", "The minister arrives (Getty Images)", "The minister arrives [AFP].",
            "The minister arrives (Photo: AP Photo / John)", "The man said: photo ops are dull", "He said: no.",
            "Talks (in London) ended: nothing", "Seen here: the image: a dog", "Read more: x", "READ MORE",
            "Read the full story", "More on this story", "Click here", "Follow us on Twitter", "Follow the BBC",
            "Sign up now", "Subscribe", "Related: x", "See also: y", "Advertisement", "Share this", "Share on X",
            "Watch: video", "Listen : audio", "Continue reading", "This story has been updated", "Copyright 2020",
            "All rights reserved", "(c) BBC", "(C) BBC", "© BBC", "The talks ended.", "This is it.", "All is well.",
            "LONDON (Reuters) -", "LONDON (Reuters) - Shares rose.", "WASHINGTON, March 3 -", "…", "", "  ",
            "Ad sales boost Time Warner profit", "Ad sales boost Time-Warner profit!", "\u212Aelvin rises",
            "İstanbul talks", "Is it? http://x");

    private static final List<String> TITLES = List.of(
            "", "Ad sales boost Time Warner profit", "  ", "İstanbul talks", "kelvin rises", "Is it? http://x");

    @Test
    void guardedKindAgreesWithEveryPatternRunOnFixtures() {
        for (String s : SENTENCES) {
            for (String title : TITLES) {
                assertEquals(LegacyBoilerplate.kind(s, title), Boilerplate.kind(s, title),
                        () -> "sentence '" + s + "', title '" + title + "'");
            }
            assertEquals(LegacyBoilerplate.isBoilerplate(s), Boilerplate.isBoilerplate(s), s);
        }
        assertEquals(Boilerplate.Kind.REFERENCE, Boilerplate.kind("references:", ""));
        assertEquals(Boilerplate.Kind.BYLINE, Boilerplate.kind("By Jane Smith, BBC News", ""));
        assertEquals(Boilerplate.Kind.CAPTION, Boilerplate.kind("Seen here: the image: a dog", ""));
        assertEquals(Boilerplate.Kind.PROMPT, Boilerplate.kind("(C) BBC", ""));
        assertEquals(Boilerplate.Kind.HEADLINE, Boilerplate.kind("Ad sales boost Time-Warner profit!",
                "Ad sales boost Time Warner profit"));
    }

    @Test
    void guardedKindAgreesWithEveryPatternRunOnRandomMixtures() {
        String[] parts = {"By ", "by", "From", "Reporting", "Read more", "read MORE", "(c)", "(C)", "©", "Copyright",
            "Related", "See also", ":", " : ", "|", "http://x.com", "HTTP", "www.", "WWW.", "[1]", "(2)", "3.", "3)",
            "References", "notes", "Notes", " ", "\t", "Photo", "PHOTO", "image", "Picture", "File photo",
            "(Getty Images)", "(AFP)", "[Reuters]", "(", ")", "[", "]", ".", "\u0085", "İ", "\u212A", "John Smith",
            "Jane", "and", "BBC News", ",", "-", " - ", "LONDON", "(Reuters)", "The", "this story has been", "x",
            "Follow us", "Sign up", "Watch", "share on", "Links", "Further reading", "External links", "sources"};
        String[] titles = {"", "John Smith", "The x", "Photo"};
        Random random = new Random(11);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(7);
            for (int i = 0; i < length; i++) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String s = b.toString();
            String title = titles[random.nextInt(titles.length)];
            assertEquals(LegacyBoilerplate.kind(s, title), Boilerplate.kind(s, title),
                    () -> "sentence '" + s + "', title '" + title + "'");
        }
    }

    @Test
    void helpersIgnoreOnlyAsciiCase() {
        assertTrue(Boilerplate.containsIgnoreAsciiCase("see HtTp://x", "http"));
        assertFalse(Boilerplate.containsIgnoreAsciiCase("htt", "http"));
        assertTrue(Boilerplate.startsWithAny("READ more", new String[] {"rea"}));
        assertFalse(Boilerplate.startsWithAny("\u212Aelvin", new String[] {"kel"}));
        for (String s : List.of("http", "HTTP:", "xHtTpx", "htt", "www.", "WwW.x", "www", "wwwx", "\u212A http",
                "İhttp", "", "h", "ttp www")) {
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            assertEquals(lower.contains("http") || lower.contains("www."), Boilerplate.mayHaveUrl(s), s);
        }
        assertTrue(Boilerplate.sameWords("Time-Warner, profit!", "time warner profit"));
        assertFalse(Boilerplate.sameWords("Time Warner profits", "time warner profit"));
        assertFalse(Boilerplate.sameWords("", "x"));
        assertTrue(Boilerplate.sameWords("...", ""));
    }
}
