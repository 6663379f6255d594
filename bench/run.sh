#!/usr/bin/env bash
# Speed and memory of Newsdesk beside fastText and scikit-learn, on the same data, in the same run.
#
#   bench/run.sh                 # every figure as the median of 3 runs (about 30 minutes on 2 cores)
#   BENCH_RUNS=1 bench/run.sh    # one run each, for a quick look
#
# Needs ../shared/datasets/bbc-news-summary. Installs Debian's fasttext and python3-sklearn when missing (as root).
# Inputs and scratch files go to $BENCH_WORK (default /tmp/newsdesk-bench), never into the repository.
# Prints a table and writes it to $BENCH_WORK/results.md, ready for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
BBC="$root/../shared/datasets/bbc-news-summary"
[ -d "$BBC" ] || { echo "bench: needs $BBC" >&2; exit 2; }
RUNS=${BENCH_RUNS:-3}
work=${BENCH_WORK:-/tmp/newsdesk-bench}
mkdir -p "$work"
PY=/usr/bin/python3   # Debian's python, where python3-sklearn lives

if ! command -v fasttext >/dev/null || ! "$PY" -c 'import sklearn' 2>/dev/null; then
  echo "bench: installing fasttext and python3-sklearn from Debian's packages"
  apt-get install -y --no-install-recommends fasttext python3-sklearn >/dev/null
fi

echo "bench: building Newsdesk"
mvn -q -DskipTests package
jar=target/newsdesk.jar
[ -f "$jar" ] || { echo "bench: $jar was not built" >&2; exit 1; }

if [ ! -f "$work/bbc-100000.csv" ]; then
  echo "bench: making inputs in $work"
  "$PY" bench/make_inputs.py "$BBC" "$work"
fi

