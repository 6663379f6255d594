#!/usr/bin/env python3
"""scikit-learn training anchor for bench/train.sh: TF-IDF (1-2 grams, sublinear tf) + one-vs-rest LinearSVC.

  sklearn_train.py TRAIN.jsonl [DEV.jsonl]
      Reads TRAIN ({"id", "title", "text", "labels": [...]} a line), fits
      TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True) + OneVsRestClassifier(LinearSVC()) on title + "\\n" + text
      with MultiLabelBinarizer, and prints the fit seconds. With DEV, predicts it and prints micro and macro F1
      (sklearn.metrics.f1_score, average="micro" / "macro", zero_division=0) over the union of the train and dev
      labels: a label with no dev article and no prediction counts as 0 in the macro average, as in Newsdesk's
      `evaluate` (ClassificationReport). The macro F1 over the labels that occur in dev only is printed beside it.
Meant to be timed as a whole process (start-up, reading and vectorizing included). Needs Debian's python3-sklearn
(/usr/bin/python3).
"""
import json
import sys
import time
import warnings

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC


def read(path):
    texts, labels = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                texts.append(a.get("title", "") + "\n" + a.get("text", ""))
                labels.append(a["labels"])
    return texts, labels


def main():
    train_texts, train_labels = read(sys.argv[1])
    dev = read(sys.argv[2]) if len(sys.argv) > 2 else None
    start = time.perf_counter()
    classes = sorted({l for ls in train_labels for l in ls} | ({l for ls in dev[1] for l in ls} if dev else set()))
    mlb = MultiLabelBinarizer(classes=classes)
    y = mlb.fit_transform(train_labels)
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), OneVsRestClassifier(LinearSVC()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # labels met only in dev: "Label not N is present in all training examples"
        model.fit(train_texts, y)
    print(f"train_articles {len(train_texts)}")
    print(f"fit_seconds {time.perf_counter() - start:.2f}")
    if dev is None:
        return
    dev_texts, dev_labels = dev
    gold = mlb.transform(dev_labels)
    pred = model.predict(dev_texts)
    train_set = {l for ls in train_labels for l in ls}
    dev_set = {l for ls in dev_labels for l in ls}
    in_dev = [i for i, c in enumerate(classes) if c in dev_set]
    print(f"labels {len(classes)} (union of train and dev: {len(train_set)} in train, {len(dev_set)} in dev, "
          f"{len(dev_set - train_set)} in dev only)")
    print(f"dev_articles {len(dev_texts)}")
    print(f"micro_f1 {f1_score(gold, pred, average='micro', zero_division=0):.4f}")
    print(f"macro_f1 {f1_score(gold, pred, average='macro', zero_division=0):.4f}")
    print(f"macro_f1_dev_labels {f1_score(gold, pred, labels=in_dev, average='macro', zero_division=0):.4f}")


if __name__ == "__main__":
    main()
