package org.newsdesk.classify;

/** Thrown when the training articles cannot train a model (no articles, an article without labels, one label only). */
public class InsufficientTrainingDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with the reason. */
    public InsufficientTrainingDataException(String message) {
        super(message);
    }
}
