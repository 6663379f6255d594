package org.newsdesk.batch.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newsdesk.io.IdFilter;
import org.newsdesk.io.InputFormat;
import org.newsdesk.io.InputOptions;
import picocli.CommandLine.Option;

/** Options that say how inputs are read; the same for every command. */
public final class InputMixin {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Input format: ${COMPLETION-CANDIDATES}. Default: from the path (folder, .csv, .jsonl).")
    InputFormat format;

    @Option(names = "--labels-from-dirs",
            description = "Folder input: the name of each file's parent folder is its label.")
    boolean labelsFromDirs;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id", description = "CSV id column (default: ${DEFAULT-VALUE}).")
    String idColumn;

    @Option(names = "--title-column", paramLabel = "NAME", defaultValue = "title", description = "CSV title column (default: ${DEFAULT-VALUE}).")
    String titleColumn;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text", description = "CSV text column (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(names = "--labels-column", paramLabel = "NAME", defaultValue = "labels", description = "CSV labels column (default: ${DEFAULT-VALUE}).")
    String labelsColumn;

    @Option(names = "--summary-column", paramLabel = "NAME", defaultValue = "summary", description = "CSV reference-summary column (default: ${DEFAULT-VALUE}).")
    String summaryColumn;

    @Option(names = "--label-separator", paramLabel = "SEP", defaultValue = "|", description = "Separator of several labels in a CSV cell (default: ${DEFAULT-VALUE}).")
    String labelSeparator;

    @Option(names = "--ids", paramLabel = "FILE",
            description = "Only articles whose id is listed in FILE: one id a line, or a CSV with an 'id' column (see --where).")
    Path ids;

    @Option(names = "--where", paramLabel = "COLUMN=VALUE",
            description = "With a CSV --ids file: keep only its rows where COLUMN equals VALUE (e.g. split=test).")
    String where;

    /** The reading options these flags describe. */
    InputOptions options() {
        return InputOptions.defaults().withFormat(format).withLabelsFromDirs(labelsFromDirs)
                .withColumns(idColumn, titleColumn, textColumn, labelsColumn, summaryColumn)
                .withLabelSeparator(labelSeparator);
    }

    /** The id filter, or null when --ids was not given. */
    IdFilter filter() throws IOException {
        if (ids == null) {
            if (where != null) {
                throw new IllegalArgumentException("--where needs --ids FILE");
            }
            return null;
        }
        if (where == null) {
            return IdFilter.fromFile(ids);
        }
        int eq = where.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--where takes COLUMN=VALUE, got '" + where + "'");
        }
        return IdFilter.fromSplitCsv(ids, where.substring(0, eq), where.substring(eq + 1));
    }
}
