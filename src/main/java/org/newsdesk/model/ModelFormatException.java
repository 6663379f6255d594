package org.newsdesk.model;

/** Thrown when a model directory is missing a part, has an unknown schema version, or its parts do not fit. */
public class ModelFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with the reason. */
    public ModelFormatException(String message) {
        super(message);
    }

    /** An exception with the reason and cause. */
    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
