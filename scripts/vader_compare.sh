#!/usr/bin/env bash
# VADER and `quotestance score` in one run: NYT sentiment (Pearson r),
# NewsMTSC rw / mt target stance (macro-F1; VADER on the whole sentence),
# and throughput on one core on the same input (the dev sentences repeated
# REPEAT times, default 3), alternating the two tools ROUNDS times
# (default 3), with the ratio. Installs vaderSentiment from PyPI into
# VADER_DIR (default ~/.cache/quotestance-vader) on first use.
#
#   scripts/vader_compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${BENCH_NO_BUILD:-}" ] || cargo build --release --quiet --bin quotestance
E=../shared/eval
BIN=target/release/quotestance
V=${VADER_DIR:-$HOME/.cache/quotestance-vader}
if [ ! -d "$V/vaderSentiment" ]; then
  python3 -m pip install --quiet --target "$V" vaderSentiment==3.3.2
fi
export PYTHONPATH="$V${PYTHONPATH:+:$PYTHONPATH}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
j() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(' '.join(f'{k}={d[k]:.4f}' for k in sys.argv[2:]))" "$@"; }

python3 scripts/vader_baseline.py "$E/sentiment/vader_nyt.dev.jsonl" >"$T/v_nyt.jsonl"
"$BIN" score "$E/sentiment/vader_nyt.dev.jsonl" >"$T/q_nyt.jsonl"
for who in v q; do
  python3 "$E/score_sentiment.py" --gold "$E/sentiment/vader_nyt.dev.jsonl" --pred "$T/${who}_nyt.jsonl" --json >"$T/${who}_nyt.json"
done
echo "NYT sentiment: VADER $(j "$T/v_nyt.json" pearson_r) | quotestance $(j "$T/q_nyt.json" pearson_r)"
for n in newsmtsc_rw newsmtsc_mt; do
  python3 scripts/vader_baseline.py "$E/stance/$n.dev.jsonl" >"$T/v_$n.jsonl"
  "$BIN" score "$E/stance/$n.dev.jsonl" >"$T/q_$n.jsonl"
  for who in v q; do
    python3 "$E/score_stance.py" --gold "$E/stance/$n.dev.jsonl" --pred "$T/${who}_$n.jsonl" --json >"$T/${who}_$n.json"
  done
  echo "$n stance: VADER $(j "$T/v_$n.json" macro_f1) | quotestance $(j "$T/q_$n.json" macro_f1)"
done

f="$T/speed.jsonl"
for _ in $(seq "${REPEAT:-3}"); do
  cat "$E"/sentiment/*.dev.jsonl "$E"/stance/newsmtsc_*.dev.jsonl >>"$f"
done
bytes=$(stat -c %s "$f")
echo "throughput input: $bytes bytes, $(wc -l <"$f") lines, one core each"
for _ in $(seq "${ROUNDS:-3}"); do
  v=$(python3 scripts/vader_baseline.py "$f" --time)
  s=$(date +%s.%N)
  "$BIN" score "$f" --threads 1 >/dev/null
  e=$(date +%s.%N)
  python3 -c "q=$bytes/1e6/($e-$s); print(f'VADER {$v:.2f} MB/s | quotestance {q:.1f} MB/s | ratio {q/$v:.0f}x')"
done
