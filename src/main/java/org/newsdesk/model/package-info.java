/**
 * Model storage: a model is a directory holding {@code manifest.json} (how the model was made: schema version, labels,
 * thresholds, settings, seed, training-data fingerprint, counts, validation metrics, library versions, creation time),
 * {@code vocabulary.tsv} (features and their idf) and {@code network.bin} (a fixed header and the raw float parameters, no archive, no Java serialization). Saving writes a
 * temporary directory and moves it into place; loading checks the schema version and that every part fits.
 * May import {@code core}, {@code classify} and Jackson.
 */
package org.newsdesk.model;
