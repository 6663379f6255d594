/** Benchmarks and comparison harnesses run from scripts (not unit tests): they print figures for the docs. */
package org.newsdesk.benchmark;
