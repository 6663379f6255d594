#!/usr/bin/env bash
# Training speed, memory and quality of Newsdesk beside scikit-learn and fastText, on the same data, in the same run
# (issue 13).
#
#   bench/train.sh                          # Reuters and BBC, every figure the median of 3 runs
#   BENCH_RUNS=1 bench/train.sh             # one run each, for a quick look
#   BENCH_SCALE=1 bench/train.sh            # also 10,000, 30,000 and 100,000 labelled articles (one run each)
#
# Each command is timed as a whole process (start-up, reading and vectorizing included) with /usr/bin/time -f "%e %M":
# wall seconds and peak RSS. Newsdesk trains with --seed 42, 1 and 2 (each seed BENCH_RUNS times) and each seed's
# model is evaluated once (Reuters dev micro/macro F1, BBC test accuracy). The anchors:
#   scikit-learn: TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True) + OneVsRestClassifier(LinearSVC()) with
#     MultiLabelBinarizer (bench/sklearn_train.py; on BBC bench/sklearn_anchor.py fit, a plain LinearSVC);
#   fastText: on Reuters `supervised -loss ova -wordNgrams 2 -epoch 25 -dim 50 -lr 0.5 -thread 2 -seed 1` and
#     `test MODEL dev -1 0.5`; on BBC as bench/run.sh (softmax, 50 epochs) and `test` P@1.
# Needs ../shared/datasets/reuters21578 and ../shared/datasets/bbc-news-summary. Installs Debian's fasttext and
# python3-sklearn when missing (as root). Inputs, models and logs go to $BENCH_WORK (default /tmp/newsdesk-train-bench),
# never into the repository. Prints Markdown tables and writes them to $BENCH_WORK/train-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
REUTERS="$root/../shared/datasets/reuters21578"
BBC="$root/../shared/datasets/bbc-news-summary"
for d in "$REUTERS" "$BBC"; do
  [ -d "$d" ] || { echo "bench: needs $d" >&2; exit 2; }
done
RUNS=${BENCH_RUNS:-3}
SCALE=${BENCH_SCALE:-0}
SEEDS=(42 1 2)
SIZES=(10000 30000 100000)
work=${BENCH_WORK:-/tmp/newsdesk-train-bench}
mkdir -p "$work"
work=$(cd "$work" && pwd)
PY=/usr/bin/python3   # Debian's python, where python3-sklearn lives

if ! command -v fasttext >/dev/null || ! "$PY" -c 'import sklearn' 2>/dev/null; then
  echo "bench: installing fasttext and python3-sklearn from Debian's packages"
  apt-get install -y --no-install-recommends fasttext python3-sklearn >/dev/null
fi

COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
LOAD_START=$(uptime | sed 's/.*load average: *//')
echo "bench: load average at start: $LOAD_START"
echo "bench: building Newsdesk (bin/newsdesk builds the jar when it is missing or older than the sources)"
bin/newsdesk --help > /dev/null 2>&1 || bin/newsdesk --help >&2

echo "bench: making inputs in $work"
"$PY" bench/make_train_inputs.py fasttext "$REUTERS" "$BBC" "$work"
if [ "$SCALE" = 1 ] && [ ! -f "$work/scale-${SIZES[-1]}-ft.txt" ]; then
  "$PY" bench/make_train_inputs.py scale "$REUTERS" "$BBC" "$work" "${SIZES[@]}"
fi

