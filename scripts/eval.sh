#!/usr/bin/env bash
# Score the release binary on the dev sets in ../shared/eval (see that README).
# Usage: scripts/eval.sh [quotes|sentiment|stance|all]
set -euo pipefail
cd "$(dirname "$0")/.."
E=../shared/eval
BIN=target/release/quotestance
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
what=${1:-all}
j() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(' '.join(f'{k}={d[k]:.4f}' if isinstance(d[k], float) else f'{k}={d[k]}' for k in sys.argv[2:]))" "$@"; }
if [[ $what == quotes || $what == all ]]; then
  "$BIN" quotes -q "$E/quotes/polnear.dev.jsonl" >"$T/q.jsonl"
  for k in direct all; do
    python3 "$E/score_quotes.py" --gold "$E/quotes/polnear.dev.jsonl" --pred "$T/q.jsonl" --speaker-field speaker_mention --kinds $k --json-out "$T/q$k.json" >/dev/null
    echo "quotes $k: $(j "$T/q$k.json" quote_precision quote_recall quote_f1 speaker_accuracy attributed_f1)"
  done
fi
if [[ $what == sentiment || $what == all ]]; then
  for n in vader_nyt vader_tweets vader_movie vader_amazon; do
    "$BIN" score "$E/sentiment/$n.dev.jsonl" >"$T/$n.jsonl"
    python3 "$E/score_sentiment.py" --gold "$E/sentiment/$n.dev.jsonl" --pred "$T/$n.jsonl" --json >"$T/$n.json"
    echo "sentiment $n: $(j "$T/$n.json" pearson_r spearman_rho accuracy)"
  done
fi
if [[ $what == stance || $what == all ]]; then
  for n in newsmtsc_rw newsmtsc_mt semeval16_stance; do
    "$BIN" score "$E/stance/$n.dev.jsonl" >"$T/$n.jsonl"
    python3 "$E/score_stance.py" --gold "$E/stance/$n.dev.jsonl" --pred "$T/$n.jsonl" --json >"$T/$n.json"
    echo "stance $n: $(j "$T/$n.json" accuracy macro_f1 f1_pn)"
  done
fi
