package org.newsdesk.batch.cli;

import org.newsdesk.summarize.SummaryLength;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Summary length options; at most one may be given. */
public final class SummaryMixin {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Length length;

    static final class Length {
        @Option(names = "--summary-sentences", paramLabel = "N", description = "Summary of N sentences (default: 3).")
        Integer sentences;

        @Option(names = "--summary-ratio", paramLabel = "R",
                description = "Take sentences in score order until the summary holds at least R times the body's words.")
        Double ratio;

        @Option(names = "--summary-words", paramLabel = "W",
                description = "Take sentences in score order until the summary holds at least W words.")
        Integer words;
    }

    @Option(names = "--summary-max-similarity", paramLabel = "S", defaultValue = "0.8",
            description = "Skip a sentence whose cosine similarity (content words) to a sentence already in the summary "
                    + "is S or more, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double maxSimilarity;

    /** The near-duplicate threshold. */
    double maxSimilarity() {
        if (!(maxSimilarity > 0 && maxSimilarity <= 1)) {
            throw new IllegalArgumentException("--summary-max-similarity must be in (0, 1]: " + maxSimilarity);
        }
        return maxSimilarity;
    }

    /** Whether a length option (--summary-sentences, --summary-ratio or --summary-words) was given. */
    boolean lengthGiven() {
        return length != null && (length.sentences != null || length.ratio != null || length.words != null);
    }

    /** The requested length; 3 sentences by default. */
    SummaryLength length() {
        if (length == null || (length.sentences == null && length.ratio == null && length.words == null)) {
            return new SummaryLength.Sentences(3);
        }
        if (length.ratio != null) {
            return new SummaryLength.Ratio(length.ratio);
        }
        if (length.words != null) {
            return new SummaryLength.Words(length.words);
        }
        return new SummaryLength.Sentences(length.sentences);
    }
}
