#!/usr/bin/env bash
# Short news from long: cuts each Reuters-21578 dev story that has a headline to its headline and first sentence (a
# wire brief), runs MODEL on them and prints the topics per article and how often each label is the top topic. All
# Reuters stories are economic news, so the share with business-and-economy first is a floor-level check of short-item
# topics (some are rightly politics: trade talks, budgets). Usage: scripts/short-news-check.sh [MODEL] (default
# models/default); needs ../shared/datasets/reuters21578. Work files in $SHORT_WORK (default /tmp/newsdesk-short).
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-models/default}
work=${SHORT_WORK:-/tmp/newsdesk-short}
mkdir -p "$work"
python3 - ../shared/datasets/reuters21578/dev.jsonl "$work/short.jsonl" <<'PY'
import json, re, sys
n = 0
with open(sys.argv[2], 'w', encoding='utf-8') as out:
    for line in open(sys.argv[1], encoding='utf-8'):
        r = json.loads(line)
        title, body = r.get('title') or '', ' '.join((r.get('text') or '').split())
        if not title or not body:
            continue
        m = re.match(r'(.+?[.!?])\s', body + ' ')
        out.write(json.dumps({'id': r['id'], 'title': title, 'text': m.group(1) if m else body[:300]}) + '\n')
        n += 1
print(f"{n} headline + first sentence items", file=sys.stderr)
PY
rm -rf "$work/out"
bin/newsdesk run --model "$model" --input "$work/short.jsonl" --output "$work/out" --no-summaries --no-report > /dev/null
python3 - "$work/out/results.json" <<'PY'
import collections, json, sys
arts = json.load(open(sys.argv[1], encoding='utf-8'))['articles']
top = collections.Counter(a['topics'][0] if a['topics'] else '-' for a in arts)
print(f"{len(arts)} items, {sum(len(a['topics']) for a in arts) / len(arts):.3f} topics per item")
for label, n in top.most_common():
    print(f"  top topic {label}: {n} ({n / len(arts):.1%})")
PY
