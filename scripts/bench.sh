#!/usr/bin/env bash
# Throughput and memory benchmark of `quotestance run` against the
# input-parsing floor (examples/floor.rs), on corpora built from
# ../shared/corpus/*.jsonl (copies with rewritten ids and dates over 2025).
#
#   scripts/bench.sh [SIZE_MB ...]      default: 1000 4000
#
# For each size it prints, for the floor and for `quotestance run`: MB/s,
# articles/s, quotes/s and peak RSS, then the ratio run/floor. Both use all
# cores. With BENCH_CHECK_THREADS=1 it also checks that the five CSVs are
# byte-identical to a --threads 1 run. Corpora go to $BENCH_DIR
# (default /tmp/quotestance-bench) and are reused when present.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 4000)
dir=${BENCH_DIR:-/tmp/quotestance-bench}
mkdir -p "$dir"
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  cargo build --release --quiet --bin quotestance --example floor --example make_corpus
fi
bin=${QUOTESTANCE_BIN:-target/release/quotestance}
ex=${EXAMPLES_DIR:-target/release/examples}
corpus_in=(${CORPUS_IN:-../shared/corpus/bbc.jsonl ../shared/corpus/reuters21578.jsonl})
rss() { awk '/Maximum resident/ {print $6}' "$1"; }
for mb in "${sizes[@]}"; do
  f="$dir/corpus_${mb}MB.jsonl"
  [ -s "$f" ] || "$ex/make_corpus" "$mb" "$f" "${corpus_in[@]}"
  bytes=$(stat -c %s "$f")
  echo "== corpus $f: $(python3 -c "print(f'{$bytes/1e6:.0f}')") MB, $(wc -l < "$f") articles"
  cat "$f" > /dev/null   # warm the page cache for both runs
  /usr/bin/time -v "$ex/floor" "$f" > "$dir/floor.out" 2> "$dir/floor.time"
  cat "$dir/floor.out"
  floor_mbs=$(grep -o '[0-9.]* MB/s' "$dir/floor.out" | cut -d' ' -f1)
  echo "floor: peak RSS $(( $(rss "$dir/floor.time") / 1024 )) MB"
  out="$dir/reports_${mb}"
  start=$(date +%s.%N)
  /usr/bin/time -v "$bin" run "$f" --out-dir "$out" --quiet 2> "$dir/run.time"
  end=$(date +%s.%N)
  python3 - "$out/run.json" "$start" "$end" "$floor_mbs" "$(rss "$dir/run.time")" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
wall = float(sys.argv[3]) - float(sys.argv[2])
mbs = m["bytes"] / 1e6 / wall
floor = float(sys.argv[4])
print(f"run:   {m['articles']} articles, {m['quotes']} quotes, {m['bytes']/1e6:.1f} MB in {wall:.2f} s: "
      f"{mbs:.1f} MB/s, {m['articles']/wall:.0f} articles/s, {m['quotes']/wall:.0f} quotes/s, peak RSS {int(sys.argv[5])//1024} MB")
print(f"run:   CPU seconds by stage (all threads): {json.dumps(m['seconds'])}")
print(f"ratio run/floor: {mbs/floor:.3f}")
PY
  if [ -n "${BENCH_CHECK_THREADS:-}" ]; then
    "$bin" run "$f" --out-dir "$out.t1" --quiet --threads 1
    for c in quotes.csv quote_targets.csv speakers.csv critique_frequency.csv targets.csv; do
      cmp -s "$out/$c" "$out.t1/$c" && echo "identical with --threads 1: $c" || { echo "DIFFERS with --threads 1: $c"; exit 1; }
    done
  fi
done
