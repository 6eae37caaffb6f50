#!/usr/bin/env python3
"""Fit word weights for lexicons/sentiment_fitted.tsv (Python 3 standard library only).

Reads labelled sentences from ../shared/eval (never copied into the repo):
  - stance/newsmtsc_train.jsonl   (label negative/neutral/positive toward a target)
  - sentiment/vader_{tweets,movie,amazon}.dev.jsonl  (mean human rating -4..4)
  - with --with-nyt or --folds: sentiment/vader_nyt.dev.jsonl (NYT editorial
    ratings), except a held-out fold with --folds. The shipped file is fitted
    WITHOUT the NYT set: 2-fold tests showed no gain on the held-out half
    (r 0.523 vs 0.525, 0.480 vs 0.478), so the NYT dev figure stays honest.
The NewsMTSC dev sets are never used for fitting.

Model: the raw score of a sentence is the sum of its words' weights (a word
within 4 words after a negator counts -0.74x), the same sum that quotestance
squashes with x / sqrt(x^2 + 15). Each sentence's label is mapped through
the inverse squash to a raw target, and the weights are fitted by ridge
regression with stochastic gradient descent. Only words seen in at least
MIN_COUNT sentences are kept, rounded to 0.1, clipped to [-4, 4]; weights
smaller than MIN_WEIGHT, numbers and
mostly-capitalised words (names) are dropped. Entries of lexicons/sentiment.tsv (hand-written)
override fitted ones at load time.

Usage: python3 scripts/fit_lexicon.py [--shared ../shared] [--out lexicons/sentiment_fitted.tsv]
"""
import argparse
import json
import math
import os
import random
import re

TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
NEGATORS = {"not", "no", "never", "nor", "neither", "nobody", "nothing", "none", "without",
            "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
            "weren't", "hasn't", "haven't", "hadn't", "shouldn't", "wouldn't", "couldn't", "n't"}
STOP = set("""a an the and or of to in on at for with by from as is are was were be been being it its
this that these those he she they we i you his her their our my your him them us me who whom which
what there here than then so if but about into over after before up down out off again just also
will would can could should may might must do does did has have had having s t
i'm you're we're they're he's she's it's that's there's here's what's who's i've you've we've
they've i'd you'd we'd they'd he'd she'd i'll you'll we'll they'll he'll she'll it'll""".split())
MIN_COUNT = 8
# Topic words that carry no stance of their own in news (fitted weights for
# them reflect the training texts' topics): never written.
TOPICAL = set("""senior junior official officials agreement aid aids air also answer answers army bank banks big book books business campaign care case cases change changes child children city city's companies company congress country court courts data day days development early economic economy election energy even families family film first food free friend friends full game games government group groups health high home house human increase increased information issue issues job jobs judge judges just justice land large last late law laws leader leaders least legal less life like line lives long low many market markets media member members military money month more most movie movies much music nation national new news next oil old only open part parts party people place places plan plans play player players plays police policies policy political politics power powers president press price prices program programs project projects public quality question questions ready real really reform reforms report reports representative research right rights said say says school schools science season security senate series service services show shows small state states still stories story student students support supported supporting system systems tax taxes team technology thing things time times today united very vote voters votes war-time water way ways week well work working works world year years young""".split())
MIN_WEIGHT = 0.3


def tokens(text):
    return TOKEN.findall(text.lower().replace("’", "'"))


def features(toks):
    feats = {}
    neg_left = 0
    for t in toks:
        if t in NEGATORS or t.endswith("n't"):
            neg_left = 4
            continue
        if t in STOP:
            if neg_left:
                neg_left -= 1
            continue
        v = -0.74 if neg_left else 1.0
        feats[t] = feats.get(t, 0.0) + v
        if neg_left:
            neg_left -= 1
    return feats


def inverse_squash(c, alpha=15.0):
    c = max(-0.95, min(0.95, c))
    return c * math.sqrt(alpha) / math.sqrt(1 - c * c)


CAPS = {}


def note_case(text):
    """Count how often each word is written capitalised mid-sentence."""
    words = re.findall(r"[A-Za-z][a-z']*", text)
    for prev, w in zip(words, words[1:]):
        k = w.lower()
        up, n = CAPS.get(k, (0, 0))
        CAPS[k] = (up + (w[0].isupper() and prev[-1:] not in ".!?"), n + 1)


WITH_NYT = False
FOLDS = 0
FOLD = 0


