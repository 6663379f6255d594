package org.newsdesk.batch.cli;

import org.newsdesk.batch.BuildInfo;
import picocli.CommandLine;

/** Supplies {@code --version} text. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        var libs = BuildInfo.libraries();
        return new String[] {"newsdesk " + BuildInfo.version(),
            "deeplearning4j " + libs.get("deeplearning4j") + ", java " + libs.get("java")};
    }
}
