package org.newsdesk.batch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.VersionInfo;
import org.junit.jupiter.api.Test;

/** Sentence splitting depends on ICU's version: another ICU4J on the class path is refused with both versions named. */
class IcuVersionCheckTest {

    @Test
    void theIcuOnTheClassPathIsTheOneNewsdeskWasBuiltWith() {
        assertEquals("77.1", BuildInfo.icuBuiltWith());
        assertDoesNotThrow(() -> BuildInfo.requireIcu(VersionInfo.ICU_VERSION.toString()));
        assertTrue(BuildInfo.sameIcu("77.1", "77.1.0.0"));
    }

    @Test
    void anotherIcuIsRefusedNamingBothVersions() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BuildInfo.requireIcu("74.2.0.0"));
        assertTrue(e.getMessage().startsWith("ICU4J 74.2.0.0 is on the class path, but Newsdesk was built with ICU4J "
                + "77.1"), e.getMessage());
    }
}
