#!/usr/bin/env python3
"""Resolved-speaker accuracy on real news (Python 3 standard library only).

PolNeAR's scorer (scripts/eval.sh quotes) compares the speaker *mention* as
written; the reports count the *resolved* speaker (`speaker`: `he` → the
person, `Lawson` → Nigel Lawson, descriptions kept apart). This script
scores that column on benches/speakers_gold.tsv: quotes drawn at random
from BBC + Reuters in three draws and labelled by hand (see the file's
header for the matching rules and which draw is fair for which binary). It runs `quotestance quotes` on ../shared/corpus/bbc.jsonl
then reuters21578.jsonl (the order matters: speakers are resolved across
articles in input order) and prints the accuracy per kind and every miss.

Usage: python3 scripts/eval_speakers.py [--bin target/release/quotestance]
           [--shared ../shared] [--gold benches/speakers_gold.tsv]
"""
import argparse
import collections
import json
import os
import subprocess


def matches(expected, speaker):
    speaker = (speaker or "").strip()
    if expected == "DESC":
        return not speaker or not speaker[0].isupper()
    if expected.startswith("ORG:"):
        return expected[4:].lower() in speaker.lower()
    # (`Rory O' Neill` as one article spells him is Rory O'Neill.)
    norm = lambda s: s.replace("\u2019", "'").replace("' ", "'").split(" ")[-1].lower()
    return bool(speaker) and norm(speaker) == norm(expected)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default="target/release/quotestance")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--gold", default="benches/speakers_gold.tsv")
    args = ap.parse_args()
    corpus = os.path.join(args.shared, "corpus")
    out = subprocess.run(
        [args.bin, "quotes", os.path.join(corpus, "bbc.jsonl"),
         os.path.join(corpus, "reuters21578.jsonl")],
        check=True, capture_output=True, text=True).stdout
    pred = {}
    for line in out.splitlines():
        d = json.loads(line)
        for q in d["quotes"]:
            pred[(d["id"], q["char_start"])] = q
    total = collections.Counter()
    right = collections.Counter()
    misses = []
    with open(args.gold, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            aid, start, expected, draw = line.rstrip("\n").split("\t")
            kind = "description" if expected == "DESC" else \
                "organisation" if expected.startswith("ORG:") else "person"
            q = pred.get((aid, int(start)))
            got = q.get("speaker") if q else None
            for key in (kind, f"draw {draw}"):
                total[key] += 1
            if q and matches(expected, got):
                for key in (kind, f"draw {draw}"):
                    right[key] += 1
            else:
                misses.append(f"  draw {draw} {aid} {start}: expected {expected!r}, got "
                              + (repr(got) if q else "no such quote"))
    kinds = ("person", "description", "organisation")
    n = sum(total[k] for k in kinds)
    k = sum(right[k] for k in kinds)
    print(f"resolved speaker accuracy: {k}/{n} = {k / n:.3f}")
    for key in sorted(total):
        print(f"  {key}: {right[key]}/{total[key]} = {right[key] / total[key]:.3f}")
    if misses:
        print("misses:")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
