/**
 * The batch runner: the train, run and evaluate jobs that wire input, model storage, classification,
 * summarization and output together, one article at a time with failures isolated; the checks of articles before a
 * run ({@code ArticleChecks}) and of training data before training ({@link org.newsdesk.batch.TrainingDataCheck}). Only {@code batch.cli} imports
 * picocli; nothing imports this package.
 */
package org.newsdesk.batch;