# measure NAME RUNS CMD...: runs CMD RUNS times, each after removing $work/model; records the median wall seconds and
# the median peak RSS (MiB). The last run's output stays in $work/NAME.log.
declare -A WALL RSS
measure() {
  local name=$1 runs=$2; shift 2
  local walls=() rsss=()
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/model"
    if ! /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$name.log" 2>&1; then
      echo "bench: '$name' failed; its log:" >&2; tail -20 "$work/$name.log" >&2; exit 1
    fi
    read -r s kb < <(tail -1 "$work/time")
    walls+=("$s"); rsss+=("$((kb / 1024))")
  done
  WALL[$name]=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  RSS[$name]=$(printf '%s\n' "${rsss[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf 'bench: %-22s wall %7.2f s  peak RSS %6d MiB   (runs: %s)\n' "$name" "${WALL[$name]}" "${RSS[$name]}" "${walls[*]}"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
f1() { awk -v p="$1" -v r="$2" 'BEGIN { if (p + r > 0) printf "%.4f", 2 * p * r / (p + r); else print "-" }'; }

# --- Reuters ---------------------------------------------------------------------------------------------------------
declare -A MICRO MACRO ACC
echo "bench: Reuters, Newsdesk (seeds ${SEEDS[*]})"
for seed in "${SEEDS[@]}"; do
  measure "nd_reuters_$seed" "$RUNS" bin/newsdesk train --data "$REUTERS/train.jsonl" --model "$work/model" --seed "$seed"
  rm -rf "$work/report"
  bin/newsdesk evaluate --model "$work/model" --data "$REUTERS/dev.jsonl" --report "$work/report" \
    > "$work/nd_reuters_eval_$seed.log" 2>&1
  read -r MICRO[$seed] MACRO[$seed] < <(awk '$1 == "micro-F1" { print $2, $4; exit }' "$work/nd_reuters_eval_$seed.log")
  echo "bench: seed $seed: dev micro-F1 ${MICRO[$seed]}, macro-F1 ${MACRO[$seed]}"
done

echo "bench: Reuters, scikit-learn (TF-IDF 1-2 grams + one-vs-rest LinearSVC)"
measure sk_reuters "$RUNS" "$PY" bench/sklearn_train.py "$REUTERS/train.jsonl" "$REUTERS/dev.jsonl"
SK_MICRO=$(sed -n 's/^micro_f1 //p' "$work/sk_reuters.log")
SK_MACRO=$(sed -n 's/^macro_f1 //p' "$work/sk_reuters.log")
SK_MACRO_DEV=$(sed -n 's/^macro_f1_dev_labels //p' "$work/sk_reuters.log")
SK_LABELS=$(sed -n 's/^labels //p' "$work/sk_reuters.log")

echo "bench: Reuters, fastText (one-vs-all loss, word bigrams, 25 epochs, dim 50, lr 0.5, 2 threads)"
measure ft_reuters "$RUNS" fasttext supervised -input "$work/reuters-ft-train.txt" -output "$work/ft-reuters" \
  -loss ova -wordNgrams 2 -epoch 25 -dim 50 -lr 0.5 -thread 2 -seed 1
fasttext test "$work/ft-reuters.bin" "$work/reuters-ft-dev.txt" -1 0.5 > "$work/ft_reuters_test.log"
FT_P=$(awk '$1 ~ /^P@/ { print $2 }' "$work/ft_reuters_test.log")
FT_R=$(awk '$1 ~ /^R@/ { print $2 }' "$work/ft_reuters_test.log")

# --- BBC -------------------------------------------------------------------------------------------------------------
echo "bench: BBC train split, Newsdesk (seeds ${SEEDS[*]})"
for seed in "${SEEDS[@]}"; do
  measure "nd_bbc_$seed" "$RUNS" bin/newsdesk train --data "$BBC/articles" --labels-from-dirs --ids "$BBC/split.csv" \
    --where split=train --model "$work/model" --seed "$seed"
  rm -rf "$work/report"
  bin/newsdesk evaluate --model "$work/model" --data "$BBC/articles" --labels-from-dirs --ids "$BBC/split.csv" \
    --where split=test --report "$work/report" > "$work/nd_bbc_eval_$seed.log" 2>&1
  ACC[$seed]=$(awk '$1 == "accuracy" { print $2; exit }' "$work/nd_bbc_eval_$seed.log")
  echo "bench: seed $seed: test accuracy ${ACC[$seed]}"
done

echo "bench: BBC, scikit-learn (TF-IDF 1-2 grams + LinearSVC, bench/sklearn_anchor.py fit)"
measure sk_bbc "$RUNS" "$PY" bench/sklearn_anchor.py fit "$BBC" "$work/sk-bbc.pkl"
SK_ACC=$(sed -n 's/^test_accuracy //p' "$work/sk_bbc.log")

echo "bench: BBC, fastText (word bigrams, 50 epochs, dim 50, lr 0.5, 2 threads, as bench/run.sh)"
measure ft_bbc "$RUNS" fasttext supervised -input "$work/bbc-ft-train.txt" -output "$work/ft-bbc" \
  -wordNgrams 2 -epoch 50 -dim 50 -lr 0.5 -thread 2 -seed 1
FT_ACC=$(fasttext test "$work/ft-bbc.bin" "$work/bbc-ft-test.txt" | awk '$1 == "P@1" { print $2 }')

# --- scale -----------------------------------------------------------------------------------------------------------
if [ "$SCALE" = 1 ]; then
  for n in "${SIZES[@]}"; do
    echo "bench: $n labelled articles (one run each)"
    measure "nd_scale_$n" 1 bin/newsdesk train --data "$work/scale-$n.jsonl" --model "$work/model" --seed 42
    measure "sk_scale_$n" 1 "$PY" bench/sklearn_train.py "$work/scale-$n.jsonl"
    measure "ft_scale_$n" 1 fasttext supervised -input "$work/scale-$n-ft.txt" -output "$work/ft-scale" \
      -loss ova -wordNgrams 2 -epoch 25 -dim 50 -lr 0.5 -thread 2 -seed 1
  done
fi
rm -rf "$work/model" "$work/report"
LOAD_END=$(uptime | sed 's/.*load average: *//')

# --- tables ----------------------------------------------------------------------------------------------------------
row() {  # row LABEL ND SK FT
  echo "| $1 | $2 | $3 | $4 | $(ratio "$2" "$3") | $(ratio "$2" "$4") |"
}
{
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(uname -m); commit $COMMIT; $RUNS run(s) each, median."
echo "Load average (1, 5, 15 min): $LOAD_START at start, $LOAD_END at end."
echo
echo "Training, timed as a whole process (start-up included); Newsdesk at --seed 42 (every seed below)."
echo
echo "| measure | Newsdesk | scikit-learn | fastText | Newsdesk / scikit-learn | Newsdesk / fastText |"
echo "|---|---|---|---|---|---|"
row "Reuters train (6,216 articles): wall s" "${WALL[nd_reuters_42]}" "${WALL[sk_reuters]}" "${WALL[ft_reuters]}"
row "Reuters train: peak RSS MiB" "${RSS[nd_reuters_42]}" "${RSS[sk_reuters]}" "${RSS[ft_reuters]}"
echo "| Reuters dev (1,554 articles): micro-F1 | ${MICRO[42]} | $SK_MICRO | $(f1 "$FT_P" "$FT_R") (2PR/(P+R)) | | |"
echo "| Reuters dev: macro-F1 | ${MACRO[42]} | $SK_MACRO | | | |"
echo "| Reuters dev: fastText \`test -1 0.5\` P / R | | | $FT_P / $FT_R | | |"
row "BBC train split (1,781 articles): wall s" "${WALL[nd_bbc_42]}" "${WALL[sk_bbc]}" "${WALL[ft_bbc]}"
row "BBC train split: peak RSS MiB" "${RSS[nd_bbc_42]}" "${RSS[sk_bbc]}" "${RSS[ft_bbc]}"
echo "| BBC test (444 articles): accuracy | ${ACC[42]} | $SK_ACC | $FT_ACC (P@1) | | |"
if [ "$SCALE" = 1 ]; then
  for n in "${SIZES[@]}"; do
    row "$n labelled articles (one run): wall s" "${WALL[nd_scale_$n]}" "${WALL[sk_scale_$n]}" "${WALL[ft_scale_$n]}"
    row "$n labelled articles (one run): peak RSS MiB" "${RSS[nd_scale_$n]}" "${RSS[sk_scale_$n]}" "${RSS[ft_scale_$n]}"
  done
  big=${SIZES[-1]}; small=${SIZES[0]}
  echo "| Newsdesk epochs before early stopping, ${SIZES[*]} articles | $(for n in "${SIZES[@]}"; do sed -n 's/^fitted on .*: \([0-9]*\) epochs.*/\1/p' "$work/nd_scale_$n.log"; done | paste -sd ' ') | | | | |"
  echo "| wall s, $big / $small articles | $(ratio "${WALL[nd_scale_$big]}" "${WALL[nd_scale_$small]}") | $(ratio "${WALL[sk_scale_$big]}" "${WALL[sk_scale_$small]}") | $(ratio "${WALL[ft_scale_$big]}" "${WALL[ft_scale_$small]}") | | |"
  echo "| peak RSS, $big / $small articles | $(ratio "${RSS[nd_scale_$big]}" "${RSS[nd_scale_$small]}") | $(ratio "${RSS[sk_scale_$big]}" "${RSS[sk_scale_$small]}") | $(ratio "${RSS[ft_scale_$big]}" "${RSS[ft_scale_$small]}") | | |"
fi
echo
echo "Newsdesk per seed (wall s and peak RSS MiB: median of $RUNS run(s); quality: one \`evaluate\` of that seed's model):"
echo
echo "| seed | Reuters wall s | Reuters peak RSS MiB | Reuters dev micro-F1 | Reuters dev macro-F1 | BBC wall s | BBC peak RSS MiB | BBC test accuracy |"
echo "|---|---|---|---|---|---|---|---|"
for seed in "${SEEDS[@]}"; do
  echo "| $seed | ${WALL[nd_reuters_$seed]} | ${RSS[nd_reuters_$seed]} | ${MICRO[$seed]} | ${MACRO[$seed]} | ${WALL[nd_bbc_$seed]} | ${RSS[nd_bbc_$seed]} | ${ACC[$seed]} |"
done
echo
echo "Macro-F1 (Newsdesk's \`evaluate\` and scikit-learn alike) averages over the union of the train and dev labels,"
echo "a label with no dev article and no prediction counting 0; scikit-learn: $SK_LABELS; its macro-F1 over the"
echo "labels present in dev only: $SK_MACRO_DEV. fastText's figures are as \`fasttext test\` gives them (threshold 0.5)."
if [ "$SCALE" = 1 ]; then
  echo "Scale sets: the Reuters train + dev articles and the BBC articles cycled to ${SIZES[*]} articles with unique ids"
  echo "(\"<id>#<copy>\"), labels kept; one run each; Newsdesk at --seed 42, scikit-learn without a dev set, fastText as on Reuters."
  echo "Copies of an article fall on both sides of Newsdesk's validation slice, so early stopping ends sooner as the set grows."
fi
echo
echo "Raw medians (wall s / peak RSS MiB):"
for k in $(printf '%s\n' "${!WALL[@]}" | sort); do
  echo "- $k: ${WALL[$k]} / ${RSS[$k]}"
done
} | tee "$work/train-results.md"
echo "bench: written $work/train-results.md"
