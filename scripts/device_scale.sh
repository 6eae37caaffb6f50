#!/usr/bin/env bash
# Thread scaling on a lent 16-core machine, where ../shared does not travel:
# `prepare` (here) builds the release binary and the benchmark examples,
# strips them and copies them, the corpus (gzipped) and the dev sentences
# into target/scale (ignored, under the 64 MiB carry limit); `go` (on the
# device, with target/scale carried) runs scripts/bench_score.sh at 1 to 16
# threads and then CEILING=1 scripts/scale.sh on a 1 GB corpus.
#
#   scripts/device_scale.sh prepare
#   run: bash scripts/device_scale.sh go    (carry: target/scale)
set -euo pipefail
cd "$(dirname "$0")/.."
S=target/scale
case "${1:-}" in
prepare)
  cargo build --release --quiet --bin quotestance --examples
  rm -rf "$S" && mkdir -p "$S/corpus" "$S/eval/sentiment" "$S/eval/stance"
  strip -o "$S/quotestance" target/release/quotestance
  strip -o "$S/floor" target/release/examples/floor
  strip -o "$S/make_corpus" target/release/examples/make_corpus
  for c in bbc reuters21578; do gzip -c "../shared/corpus/$c.jsonl" > "$S/corpus/$c.jsonl.gz"; done
  cp ../shared/eval/sentiment/*.dev.jsonl "$S/eval/sentiment/"
  cp ../shared/eval/stance/newsmtsc_*.dev.jsonl "$S/eval/stance/"
  du -sh "$S"
  ;;
go)
  for c in bbc reuters21578; do gunzip -c "$S/corpus/$c.jsonl.gz" > "$S/corpus/$c.jsonl"; done
  mkdir -p target/release/examples
  cp "$S/quotestance" target/release/quotestance
  cp "$S/floor" "$S/make_corpus" target/release/examples/
  lscpu | grep -E "Model name|^CPU\(s\)|Thread"
  echo "== score"
  BENCH_NO_BUILD=1 EVAL_DIR="$S/eval" THREADS="1 2 4 8 16" BENCH_DIR=/tmp/qs-bench scripts/bench_score.sh
  echo "== run"
  CEILING=1 CORPUS_IN="$S/corpus/bbc.jsonl $S/corpus/reuters21578.jsonl" SCALE_DIR=/tmp/qs-scale \
    scripts/scale.sh 1000 target/release/quotestance
  ;;
*) echo "usage: scripts/device_scale.sh prepare|go" >&2; exit 2 ;;
esac
