/**
 * Text analysis: sentence spans cut from the original text (ICU sentence breaks plus repairs for abbreviations and
 * initials), normalised word terms for features (a Lucene analyzer chain), and detection of boilerplate such as
 * reference lists and lines of bare URLs. May import {@code core}, ICU4J and Lucene; never DL4J, files or the CLI.
 */
package org.newsdesk.text;
