#!/usr/bin/env bash
# Prints speed and memory figures for docs/benchmarks.md: training time, run throughput, peak memory, and whether
# memory stays flat as the number of articles grows (run streams its input and output).
# Usage: scripts/benchmark.sh   (needs ../shared/datasets/bbc-news-summary and python3; takes about 3 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
BBC=../shared/datasets/bbc-news-summary
[ -d "$BBC" ] || { echo "needs $BBC" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin/newsdesk --version >/dev/null   # builds the jar if needed, outside the timings

measure() { # label, then the command; prints wall seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  read -r secs kb < "$work/time"
  printf '%-58s %8.1f s %8.0f MB\n' "$label" "$secs" "$((kb / 1024))"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
printf '%-58s %10s %11s\n' "step" "wall" "peak RSS"
measure "train: BBC train split (1,781 articles, 5 labels)" \
  bin/newsdesk train --data "$BBC/articles" --labels-from-dirs --ids "$BBC/split.csv" --where split=train --model "$work/bbc"
measure "train: starter corpus (645 articles, 11 labels)" \
  bin/newsdesk train --data training-data/articles.csv --model "$work/default"
measure "run: BBC test split (444 articles), --summary-ratio 0.43" \
  bin/newsdesk run --model "$work/bbc" --input "$BBC/articles" --ids "$BBC/split.csv" --where split=test \
  --summary-ratio 0.43 --output "$work/out1"
measure "run: all BBC articles (2,225), default model, 3 sentences" \
  bin/newsdesk run --input "$BBC/articles" --output "$work/out2"

# The same articles repeated under new ids, as JSON Lines, to see memory against article count.
python3 - "$BBC/articles" "$work" <<'PY'
import json, os, sys
root, work = sys.argv[1], sys.argv[2]
docs = []
for dirpath, _, files in os.walk(root):
    for f in sorted(files):
        raw = open(os.path.join(dirpath, f), 'rb').read().decode('utf-8', 'replace')
        title, _, body = raw.partition('\n')
        docs.append((title.strip(), body.strip()))
for n in (2000, 20000):
    with open(os.path.join(work, f'articles-{n}.jsonl'), 'w', encoding='utf-8') as out:
        for i in range(n):
            t, b = docs[i % len(docs)]
            out.write(json.dumps({'id': f'a{i}', 'title': t, 'text': b}) + '\n')
PY
measure "run: 2,000 articles (JSON Lines)" bin/newsdesk run --input "$work/articles-2000.jsonl" --output "$work/out3"
measure "run: 20,000 articles (JSON Lines)" bin/newsdesk run --input "$work/articles-20000.jsonl" --output "$work/out4"
# With the heap capped, peak memory shows what the run keeps, not how lazily the JVM collects garbage.
export NEWSDESK_JAVA_OPTS=-Xmx160m
measure "run: 2,000 articles, heap capped at 160 MB" bin/newsdesk run --input "$work/articles-2000.jsonl" --output "$work/out5"
measure "run: 20,000 articles, heap capped at 160 MB" bin/newsdesk run --input "$work/articles-20000.jsonl" --output "$work/out6"
