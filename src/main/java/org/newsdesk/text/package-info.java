/**
 * Text analysis: sentence spans cut from the original text (ICU sentence breaks plus repairs for abbreviations and
 * initials; hard-wrapped text unwrapped), normalised word terms for features (a Lucene analyzer chain), a
 * cheaper word tokenizer and English stop words for sentence scoring, and detection of boilerplate (repeated
 * headlines, bylines, datelines, captions, link prompts, reference lists, bare URLs). May import {@code core}, ICU4J and Lucene; never DL4J, files or the CLI.
 */
package org.newsdesk.text;
