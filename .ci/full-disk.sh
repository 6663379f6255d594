#!/usr/bin/env bash
# Issue 16, full disk end to end: a run whose output folder's file system fills up exits 3, names the file it could
# not write, and leaves the previous set (results.json, results.csv, run-manifest.json through the `current` link)
# complete and consistent. Needs root to mount a small tmpfs; skipped with a message otherwise.
# Usage: .ci/full-disk.sh [NEWSDESK_ROOT]   (default: this repository; another checkout's bin/newsdesk can be tried)
set -euo pipefail
root=$(cd "${1:-$(dirname "$0")/..}" && pwd)
newsdesk="$root/bin/newsdesk"
model="$root/models/default"

if [ "$(id -u)" != 0 ]; then
  echo "== full disk: skipped (not root: cannot mount a tmpfs) =="
  exit 0
fi
work=$(mktemp -d)
mnt="$work/disk"
mkdir "$mnt"
if ! mount -t tmpfs -o size=3m tmpfs "$mnt" 2>"$work/mount.err"; then
  echo "== full disk: skipped (mount of a 3 MB tmpfs failed: $(tr -s "\n " " " < "$work/mount.err")) =="
  rm -rf "$work"
  exit 0
fi
trap 'umount "$mnt" 2>/dev/null || true; rm -rf "$work"' EXIT
echo "== full disk: a 3 MB tmpfs at $mnt =="

# Fixtures written here (no third-party text): 5 articles, then 400.
python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
topics = [("Bank raises rates", "The central bank raised interest rates on Monday. Markets fell after the decision, "
           "and analysts expect another rise before the end of the year."),
          ("United win the derby", "The striker scored twice as United beat City in the derby. The goalkeeper "
           "saved a penalty late in the second half."),
          ("Flood barrier fails", "The river rose two metres overnight and the flood barrier failed at dawn. "
           "Residents were moved to the school, officials said.")]
def write(name, n):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        for i in range(n):
            title, text = topics[i % len(topics)]
            f.write(json.dumps({"id": f"a-{i}", "title": f"{title} ({i})",
                                "text": f"{text} Report number {i} of the series."}) + "\n")
write("small.jsonl", 5)
write("large.jsonl", 400)
PY

out="$mnt/out"
fail() { echo "FAIL (full disk): $*" >&2; exit 1; }

"$newsdesk" run --model "$model" --input "$work/small.jsonl" --output "$out" --summary-sentences 1 > "$work/first.log" 2>&1 \
  || { cat "$work/first.log"; fail "the first run into the tmpfs did not succeed"; }
[ -L "$out/current" ] || fail "no current link after the first run (ls: $(ls -la "$out"))"
before=$(readlink "$out/current")
sums_before=$(cd "$out" && sha256sum results.json results.csv run-manifest.json)

# Fill the disk, leaving about 64 KB: less than the 400 articles' results need.
avail=$(df --output=avail -B1 "$mnt" | tail -1 | tr -d ' ')
dd if=/dev/zero of="$mnt/fill" bs=4096 count=$(( (avail - 65536) / 4096 )) status=none || true
echo "-- disk filled: $(df --output=avail -B1 "$mnt" | tail -1 | tr -d ' ') bytes left"

rc=0
"$newsdesk" run --model "$model" --input "$work/large.jsonl" --output "$out" --summary-sentences 1 \
  > "$work/second.out" 2> "$work/second.err" || rc=$?
echo "-- second run on 400 articles: exit $rc"
grep -v ' INFO ' "$work/second.err" | sed 's/^/   /'
[ "$rc" = 3 ] || fail "expected exit 3 on a full disk, got $rc"
grep -q 'No space left on device' "$work/second.err" || fail "the message does not say the disk is full"
grep -Eq "cannot write [^:]*$out/[^: ]+" "$work/second.err" \
  || fail "the message names no file of the output folder $out"

# The previous set is intact: the current link, the three files' bytes, one run id and the manifest's digests.
[ "$(readlink "$out/current")" = "$before" ] || fail "current moved from $before to $(readlink "$out/current")"
[ "$(cd "$out" && sha256sum results.json results.csv run-manifest.json)" = "$sums_before" ] \
  || fail "the files a reader takes changed"
[ "$(ls "$out/runs")" = "$(basename "$before")" ] \
  || fail "the failed run's folder was not deleted: runs/ holds $(ls "$out/runs" | tr '\n' ' ')"
python3 - "$out" <<'PY' || fail "the previous set is not one consistent set"
import csv, hashlib, json, os, sys
out = sys.argv[1]
results = json.load(open(os.path.join(out, "results.json"), encoding="utf-8"))
manifest = json.load(open(os.path.join(out, "run-manifest.json"), encoding="utf-8"))
rows = list(csv.DictReader(open(os.path.join(out, "results.csv"), encoding="utf-8", newline="")))
run_id = manifest["run_id"]
problems = []
if results["run"]["settings"]["run_id"] != run_id:
    problems.append(f"results.json run id {results['run']['settings']['run_id']} != manifest {run_id}")
if {r["run_id"] for r in rows} != {run_id}:
    problems.append(f"results.csv run ids {sorted({r['run_id'] for r in rows})} != manifest {run_id}")
if not (len(results["articles"]) == len(rows) == manifest["counts"]["total"] == 5):
    problems.append(f"counts: json {len(results['articles'])}, csv {len(rows)}, manifest {manifest['counts']['total']}")
for name, facts in manifest["outputs"].items():
    with open(os.path.join(out, name), "rb") as f:
        if hashlib.sha256(f.read()).hexdigest() != facts["sha256"]:
            problems.append(f"{name} does not match the manifest's sha256")
print(f"-- previous set intact: run {run_id}, 5 articles in results.json, results.csv and the manifest, "
      f"{len(manifest['outputs'])} output digests match")
for p in problems:
    print("   " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

# With space again, the next run publishes its set.
rm -f "$mnt/fill"
"$newsdesk" run --model "$model" --input "$work/large.jsonl" --output "$out" --summary-sentences 1 > "$work/third.log" 2>&1 \
  || { cat "$work/third.log"; fail "the run after freeing space did not succeed"; }
[ "$(readlink "$out/current")" != "$before" ] || fail "the run after freeing space did not publish a new set"
echo "== full disk: passed (exit 3, the file named, the previous set kept; the next run publishes) =="
