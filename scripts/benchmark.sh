#!/usr/bin/env bash
# Measures trame's throughput and peak memory on a corpus of a chosen size.
#
#   scripts/benchmark.sh [CORPUS_DIR] [TARGET_MB]
#
# CORPUS_DIR  folder of *.txt articles (default: ../shared/corpus/wikinews-fr next to the repository
#             when it exists, else examples/corpus)
# TARGET_MB   size of the benchmark corpus in MB of 10^6 bytes (default: 3)
# TRAME_JOBS  (environment) worker processes, trame extract -j (default: 1)
#
# The corpus files are copied again and again, as separate files with distinct names, into a
# temporary folder until it holds TARGET_MB; the Release build's trame (build/trame, built with
# scripts/build.sh when missing) extracts it as Turtle into the same temporary folder, which is
# removed at the end. The script prints the counts of trame's summary line, their rates per second
# of wall time, the MB/s, the wall time and the peak resident memory (max RSS).
#
# Wall time and max RSS come from GNU time (/usr/bin/time -v) when it is installed; without it,
# the script polls the kernel's high-water mark of the process (VmHWM in /proc/PID/status) until
# it exits, and takes the wall time from `date`. The output names the method used.
set -euo pipefail
cd "$(dirname "$0")/.."

target_mb=${2:-3}
case $target_mb in
    '' | *[!0-9]*) echo "benchmark: TARGET_MB must be a whole number of MB, not '$target_mb'" >&2; exit 2 ;;
esac

# shellcheck source=lib/benchmark-corpus.sh
. scripts/lib/benchmark-corpus.sh
benchmark_sources benchmark "${1:-}"

work=$(mktemp -d "${TMPDIR:-/tmp}/trame-benchmark.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"

# Copies the sources round after round until the target size is reached.
target_bytes=$((target_mb * 1000000))
repeat_corpus "$work/corpus" "$target_bytes" "${sources[@]}"
files=$(find "$work/corpus" -name '*.txt' | wc -l)
echo "corpus:    $files files ($round rounds of ${#sources[@]} from $corpus), $bytes bytes"

# Runs trame; fills wall_seconds, max_rss_kb, status and method, and with GNU time cpu_seconds
# (user + system).
status=0
cpu_seconds=
if [ -x /usr/bin/time ]; then
    method="GNU time (/usr/bin/time -v)"
    /usr/bin/time -v -o "$work/time.txt" build/trame extract -j "${TRAME_JOBS:-1}" -o "$work/out.ttl" "$work/corpus" \
        2>"$work/stderr.txt" || status=$?
    wall_seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, part, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + part[i]; print s }' "$work/time.txt")
    max_rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
    cpu_seconds=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { print s }' "$work/time.txt")
else
    method="polling VmHWM in /proc/PID/status every 20 ms, wall time from date"
    started=$(date +%s.%N)
    build/trame extract -j "${TRAME_JOBS:-1}" -o "$work/out.ttl" "$work/corpus" 2>"$work/stderr.txt" &
    pid=$!
    max_rss_kb=0
    while kill -0 "$pid" 2>/dev/null; do
        hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
        [ -n "$hwm" ] && max_rss_kb=$hwm
        sleep 0.02
    done
    wait "$pid" || status=$?
    wall_seconds=$(echo "$(date +%s.%N) $started" | awk '{ print $1 - $2 }')
fi

summary=$(grep -E '^trame: [0-9]+ documents?, ' "$work/stderr.txt" | tail -n 1 || true)
if [ -z "$summary" ]; then
    echo "benchmark: trame gave no summary line (exit status $status):" >&2
    cat "$work/stderr.txt" >&2
    exit 1
fi
[ "$status" -eq 0 ] || echo "benchmark: warning: trame exited with status $status (some inputs failed)" >&2

# "trame: N documents, N sentences, N tokens, N facts, N entities, N triples -> FILE (S s...)"
echo "$summary" | awk -v wall="$wall_seconds" -v cpu="$cpu_seconds" -v rss="$max_rss_kb" -v bytes="$bytes" -v method="$method" '
{
    for (i = 2; i <= 12; i += 2) { name = $(i + 1); sub(/,$/, "", name); count[name] = $i }
    own = $0; sub(/.*\(/, "", own); sub(/ s.*/, "", own)
    printf "trame:     %s\n", $0
    printf "%-10s %10s %12s\n", "", "count", "per second"
    n = split("documents sentences tokens facts", names, " ")
    for (i = 1; i <= n; i++) printf "%-10s %10d %12.1f\n", names[i], count[names[i]], count[names[i]] / wall
    printf "%-10s %10d\n", "entities", count["entities"]
    printf "%-10s %10d\n", "triples", count["triples"]
    printf "throughput %.2f MB/s (%.2f MB)\n", bytes / 1e6 / wall, bytes / 1e6
    printf "wall time  %.2f s (trame reports %s s)\n", wall, own
    if (cpu != "") printf "CPU time   %.2f s (user + system): %.1f sentences per CPU second\n", cpu, count["sentences"] / cpu
    printf "peak RSS   %.1f MiB (%d kB)\n", rss / 1024, rss
    printf "measured   with %s\n", method
}'
