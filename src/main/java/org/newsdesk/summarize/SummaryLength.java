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

    /**
     * The length a {@link #describe()} text names ({@code sentences=3}, {@code ratio=0.3}, {@code words=60}).
     *
     * @throws IllegalArgumentException if the text is not such a description
     */
    static SummaryLength parse(String described) {
        int eq = described.indexOf('=');
        String kind = eq < 0 ? described : described.substring(0, eq).strip();
        String value = eq < 0 ? "" : described.substring(eq + 1).strip();
        try {
            return switch (kind) {
                case "sentences" -> new Sentences(Integer.parseInt(value));
                case "ratio" -> new Ratio(Double.parseDouble(value));
                case "words" -> new Words(Integer.parseInt(value));
                default -> throw new IllegalArgumentException("not a summary length: '" + described + "'");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a summary length: '" + described + "'", e);
        }
    }

    /** The option that asks for this length, e.g. {@code --summary-sentences 3}. */
    default String asOption() {
        if (this instanceof Sentences s) {
            return "--summary-sentences " + s.count();
        } else if (this instanceof Ratio r) {
            return "--summary-ratio " + r.ratio();
        }
        return "--summary-words " + ((Words) this).words();
    }
}