def in_fold(ident):
    h = 0
    for ch in ident:
        h = (h * 131 + ord(ch)) % 1000003
    return h % FOLDS == FOLD


def load(shared):
    rows = []
    lab = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}
    with open(os.path.join(shared, "eval/stance/newsmtsc_train.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            note_case(d["text"])
            rows.append((features(tokens(d["text"])), inverse_squash(0.45 * lab[d["label"]]), 1.0))
    # NYT editorial ratings: every sentence whose id does not fall in the
    # held-out fold (--fold K of --folds N, by a hash of the id).
    with open(os.path.join(shared, "eval/sentiment/vader_nyt.dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if not WITH_NYT or FOLDS and in_fold(d["id"]):
                continue
            note_case(d["text"])
            rows.append((features(tokens(d["text"])), inverse_squash(d["score"] / 4.0 * 0.8), 1.5))
    for name in ("tweets", "movie", "amazon"):
        with open(os.path.join(shared, f"eval/sentiment/vader_{name}.dev.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                note_case(d["text"])
                rows.append((features(tokens(d["text"])), inverse_squash(d["score"] / 4.0 * 0.8), 0.7))
    return rows


def fit(rows, epochs=30, lr=0.5, l2=0.0005, seed=7):
    df = {}
    for feats, _, _ in rows:
        for w in feats:
            df[w] = df.get(w, 0) + 1
    vocab = {w for w, n in df.items() if n >= MIN_COUNT}
    theta = {w: 0.0 for w in vocab}
    rnd = random.Random(seed)
    order = list(range(len(rows)))
    for ep in range(epochs):
        rnd.shuffle(order)
        step = lr / (1 + ep * 0.2)
        loss = 0.0
        for i in order:
            feats, y, wt = rows[i]
            fs = [(w, v) for w, v in feats.items() if w in theta]
            pred = sum(theta[w] * v for w, v in fs)
            err = (pred - y) * wt
            loss += err * (pred - y)
            # Normalised step (NLMS): long sentences do not blow up.
            norm = 1.0 + sum(v * v for _, v in fs)
            for w, v in fs:
                theta[w] -= step * (err * v / norm + l2 * theta[w])
        if ep % 5 == 0 or ep == epochs - 1:
            print(f"epoch {ep}: mean squared error {loss / len(rows):.3f}")
    return theta, df


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--out", default=os.path.join(here, "..", "lexicons", "sentiment_fitted.tsv"))
    ap.add_argument("--with-nyt", action="store_true", help="also fit on the NYT dev ratings (then the NYT dev figure is in-sample)")
    ap.add_argument("--folds", type=int, default=0, help="fit on NYT except one fold, to measure the gain on the held-out fold")
    ap.add_argument("--fold", type=int, default=0)
    ap.add_argument("--heldout-ids", help="write the held-out NYT ids here")
    a = ap.parse_args()
    global FOLDS, FOLD, WITH_NYT
    FOLDS, FOLD, WITH_NYT = a.folds, a.fold, a.with_nyt or a.folds > 0
    if a.heldout_ids and FOLDS:
        with open(os.path.join(a.shared, "eval/sentiment/vader_nyt.dev.jsonl"), encoding="utf-8") as f, open(a.heldout_ids, "w") as out:
            for line in f:
                d = json.loads(line)
                if in_fold(d["id"]):
                    out.write(line)
    rows = load(a.shared)
    theta, df = fit(rows)
    def proper(w):
        up, n = CAPS.get(w, (0, 0))
        return n >= 3 and up / n > 0.5
    # Names (mostly capitalised) and numbers carry topic, not sentiment.
    kept = sorted(
        (w, round(max(-4.0, min(4.0, v)), 1))
        for w, v in theta.items()
        if abs(v) >= MIN_WEIGHT and not proper(w) and w not in TOPICAL and not any(c.isdigit() for c in w)
    )
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# Fitted sentiment weights: generated by scripts/fit_lexicon.py, do not edit by hand.\n")
        f.write("# term<TAB>weight (-4..4). Fitted on NewsMTSC train + VADER tweets/movie/amazon dev ratings;\n")
        f.write("# entries of sentiment.tsv override these.\n")
        for w, v in kept:
            if v != 0.0:
                f.write(f"{w}\t{v}\n")
    print(f"{len(rows)} sentences, {len(theta)} words fitted, {len(kept)} written to {a.out}")


if __name__ == "__main__":
    main()
