#!/usr/bin/env python3
"""Checks a corpus part (JSON Lines) against the starter corpus rules. Usage: check.py part.jsonl"""
import csv, json, re, sys
TAX = {"war-and-conflict","politics","general-news","business-and-economy","science-and-technology","health",
       "sport","entertainment-and-culture","crime-and-justice","disasters-and-accidents","environment-and-climate"}
FORMS = {"report","brief","feature","flash","blog","analysis","opinion","liveblog","press-release"}
def shingles(t):
    w = re.findall(r"\w+", t.lower()); return {tuple(w[i:i+5]) for i in range(len(w)-4)}
existing = list(csv.DictReader(open('/work/main/training-data/articles.csv', encoding='utf-8')))
titles = {r['title'].lower() for r in existing}
ex_sh = [(r['id'], shingles(r['title'] + ' ' + r['text'])) for r in existing]
errors = 0
seen_ids = set()
rows = []
for n, line in enumerate(open(sys.argv[1], encoding='utf-8'), 1):
    if not line.strip(): continue
    def bad(msg):
        global errors; errors += 1; print(f"line {n}: {msg}")
    try: a = json.loads(line)
    except Exception as e: bad(f"not JSON: {e}"); continue
    for k in ("id","title","text","labels","summary","form"):
        if k not in a: bad(f"missing {k}")
    if set(a) - {"id","title","text","labels","summary","form"}: bad(f"extra keys {set(a)}")
    i = a.get("id",""); 
    if i in seen_ids: bad(f"repeated id {i}")
    seen_ids.add(i)
    labels = a.get("labels","").split("|")
    if not set(labels) <= TAX or len(labels) != len(set(labels)) or not 1 <= len(labels) <= 3: bad(f"{i}: labels {labels}")
    if a.get("form") not in FORMS: bad(f"{i}: form {a.get('form')}")
    t = a.get("title","").strip()
    if not t: bad(f"{i}: no title")
    if t.lower() in titles: bad(f"{i}: repeated title {t}")
    titles.add(t.lower())
    text = a.get("text",""); words = len(text.split())
    if a.get("form") == "flash":
        if text.strip() or a.get("summary","").strip(): bad(f"{i}: a flash has empty text and summary")
    else:
        if words > 1000: bad(f"{i}: {words} words")
        s = a.get("summary","").strip()
        if not s: bad(f"{i}: no summary")
        if "?" in s or "!" in s: bad(f"{i}: summary has ? or !")
        # each summary sentence must occur verbatim in the text
        for piece in re.split(r"(?<=[.\"'’”])\s+(?=[A-Z\"“‘(0-9])", s):
            if piece and piece not in text: bad(f"{i}: summary piece not in text: {piece[:80]}")
    sh = shingles(t + ' ' + text)
    for oid, osh in ex_sh:
        if sh and osh:
            j = len(sh & osh) / len(sh | osh)
            if j >= 0.2: bad(f"{i}: near-copy of {oid} (jaccard {j:.2f})")
    ex_sh.append((i, sh))
    rows.append(a)
print(f"{len(rows)} articles, {errors} problems")
from collections import Counter
print(Counter(r.get('labels') for r in rows).most_common())
print(Counter(r.get('form') for r in rows).most_common())
sys.exit(1 if errors else 0)