# measure NAME CMD...: runs CMD $RUNS times; records the median wall seconds and median peak RSS (MiB).
declare -A WALL RSS
measure() {
  local name=$1; shift
  local walls=() rsss=()
  for ((i = 0; i < RUNS; i++)); do
    rm -rf "$work/out"
    if ! /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$name.log" 2>&1; then
      echo "bench: '$name' failed; its log:" >&2; tail -20 "$work/$name.log" >&2; exit 1
    fi
    read -r s kb < "$work/time"
    walls+=("$s"); rsss+=("$((kb / 1024))")
  done
  WALL[$name]=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  RSS[$name]=$(printf '%s\n' "${rsss[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf 'bench: %-22s wall %7.2f s  peak RSS %6d MiB   (runs: %s)\n' "$name" "${WALL[$name]}" "${RSS[$name]}" "${walls[*]}"
}


echo "bench: Newsdesk"
measure train bin/newsdesk train --data "$BBC/articles" --labels-from-dirs --ids "$BBC/split.csv" --where split=train --model "$work/model"
measure startup bin/newsdesk run --model "$work/model" --input "$work/one.jsonl" --output "$work/out"
measure run10k bin/newsdesk run --model "$work/model" --input "$work/bbc-10000.jsonl" --output "$work/out"
measure run100k bin/newsdesk run --model "$work/model" --input "$work/bbc-100000.jsonl" --output "$work/out"
measure run10k_csv bin/newsdesk run --model "$work/model" --input "$work/bbc-10000.csv" --output "$work/out"
measure topics10k bin/newsdesk run --model "$work/model" --input "$work/bbc-10000.jsonl" --output "$work/out" --no-summaries
measure summ10k bin/newsdesk run --model "$work/model" --input "$work/bbc-10000.jsonl" --output "$work/out" --no-topics
measure topics100k bin/newsdesk run --model "$work/model" --input "$work/bbc-100000.jsonl" --output "$work/out" --no-summaries
measure summ100k bin/newsdesk run --model "$work/model" --input "$work/bbc-100000.jsonl" --output "$work/out" --no-topics
bin/newsdesk evaluate --model "$work/model" --data "$BBC/articles" --labels-from-dirs --ids "$BBC/split.csv" --where split=test \
  --report "$work/eval" > "$work/eval.log" 2>&1
ND_ACC=$(sed -n 's/.*"accuracy" *: *\([0-9.]*\).*/\1/p' "$work/eval/report.json" | head -1)
ND_ACC=$(awk -v a="$ND_ACC" 'BEGIN { printf "%.4f", a }')

echo "bench: fastText (supervised, word bigrams, 50 epochs, dim 50, lr 0.5, 2 threads; predict on one thread)"
measure ft_train  fasttext supervised -input "$work/fasttext-train.txt" -output "$work/ft" -wordNgrams 2 -epoch 50 -dim 50 -lr 0.5 -thread 2 -seed 1
FT_ACC=$(fasttext test "$work/ft.bin" "$work/fasttext-test.txt" | sed -n 's/^P@1[[:space:]]*//p')
measure ft_pred100k sh -c "fasttext predict '$work/ft.bin' '$work/fasttext-100000.txt' > '$work/ft-pred.txt'"

echo "bench: scikit-learn (TF-IDF 1-2 grams + LinearSVC)"
measure sk_train "$PY" bench/sklearn_anchor.py fit "$BBC" "$work/sk.pkl"
SK_ACC=$(sed -n 's/^test_accuracy //p' "$work/sk_train.log")
measure sk_pred100k "$PY" bench/sklearn_anchor.py predict "$work/sk.pkl" "$work/bbc-100000.jsonl"

# articles per second with start-up (one article's run) taken off
rate() { awk -v n="$1" -v w="$2" -v s="${WALL[startup]}" 'BEGIN { printf "%.0f", n / (w - s) }'; }
raw() { awk -v n="$1" -v w="$2" 'BEGIN { printf "%.0f", n / w }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
R10=$(rate 10000 "${WALL[run10k]}"); R100=$(rate 100000 "${WALL[run100k]}"); RCSV=$(rate 10000 "${WALL[run10k_csv]}")
RT=$(rate 10000 "${WALL[topics10k]}"); RS=$(rate 10000 "${WALL[summ10k]}")
RT100=$(rate 100000 "${WALL[topics100k]}"); RS100=$(rate 100000 "${WALL[summ100k]}")
FT=$(raw 100000 "${WALL[ft_pred100k]}"); SK=$(raw 100000 "${WALL[sk_pred100k]}")

{
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(uname -m); $RUNS run(s) each, median."
echo
echo "| measure | Newsdesk | fastText | scikit-learn | Newsdesk / fastText | Newsdesk / scikit-learn |"
echo "|---|---|---|---|---|---|"
echo "| train on BBC train split (1,781 articles): wall s | ${WALL[train]} | ${WALL[ft_train]} | ${WALL[sk_train]} | $(ratio "${WALL[train]}" "${WALL[ft_train]}") | $(ratio "${WALL[train]}" "${WALL[sk_train]}") |"
echo "| train: peak RSS MiB | ${RSS[train]} | ${RSS[ft_train]} | ${RSS[sk_train]} | $(ratio "${RSS[train]}" "${RSS[ft_train]}") | $(ratio "${RSS[train]}" "${RSS[sk_train]}") |"
echo "| BBC test accuracy of that model | $ND_ACC | $FT_ACC | $SK_ACC | | |"
echo "| whole job, 100k JSON Lines: articles/s (start-up excluded) | $R100 | $FT (labels only) | $SK (labels only) | $(ratio "$R100" "$FT") | $(ratio "$R100" "$SK") |"
echo "| whole job, 100k: peak RSS MiB | ${RSS[run100k]} | ${RSS[ft_pred100k]} | ${RSS[sk_pred100k]} | $(ratio "${RSS[run100k]}" "${RSS[ft_pred100k]}") | $(ratio "${RSS[run100k]}" "${RSS[sk_pred100k]}") |"
echo "| labels only (--no-summaries), 100k: articles/s; peak RSS MiB | $RT100; ${RSS[topics100k]} | $FT | $SK | $(ratio "$RT100" "$FT") | $(ratio "$RT100" "$SK") |"
echo "| summaries only (--no-topics), 100k: articles/s; peak RSS MiB | $RS100; ${RSS[summ100k]} | | | | |"
echo "| labels only (--no-summaries), 10k: articles/s | $RT | | | | |"
echo "| summaries only (--no-topics), 10k: articles/s | $RS | | | | |"
echo "| whole job, 10k CSV: articles/s | $RCSV | | | | |"
echo "| whole job, 10k JSON Lines: articles/s; peak RSS MiB | $R10; ${RSS[run10k]} | | | | |"
echo "| peak RSS 100k / 10k | $(ratio "${RSS[run100k]}" "${RSS[run10k]}") | | | | |"
echo "| start-up: run on one article, wall s; peak RSS MiB | ${WALL[startup]}; ${RSS[startup]} | | | | |"
echo
echo "Raw medians (wall s / peak RSS MiB):"
for k in train startup run10k run100k run10k_csv topics10k summ10k topics100k summ100k ft_train ft_pred100k sk_train sk_pred100k; do
  echo "- $k: ${WALL[$k]} / ${RSS[$k]}"
done
} | tee "$work/results.md"
echo "bench: written $work/results.md"
