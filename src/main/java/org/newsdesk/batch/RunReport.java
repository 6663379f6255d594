package org.newsdesk.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsdesk.io.RunInfo;

/**
 * What a run did, beyond its {@link RunInfo}.
 *
 * @param info        the run facts written into results.json
 * @param model       the model folder actually loaded (a version folder for a versioned model)
 * @param changes     how the articles compare with the previous run into the same output folder
 * @param reuseNote   when an incremental run could not reuse earlier results, why; otherwise null
 * @param staleLock   the dead run whose lock was taken over, or null
 * @param leftovers   temporary files of a killed run that were deleted
 * @param manifest    the run manifest written
 * @param idsNotFound with {@code --ids}: the listed ids that no record of the input has, in the ids file's order
 */
public record RunReport(RunInfo info, Path model, Changes changes, String reuseNote, String staleLock, int leftovers,
                        Path manifest, List<String> idsNotFound) {

    /** How many of the ids not found a warning or the manifest names. */
    public static final int IDS_SHOWN = 5;

    /** Why an incremental run processed everything again, if it did. */
    public Optional<String> reuse() {
        return Optional.ofNullable(reuseNote);
    }

    /**
     * Articles compared with the previous run into the same output folder (by id and content hash).
     *
     * @param newArticles ids the previous run did not have
     * @param changed     ids whose content changed
     * @param unchanged   ids whose content is the same
     * @param reused      unchanged articles whose earlier result was kept instead of processing them again
     * @param removed     ids of the previous run that are no longer in the input (their results are dropped)
     * @param unreadable  records that could not be read (not compared)
     */
    public record Changes(long newArticles, long changed, long unchanged, long reused, long removed,
                          long unreadable) {
    }
}
