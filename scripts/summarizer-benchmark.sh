#!/usr/bin/env bash
# Summarizer figures for docs/summarizer.md (one thread, no ND4J): speed in ms/article, and lead-3 against ours.
# Usage: scripts/summarizer-benchmark.sh speed|lead3 INPUT [options]   (see src/test/java/org/newsdesk/benchmark/SummarizerBench.java)
#   scripts/summarizer-benchmark.sh speed ../shared/datasets/bbc-news-summary/articles
#   scripts/summarizer-benchmark.sh lead3 ../shared/datasets/bbc-news-summary/articles \
#       --split ../shared/datasets/bbc-news-summary/split.csv=test --references ../shared/datasets/bbc-news-summary/summaries
set -euo pipefail
cd "$(dirname "$0")/.."
bin/newsdesk --version >/dev/null   # builds target/newsdesk.jar when the sources changed
mvn -B -q -o -Dstyle.color=never test-compile >/dev/null
exec java -Xmx2g -XX:ActiveProcessorCount=1 -cp target/test-classes:target/newsdesk.jar org.newsdesk.benchmark.SummarizerBench "$@"
