/**
 * The command line: {@code newsdesk train | run | evaluate}, built with picocli. Commands parse options, check them,
 * hand off to a job in {@code org.newsdesk.batch} and turn its outcome into an exit code and a short message.
 */
package org.newsdesk.batch.cli;
