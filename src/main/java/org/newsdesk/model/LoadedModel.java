package org.newsdesk.model;

import java.nio.file.Path;
import org.newsdesk.classify.TopicClassifier;

/**
 * A model read from disk.
 *
 * @param directory  where it was read from
 * @param manifest   its manifest
 * @param classifier the classifier rebuilt from its files
 */
public record LoadedModel(Path directory, ModelManifest manifest, TopicClassifier classifier) {
}
