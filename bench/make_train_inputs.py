#!/usr/bin/env python3
"""Makes the inputs of bench/train.sh (kept outside the repository).

  make_train_inputs.py fasttext REUTERS_DIR BBC_DIR OUT
      OUT/reuters-ft-train.txt, reuters-ft-dev.txt: Reuters train.jsonl / dev.jsonl in fastText's format
      (__label__<label> ... <lower-cased text on one line>, every label of the article)
      OUT/bbc-ft-train.txt, bbc-ft-test.txt: the BBC train / test split, the same way (as bench/make_inputs.py)
  make_train_inputs.py scale REUTERS_DIR BBC_DIR OUT N [N ...]
      OUT/scale-<N>.jsonl ({"id", "title", "text", "labels"} a line) and OUT/scale-<N>-ft.txt: the 7,770 Reuters
      articles (train.jsonl + dev.jsonl) and the 2,225 BBC articles (label: their folder) cycled to N articles, ids
      made unique as "<id>#<copy>", labels kept.
"""
import csv
import json
import os
import re
import sys


def one_line(text):
    return re.sub(r"\s+", " ", text.lower()).strip()


def ft_line(labels, title, text):
    return " ".join("__label__" + l for l in labels) + " " + one_line(title + " " + text) + "\n"


def reuters(path):
    with open(path, encoding="utf-8") as f:
        return [(a["id"], a["labels"], a["title"], a["text"]) for a in map(json.loads, f) if a]


def bbc(bbc_dir):
    split = {}
    with open(os.path.join(bbc_dir, "split.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            split[row["id"]] = row["split"]
    docs = []  # (id, [topic], title, body, split)
    root = os.path.join(bbc_dir, "articles")
    for topic in sorted(os.listdir(root)):
        for name in sorted(os.listdir(os.path.join(root, topic))):
            raw = open(os.path.join(root, topic, name), "rb").read().decode("utf-8", "replace")
            title, _, body = raw.partition("\n")
            doc_id = f"{topic}/{name[:-4]}"
            docs.append((doc_id, [topic], title.strip(), body.strip(), split.get(doc_id)))
    return docs


def main():
    what, reuters_dir, bbc_dir, out = sys.argv[1:5]
    os.makedirs(out, exist_ok=True)
    if what == "fasttext":
        for part in ("train", "dev"):
            with open(os.path.join(out, f"reuters-ft-{part}.txt"), "w", encoding="utf-8") as f:
                for _, labels, title, text in reuters(os.path.join(reuters_dir, f"{part}.jsonl")):
                    f.write(ft_line(labels, title, text))
        docs = bbc(bbc_dir)
        for part in ("train", "test"):
            with open(os.path.join(out, f"bbc-ft-{part}.txt"), "w", encoding="utf-8") as f:
                for _, labels, title, body, split in docs:
                    if split == part:
                        f.write(ft_line(labels, title, body))
    elif what == "scale":
        pool = reuters(os.path.join(reuters_dir, "train.jsonl")) + reuters(os.path.join(reuters_dir, "dev.jsonl"))
        pool += [("bbc-" + d[0], d[1], d[2], d[3]) for d in bbc(bbc_dir)]
        for n in map(int, sys.argv[5:]):
            with open(os.path.join(out, f"scale-{n}.jsonl"), "w", encoding="utf-8") as jl, \
                    open(os.path.join(out, f"scale-{n}-ft.txt"), "w", encoding="utf-8") as ft:
                for i in range(n):
                    doc_id, labels, title, text = pool[i % len(pool)]
                    jl.write(json.dumps({"id": f"{doc_id}#{i // len(pool)}", "title": title, "text": text,
                                         "labels": labels}) + "\n")
                    ft.write(ft_line(labels, title, text))
        print(f"{len(pool)} articles cycled to {', '.join(sys.argv[5:])} -> {out}")
    else:
        sys.exit(f"make_train_inputs.py: unknown input set {what}")


if __name__ == "__main__":
    main()
