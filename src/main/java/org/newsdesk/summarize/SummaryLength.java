package org.newsdesk.summarize;

/** How long a summary should be. */
public sealed interface SummaryLength extends java.io.Serializable {

    /** Exactly {@code count} sentences (fewer if the body has fewer). */
    record Sentences(int count) implements SummaryLength {
        public Sentences {
            if (count < 1) {
                throw new IllegalArgumentException("summary sentences must be at least 1: " + count);
            }
        }
    }

    /** Sentences in score order until the summary holds at least {@code ratio} times the body's word count. */
    record Ratio(double ratio) implements SummaryLength {
        public Ratio {
            if (!(ratio > 0 && ratio <= 1)) {
                throw new IllegalArgumentException("summary ratio must be in (0, 1]: " + ratio);
            }
        }
    }

    /** Sentences in score order until the summary holds at least {@code words} words. */
    record Words(int words) implements SummaryLength {
        public Words {
            if (words < 1) {
                throw new IllegalArgumentException("summary words must be at least 1: " + words);
            }
        }
    }

    /** A short description for run settings, e.g. {@code sentences=3}. */
    default String describe() {
        if (this instanceof Sentences s) {
            return "sentences=" + s.count();
        } else if (this instanceof Ratio r) {
            return "ratio=" + r.ratio();
        }
        return "words=" + ((Words) this).words();
    }
}
