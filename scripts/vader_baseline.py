#!/usr/bin/env python3
"""VADER on our dev sets and our benchmark input, for a baseline measured in
the same run as `quotestance score` (issue: sentiment and stance vs VADER).

Reads JSONL lines ({"id", "text", ...}) and writes {"id", "score", "label"}
per line: `score` is VADER's compound score of the whole text, `label`
positive / negative / neutral by VADER's documented thresholds (compound
>= 0.05, <= -0.05). For target stance that is VADER on the whole sentence,
whoever it is about (the issue's reference row). With --time it writes
nothing and prints the input MB/s of VADER on one core instead.

VADER is not a dependency of the project: `scripts/vader_compare.sh`
installs vaderSentiment (PyPI) into a cache folder and points PYTHONPATH
at it.

Usage: vader_baseline.py FILE.jsonl [--time]
"""
import json
import os
import sys
import time

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer


def main():
    path = sys.argv[1]
    timing = "--time" in sys.argv[2:]
    analyzer = SentimentIntensityAnalyzer()
    with open(path, encoding="utf-8") as fh:
        lines = fh.readlines()
    start = time.perf_counter()
    out = []
    for line in lines:
        d = json.loads(line)
        c = analyzer.polarity_scores(d["text"])["compound"]
        label = "positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral"
        if not timing:
            out.append(json.dumps({"id": d["id"], "score": c, "label": label}))
    seconds = time.perf_counter() - start
    if timing:
        print(f"{os.path.getsize(path) / 1e6 / seconds:.2f}")
    else:
        sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
