#!/usr/bin/env bash
# Thread scaling of `quotestance run` (issue: nightly-scale speed): builds
# one corpus from ../shared/corpus/*.jsonl, runs the parsing floor and each
# given binary at 1, 2, 4, ... threads on it, and prints MB/s, the speedup
# over the same binary's 1-thread run and the machine's mean busy cores
# during the run (from /proc/stat); then checks that the reports
# of the widest run are byte-identical to the 1-thread ones.
#
#   scripts/scale.sh SIZE_MB BIN [BIN ...]
#
# With CEILING=1 it also measures the machine's own ceiling for this work:
# the corpus split into as many parts as the widest thread count, each part
# run by its own 1-thread process, all at once (nothing shared between
# them), as a speedup over the same binary's 1-thread run.
#
# Env: THREADS (default "1 2 4 8 16"), SCALE_DIR (corpus and reports,
# default /tmp/quotestance-scale), EXAMPLES_DIR (make_corpus and floor,
# default target/release/examples), CORPUS_IN (source JSONL files), CEILING.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: scripts/scale.sh SIZE_MB BIN [BIN ...]" >&2; exit 2; }
mb=$1; shift
threads=(${THREADS:-1 2 4 8 16})
dir=${SCALE_DIR:-/tmp/quotestance-scale}
ex=${EXAMPLES_DIR:-target/release/examples}
corpus_in=(${CORPUS_IN:-../shared/corpus/bbc.jsonl ../shared/corpus/reuters21578.jsonl})
mkdir -p "$dir"
# Mean busy cores of the whole machine between two `cpu` lines of /proc/stat
# (all but idle and iowait time): idle cores during a run show here.
busy() {
  python3 -c "import sys, os
a, b = ([int(x) for x in l.split()[1:9]] for l in sys.argv[1:3])
d = [y - x for x, y in zip(a, b)]
print(f'{(sum(d) - d[3] - d[4]) / max(sum(d), 1) * os.cpu_count():.1f}')" "$1" "$2"
}
f="$dir/corpus_${mb}MB.jsonl"
[ -s "$f" ] || "$ex/make_corpus" "$mb" "$f" "${corpus_in[@]}"
cat "$f" > /dev/null
echo "== $(nproc) CPUs; corpus $f: $(stat -c %s "$f") bytes, $(wc -l < "$f") articles"
for t in "${threads[@]}"; do
  echo "floor, $t threads: $("$ex/floor" "$f" --threads "$t")"
done
widest=${threads[-1]}
for bin in "$@"; do
  name=$(basename "$bin")
  base=""
  for t in "${threads[@]}"; do
    out="$dir/reports_${name}_t$t"
    cpu0=$(head -1 /proc/stat)
    start=$(date +%s.%N)
    "$bin" run "$f" --out-dir "$out" --quiet --threads "$t"
    end=$(date +%s.%N)
    cpu1=$(head -1 /proc/stat)
    mbs=$(python3 -c "print(f'{$(stat -c %s "$f")/1e6/($end-$start):.1f}')")
    base=${base:-$mbs}
    [ "$t" = 1 ] && one=$mbs
    echo "$name, $t threads: $mbs MB/s, speedup over 1 thread $(python3 -c "print(f'{$mbs/$base:.2f}')")x," \
      "busy cores $(busy "$cpu0" "$cpu1") of $(nproc);" \
      "stage CPU s: $(python3 -c "import json; print(json.load(open('$out/run.json'))['seconds'])")"
  done
  for c in quotes.csv quote_targets.csv speakers.csv critique_frequency.csv targets.csv; do
    cmp -s "$dir/reports_${name}_t1/$c" "$dir/reports_${name}_t$widest/$c" \
      && echo "$name: $c identical at 1 and $widest threads" \
      || echo "$name: $c DIFFERS between 1 and $widest threads"
  done
  rm -rf "$dir"/reports_"${name}"_t*
  if [ -n "${CEILING:-}" ] && [ -n "${one:-}" ]; then
    (cd "$dir" && rm -f part_*.jsonl && split -n "l/$widest" -d -a 3 --additional-suffix=.jsonl "$(basename "$f")" part_)
    cat "$dir"/part_*.jsonl > /dev/null
    start=$(date +%s.%N)
    for p in "$dir"/part_*.jsonl; do
      "$bin" run "$p" --out-dir "${p%.jsonl}_reports" --quiet --threads 1 &
    done
    wait
    end=$(date +%s.%N)
    mbs=$(python3 -c "print(f'{$(stat -c %s "$f")/1e6/($end-$start):.1f}')")
    echo "$name, $widest 1-thread processes on 1/$widest each: $mbs MB/s," \
      "speedup over 1 thread $(python3 -c "print(f'{$mbs/$one:.2f}')")x (the machine's ceiling)"
    rm -rf "$dir"/part_*
  fi
done
