#!/usr/bin/env bash
# Throughput of `quotestance score` on one thread (issue: sentiment and
# stance vs VADER): the dev sentences of ../shared/eval (sentiment and
# NewsMTSC stance files, with their target offsets) repeated REPEAT times
# (default 30), scored three times; prints MB/s of input and the multiple
# of VADER's 1.8 MB/s per core. Extra binaries given as arguments are timed
# on the same file in the same run, for a baseline.
#
#   scripts/bench_score.sh [BIN ...]
#
# Env: THREADS (default "1": thread counts to time, e.g. "1 2 4 8 16" on a
# lent machine; the VADER multiple is per thread), EVAL_DIR (default
# ../shared/eval), REPEAT, BENCH_DIR, BENCH_NO_BUILD.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${BENCH_NO_BUILD:-}" ] || cargo build --release --quiet --bin quotestance
E=${EVAL_DIR:-../shared/eval}
f=${BENCH_DIR:-/tmp/quotestance-bench}/score_input.jsonl
mkdir -p "$(dirname "$f")"
: > "$f"
for _ in $(seq "${REPEAT:-30}"); do
  cat "$E"/sentiment/*.dev.jsonl "$E"/stance/newsmtsc_*.dev.jsonl >> "$f"
done
bytes=$(stat -c %s "$f")
echo "input: $f, $bytes bytes, $(wc -l < "$f") lines"
cat "$f" > /dev/null
for bin in target/release/quotestance "$@"; do
  for t in ${THREADS:-1}; do
    for _ in 1 2 3; do
      s=$(date +%s.%N)
      "$bin" score "$f" --threads "$t" > /dev/null
      e=$(date +%s.%N)
      python3 -c "m=$bytes/1e6/($e-$s); print(f'$bin, $t threads: {m:.1f} MB/s = {m/1.8:.0f}x VADER, {m/1.8/$t:.0f}x per thread')"
    done
  done
done
