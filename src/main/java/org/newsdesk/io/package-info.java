/**
 * File formats in and out of the batch: reading articles from a folder of {@code .txt} files, a CSV file or a JSON Lines
 * file ({@link org.newsdesk.io.ArticleSource}), selecting articles by id ({@link org.newsdesk.io.IdFilter}), and
 * writing results as {@code results.json} and {@code results.csv} ({@link org.newsdesk.io.ResultWriter}) through
 * crash-safe atomic file replacement ({@link org.newsdesk.io.AtomicFiles}).
 *
 * <p>This package knows file formats but no NLP: it depends only on {@code org.newsdesk.core}, the JDK, commons-csv,
 * Jackson and SLF4J. Reading and writing are streaming, so memory does not grow with the number of articles (apart
 * from the set of ids seen, kept to report duplicates). All text is read and written with an explicit charset: UTF-8,
 * with a byte order mark skipped on input and a windows-1252 fallback for input that is not valid UTF-8.
 */
package org.newsdesk.io;
