/** The DL4J network: its settings ({@link org.newsdesk.classify.network.NetworkConfig}) and the one builder. */
package org.newsdesk.classify.network;
