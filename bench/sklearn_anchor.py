#!/usr/bin/env python3
"""scikit-learn anchor: TF-IDF (1-2 grams, sublinear tf) + LinearSVC, as a user would build it.

  sklearn_anchor.py fit BBC_DIR MODEL         fit on the BBC train split, print fit seconds and test accuracy
  sklearn_anchor.py predict MODEL INPUT.jsonl transform + predict in chunks of 10,000, print articles per second
Needs Debian's python3-sklearn (/usr/bin/python3).
"""
import csv
import json
import os
import pickle
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC


def bbc(bbc_dir, which):
    split = {}
    with open(os.path.join(bbc_dir, "split.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            split[row["id"]] = row["split"]
    texts, labels = [], []
    root = os.path.join(bbc_dir, "articles")
    for topic in sorted(os.listdir(root)):
        for name in sorted(os.listdir(os.path.join(root, topic))):
            if split.get(f"{topic}/{name[:-4]}") == which:
                texts.append(open(os.path.join(root, topic, name), "rb").read().decode("utf-8", "replace"))
                labels.append(topic)
    return texts, labels


if sys.argv[1] == "fit":
    texts, labels = bbc(sys.argv[2], "train")
    start = time.perf_counter()
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LinearSVC())
    model.fit(texts, labels)
    secs = time.perf_counter() - start
    test, gold = bbc(sys.argv[2], "test")
    acc = sum(p == g for p, g in zip(model.predict(test), gold)) / len(gold)
    pickle.dump(model, open(sys.argv[3], "wb"))
    print(f"fit_seconds {secs:.2f}\ntest_accuracy {acc:.4f}")
else:
    model = pickle.load(open(sys.argv[2], "rb"))
    start = time.perf_counter()
    n = 0
    chunk = []
    with open(sys.argv[3], encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            chunk.append(a["title"] + "\n" + a["text"])
            if len(chunk) == 10_000:
                n += len(model.predict(chunk))
                chunk = []
    if chunk:
        n += len(model.predict(chunk))
    secs = time.perf_counter() - start
    print(f"articles {n}\nseconds {secs:.2f}\narticles_per_second {n / secs:.0f}")
