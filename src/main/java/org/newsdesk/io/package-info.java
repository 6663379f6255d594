/**
 * File formats in and out of the batch: reading articles from a folder of {@code .txt} files, a CSV file or a JSON Lines
 * file ({@link org.newsdesk.io.ArticleSource}), selecting articles by id ({@link org.newsdesk.io.IdFilter}), and
 * writing results as {@code results.json} and {@code results.csv} ({@link org.newsdesk.io.ResultWriter}) through
 * crash-safe atomic file replacement ({@link org.newsdesk.io.AtomicFiles}); for scheduled runs, the output-folder
 * lock ({@link org.newsdesk.io.OutputLock}), the earlier run's results and article hashes for incremental runs
 * ({@link org.newsdesk.io.PreviousResults}, {@link org.newsdesk.io.ArticleIndex}) and input digests for the run
 * manifest ({@link org.newsdesk.io.InputDigest}).
 *
 * <p>This package knows file formats but no NLP: it depends only on {@code org.newsdesk.core}, the JDK, commons-csv,
 * Jackson and SLF4J. Reading and writing are streaming, so memory does not grow with the number of articles (apart
 * from the set of ids seen, kept to report duplicates). All text is read and written with an explicit charset: UTF-8,
 * with a byte order mark skipped on input, UTF-16 when a UTF-16 byte order mark says so, and a windows-1252 fallback
 * for input that is not valid UTF-8; binary input is refused and HTML markup removed.
 */
package org.newsdesk.io;
