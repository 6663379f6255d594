package org.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** One case per kind of boilerplate, and prose that looks like it but is not. */
class BoilerplateKindsTest {

    private static final String TITLE = "Floods close northern valley roads";

    @Test
    void recognisesEachKind() {
        assertEquals(Boilerplate.Kind.HEADLINE, Boilerplate.kind("Floods close northern valley roads", TITLE));
        assertEquals(Boilerplate.Kind.HEADLINE, Boilerplate.kind("FLOODS CLOSE NORTHERN VALLEY ROADS.", TITLE));
        assertEquals(Boilerplate.Kind.BYLINE, Boilerplate.kind("By Jane Smith", TITLE));
        assertEquals(Boilerplate.Kind.BYLINE, Boilerplate.kind("By Jane Smith, BBC News", TITLE));
        assertEquals(Boilerplate.Kind.BYLINE, Boilerplate.kind("Reporting by Tom Miles and Ana Ruiz; Editing by Sam Lee",
                TITLE));
        assertEquals(Boilerplate.Kind.DATELINE, Boilerplate.kind("LONDON (Reuters) -", TITLE));
        assertEquals(Boilerplate.Kind.DATELINE, Boilerplate.kind("WASHINGTON, March 3 -", TITLE));
        assertEquals(Boilerplate.Kind.CAPTION, Boilerplate.kind("Photo: Rescue teams at work in the valley.", TITLE));
        assertEquals(Boilerplate.Kind.CAPTION, Boilerplate.kind("Residents leave their homes (Getty Images)", TITLE));
        assertEquals(Boilerplate.Kind.PROMPT, Boilerplate.kind("Read more: how the floods began", TITLE));
        assertEquals(Boilerplate.Kind.PROMPT, Boilerplate.kind("Click here to sign up for alerts.", TITLE));
        assertEquals(Boilerplate.Kind.REFERENCE, Boilerplate.kind("[1] https://example.org/floods", TITLE));
        assertEquals(Boilerplate.Kind.REFERENCE, Boilerplate.kind("See also", TITLE));
        assertEquals(Boilerplate.Kind.URL, Boilerplate.kind("https://example.org/a https://example.org/b", TITLE));
        assertEquals(Boilerplate.Kind.EMPTY, Boilerplate.kind(" -- ", TITLE));
    }

    @Test
    void leavesProseAlone() {
        assertNull(Boilerplate.kind("By Friday, shares had fallen 3% in early trading.", TITLE));
        assertNull(Boilerplate.kind("US-China talks resume in Geneva next week.", TITLE));
        assertNull(Boilerplate.kind("Floods closed northern valley roads on Monday, police said.", TITLE));
        assertNull(Boilerplate.kind("The photo agency said it would appeal.", TITLE));
        assertNull(Boilerplate.kind("Officials said more rain would follow; see the forecast at https://example.org/w "
                + "for details of the warnings in every district.", TITLE));
    }

    @Test
    void measuresAWireDatelineOpeningASentence() {
        String s = "LONDON (Reuters) - Oil prices rose on Tuesday.";
        assertEquals("Oil prices rose on Tuesday.", s.substring(Boilerplate.datelineLength(s)));
        String t = "WASHINGTON - The Senate voted on Monday.";
        assertEquals("The Senate voted on Monday.", t.substring(Boilerplate.datelineLength(t)));
        assertEquals(0, Boilerplate.datelineLength("US-China talks resume in Geneva."));
        assertEquals(0, Boilerplate.datelineLength("The talks - long delayed - resume."));
    }
}
