package org.newsdesk.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice's {@code soffice} for the spreadsheet tests. A test that needs it is skipped when it is not installed,
 * and says so on {@code System.err} (a skip must not pass unnoticed), unless the environment sets
 * {@code NEWSDESK_REQUIRE_SOFFICE=1} (as {@code .ci/run} does), which makes a missing {@code soffice} a failure.
 */
final class Soffice {

    private Soffice() {
    }

    /** The path of {@code soffice}; skips (or, when required, fails) the calling test when there is none. */
    static String require(String test) {
        String soffice = findOnPath("soffice");
        if (soffice == null) {
            if ("1".equals(System.getenv("NEWSDESK_REQUIRE_SOFFICE"))) {
                fail("NEWSDESK_REQUIRE_SOFFICE=1 but soffice is not installed (Debian: apt-get install -y "
                        + "--no-install-recommends libreoffice-calc-nogui)");
            }
            String message = "SKIPPED " + test + ": soffice (LibreOffice) is not installed; install "
                    + "libreoffice-calc-nogui or set NEWSDESK_REQUIRE_SOFFICE=1 to require it";
            System.err.println(message);
            Assumptions.abort(message);
        }
        return soffice;
    }

    private static String findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path candidate = Path.of(d, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
