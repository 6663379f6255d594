#!/usr/bin/env python3
"""Makes the benchmark inputs from the BBC News Summary articles (kept outside the repository).

Writes into OUT:
  bbc-<N>.jsonl / bbc-<N>.csv  the 2,225 articles cycled to N articles with unique ids (N = 10,000 and 100,000)
  one.jsonl                    one article, for the start-up figure
  fasttext-train.txt / -test   the BBC train / test split in fastText's format (__label__<topic> <text>)
  fasttext-<N>.txt             the N articles, one text a line, for `fasttext predict`
Usage: make_inputs.py BBC_DIR OUT
"""
import csv
import json
import os
import re
import sys

bbc, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
split = {}
with open(os.path.join(bbc, "split.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        split[row["id"]] = row["split"]
docs = []  # (id, topic, title, body)
root = os.path.join(bbc, "articles")
for topic in sorted(os.listdir(root)):
    for name in sorted(os.listdir(os.path.join(root, topic))):
        raw = open(os.path.join(root, topic, name), "rb").read().decode("utf-8", "replace")
        title, _, body = raw.partition("\n")
        docs.append((f"{topic}/{name[:-4]}", topic, title.strip(), body.strip()))


def one_line(text):
    return re.sub(r"\s+", " ", text.lower()).strip()


for which in ("train", "test"):
    with open(os.path.join(out, f"fasttext-{which}.txt"), "w", encoding="utf-8") as f:
        for doc_id, topic, title, body in docs:
            if split.get(doc_id) == which:
                f.write(f"__label__{topic} {one_line(title + ' ' + body)}\n")
with open(os.path.join(out, "one.jsonl"), "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "one", "title": docs[0][2], "text": docs[0][3]}) + "\n")
for n in (10_000, 100_000):
    with open(os.path.join(out, f"bbc-{n}.jsonl"), "w", encoding="utf-8") as jl, \
            open(os.path.join(out, f"bbc-{n}.csv"), "w", encoding="utf-8", newline="") as c, \
            open(os.path.join(out, f"fasttext-{n}.txt"), "w", encoding="utf-8") as ft:
        w = csv.writer(c)
        w.writerow(["id", "title", "text"])
        for i in range(n):
            doc_id, topic, title, body = docs[i % len(docs)]
            uid = f"{doc_id}#{i // len(docs)}"
            jl.write(json.dumps({"id": uid, "title": title, "text": body}) + "\n")
            w.writerow([uid, title, body])
            ft.write(one_line(title + " " + body) + "\n")
print(f"{len(docs)} articles -> {out}")
