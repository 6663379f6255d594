#!/usr/bin/env bash
# Spark local[2] beside `bin/newsdesk run` on the same articles (issue 12): wall time, CPU time (user + sys) per
# article, and peak memory (RSS) of each whole process, median of BENCH_RUNS runs (default 3).
#   bench/spark.sh                      # 20,000 articles
#   BENCH_ARTICLES=100000 bench/spark.sh
#   BENCH_RUNS=1 bench/spark.sh
# Inputs are made outside the repository ($BENCH_WORK, default /tmp/newsdesk-spark-bench) from the starter corpus
# (training-data/articles.csv) cycled to N articles with unique ids, as 8 JSON Lines files. Start-up is measured
# apart: each tool on the 7 articles of seeds/. "Per article" figures subtract that start-up run:
# (cost of the N-article run - cost of the 7-article run) / (N - 7). For Spark, "JVM up" (JVM start to main) and
# "session start" (SparkSession.getOrCreate) come from the job's own timing line on stderr, in the N-article runs;
# peak RSS is that of the N-article runs.
# Needs the shaded jar: `mvn -q install -DskipTests && mvn -q -f spark/pom.xml package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
N=${BENCH_ARTICLES:-20000}
RUNS=${BENCH_RUNS:-3}
work=${BENCH_WORK:-/tmp/newsdesk-spark-bench}
mkdir -p "$work"
jar=spark/target/newsdesk-spark.jar
[ -f "$jar" ] && [ -f spark/target/spark-classpath.txt ] || { echo "build the job jar first (see the header)" >&2; exit 2; }
ls target/newsdesk-*.jar >/dev/null 2>&1 || mvn -o -q package -DskipTests
cp="$(cat spark/target/spark-classpath.txt):$root/$jar"
opens=$(sed -n '/<spark.test.jvm.args>/,/<\/spark.test.jvm.args>/p' spark/pom.xml | grep -o -- '--add-opens=[^ <]*' | tr '\n' ' ')

in="$work/in-$N"
if [ ! -d "$in" ]; then
  mkdir -p "$in"
  python3 - "$N" "$in" <<'PY'
import csv, json, sys
csv.field_size_limit(10**9)
n, out = int(sys.argv[1]), sys.argv[2]
rows = list(csv.DictReader(open("training-data/articles.csv", encoding="utf-8")))
files = [open(f"{out}/part-{k}.jsonl", "w", encoding="utf-8") for k in range(8)]
for i in range(n):
    r = rows[i % len(rows)]
    files[i * 8 // n].write(json.dumps({"id": f"b{i:07d}", "title": r["title"], "text": r["text"],
                                        "labels": r["labels"].split("|") if r["labels"] else []}) + "\n")
for f in files:
    f.close()
PY
fi
inputs=(); for f in "$in"/part-*.jsonl; do inputs+=(--input "$f"); done
seeds=(--input "$root/seeds")

# prints "wall_s cpu_s peak_rss_mb" of one command
measure() {
  local log="$work/time.log"
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" >"$work/out.log" 2>&1 || { cat "$work/out.log" >&2; return 1; }
  awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$log"
}
cli=(env NEWSDESK_JAVA_OPTS=-Xmx1g bin/newsdesk run --output "$work/cli-out" --threads 2)
# shellcheck disable=SC2206
spark=(java -Xmx2g $opens -Dspark.master='local[2]' -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1
  -cp "$cp" org.newsdesk.spark.SparkRun --model "$root/models/default" --output "$work/spark-out" --partitions 8)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# the Spark job's own timing line on stderr: "timing: jvm J s, session start S s, job T s" -> "J S"
session() { sed -n 's/.*timing: jvm \([0-9.]*\) s, session start \([0-9.]*\) s.*/\1 \2/p' "$work/out.log" | tail -1; }

report() { # name, command...
  local name=$1; shift
  local walls=() cpus=() rss=() sw=() sc=() jv=() ss=()
  for _ in $(seq "$RUNS"); do
    read -r w c m < <(measure "$@" "${seeds[@]}"); sw+=("$w"); sc+=("$c")
    read -r w c m < <(measure "$@" "${inputs[@]}"); walls+=("$w"); cpus+=("$c"); rss+=("$m")
    read -r j s < <(session; echo); jv+=("${j:--}"); ss+=("${s:--}")
  done
  local W C M S0 C0 J S
  W=$(printf '%s\n' "${walls[@]}" | median); C=$(printf '%s\n' "${cpus[@]}" | median)
  M=$(printf '%s\n' "${rss[@]}" | median); S0=$(printf '%s\n' "${sw[@]}" | median); C0=$(printf '%s\n' "${sc[@]}" | median)
  J=$(printf '%s\n' "${jv[@]}" | median); S=$(printf '%s\n' "${ss[@]}" | median)
  awk -v n="$N" -v name="$name" -v w="$W" -v c="$C" -v m="$M" -v s0="$S0" -v c0="$C0" -v j="$J" -v s="$S" 'BEGIN {
    printf "| %s | %d | %.1f | %.1f | %s | %s | %.1f | %.1f | %.3f | %.0f | %.0f |\n", name, n, w, s0, j, s, c, c0,
      (c - c0) * 1000 / (n - 7), (n - 7) / (w - s0), m }'
}
echo "median of $RUNS; start-up = the 7-article run of seeds/; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| tool | articles | wall s | start-up wall s | JVM up s | session start s | CPU s | start-up CPU s | CPU ms/article (start-up excluded) | articles/s (start-up excluded) | peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
report "bin/newsdesk run --threads 2" "${cli[@]}"
report "Spark local[2], 8 partitions" "${spark[@]}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
