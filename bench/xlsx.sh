#!/usr/bin/env bash
# results.xlsx at 10,000 and 100,000 rows: bin/newsdesk run with and without --xlsx under /usr/bin/time (wall, CPU,
# peak RSS; median of XLSX_RUNS runs), then LibreOffice converts the largest workbook to CSV and its rows are counted.
# Inputs: the 2,225 BBC News Summary articles repeated with unique ids, with two extra fields (url, date), built
# outside the repository ($XLSX_WORK, default /tmp/newsdesk-xlsx). Needs ../shared/datasets/bbc-news-summary, soffice.
# XLSX_HEAP=128m runs with that heap cap instead of bin/newsdesk's -Xmx512m for `run` (a run that needs more heap fails
# with OutOfMemoryError and the script stops). Every run writes a GC log; the script prints the live heap after the mixed
# collections (G1's old-generation clean-ups) in the first and the last tenth of the run, which tells memory held for
# good from garbage the heap has not collected yet.
set -euo pipefail
cd "$(dirname "$0")/.."
BBC=${BBC:-../shared/datasets/bbc-news-summary}
work=${XLSX_WORK:-/tmp/newsdesk-xlsx}
sizes=${XLSX_SIZES:-"10000 100000"}
runs=${XLSX_RUNS:-3}
heap=${XLSX_HEAP:-512m}
mkdir -p "$work"
mvn -o -q package -DskipTests
python3 - "$BBC/articles" "$work" $sizes <<'PY'
import datetime, glob, json, os, sys
root, work, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
arts = []
for path in sorted(glob.glob(root + '/*/*.txt')):
    title, _, text = open(path, encoding='utf-8', errors='replace').read().partition('\n')
    arts.append((os.path.basename(os.path.dirname(path)) + '-' + os.path.basename(path)[:-4], title.strip(), text.strip()))
for n in sizes:
    with open(f'{work}/bbc-{n}.jsonl', 'w', encoding='utf-8') as f:
        for i in range(n):
            key, title, text = arts[i % len(arts)]
            date = (datetime.date(2026, 1, 1) + datetime.timedelta(days=i % 300)).isoformat()
            f.write(json.dumps({"id": f"{key}-{i:06d}", "title": title, "text": text,
                                "url": f"https://example.org/{key}/{i}", "date": date}, ensure_ascii=False) + '\n')
PY
# "live heap after mixed GCs (N): first tenth A-B MiB, last tenth C-D MiB", from a G1 log (-Xlog:gc)
live_heap() {
  python3 - "$1" <<'PY'
import re, sys
after = [int(m.group(1)) for line in open(sys.argv[1])
         if 'Pause Young (Mixed)' in line for m in [re.search(r'->(\d+)M\(', line)] if m]
if len(after) < 10:
    print(f"{len(after)} mixed GCs: too few to compare")
else:
    k = len(after) // 10
    first, last = after[:k], after[-k:]
    print(f"live heap after mixed GCs ({len(after)}): first tenth {min(first)}-{max(first)} MiB, "
          f"last tenth {min(last)}-{max(last)} MiB")
PY
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for rep in $(seq "$runs"); do
  for n in $sizes; do
    for mode in xlsx plain; do
      opt=(); [ "$mode" = xlsx ] && opt=(--xlsx)
      rm -rf "$work/out-$n-$mode"
      NEWSDESK_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$work/gc-$n-$mode-$rep.log" \
        /usr/bin/time -f "%e %U %S %M" -o "$work/time-$n-$mode-$rep" bin/newsdesk run --input "$work/bbc-$n.jsonl" --output "$work/out-$n-$mode" "${opt[@]}" > /dev/null
      echo "run $rep, $n articles, $mode, -Xmx$heap: wall s, user s, sys s, peak RSS KiB:" \
        "$(cat "$work/time-$n-$mode-$rep") (load $(cut -d' ' -f1 /proc/loadavg)); $(live_heap "$work/gc-$n-$mode-$rep.log")"
    done
  done
done
python3 - "$work" $sizes <<'PY'
import glob, statistics, sys
work, sizes = sys.argv[1], sys.argv[2:]
for n in sizes:
    for mode in ("xlsx", "plain"):
        t = [[float(x) for x in open(f).read().split()] for f in glob.glob(f"{work}/time-{n}-{mode}-*")]
        print(f"median of {len(t)}, {n} articles, {mode}: wall {statistics.median(x[0] for x in t):.1f} s, "
              f"CPU {statistics.median(x[1] + x[2] for x in t):.1f} s, "
              f"peak RSS {statistics.median(x[3] for x in t) / 1024:.0f} MiB")
PY
largest=${sizes##* }
rm -rf "$work/conv"
/usr/bin/time -f "soffice: wall %e s, peak RSS %M KiB" soffice -env:UserInstallation="file://$work/lo-profile" \
  --headless --convert-to "csv:Text - txt - csv (StarCalc):44,34,76" --outdir "$work/conv" "$work/out-$largest-xlsx/results.xlsx" > /dev/null
python3 - "$work/conv/results.csv" <<'PY'
import csv, sys
csv.field_size_limit(10**9)
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.reader(f))
print(f"LibreOffice read results.xlsx: {len(rows) - 1} data rows, {len({r[0] for r in rows[1:]})} distinct ids, "
      f"{sum(len(r) != len(rows[0]) for r in rows)} rows with another number of cells than the header's {len(rows[0])}")
PY
