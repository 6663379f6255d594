#!/usr/bin/env bash
# JMH micro-benchmarks of each hot stage of `run` (src/test/java/org/newsdesk/benchmark/StageBenchmarks.java):
# microseconds per article on one thread, over 200 starter-corpus articles with models/default.
#   bench/jmh.sh                 # all stages (about 5 minutes)
#   bench/jmh.sh summarizeStage  # one stage (a JMH regular expression)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main \
  -rf text -rff target/jmh-results.txt "${@:-StageBenchmarks}"
