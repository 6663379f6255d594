package org.newsdesk.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

    @Test
    void flagsNumberedReferenceListsAndBareUrlLines() {
        assertTrue(Boilerplate.isBoilerplate("[1] https://www.example.org/news/a-story.html[2] https://example.com/b"));
        assertTrue(Boilerplate.isBoilerplate("https://example.org/one https://example.org/two"));
        assertTrue(Boilerplate.isBoilerplate("2. www.example.org/report"));
        assertTrue(Boilerplate.isBoilerplate("References"));
        assertTrue(Boilerplate.isBoilerplate("Sources:"));
    }

    @Test
    void keepsProseThatMentionsAUrl() {
        assertFalse(Boilerplate.isBoilerplate(
                "The ministry published the full list of 6,000 names on its website, www.example.gov, on Monday evening."));
        assertFalse(Boilerplate.isBoilerplate("North Korea sends 6,000 workers to Kursk."));
    }
}
