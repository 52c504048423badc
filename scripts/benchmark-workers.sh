#!/usr/bin/env bash
# Throughput of `trame extract` with 1 and 2 worker processes, and the fixed costs apart.
#
#   scripts/benchmark-workers.sh [CORPUS_DIR] [SECONDS_PER_WORKER] [RUNS]
#
# CORPUS_DIR          folder of *.txt articles (default: ../shared/corpus/wikinews-fr when it
#                     exists, else examples/corpus)
# SECONDS_PER_WORKER  CPU-seconds of work each of 2 workers gets (default: 60)
# RUNS                runs of each of -j 1 and -j 2; the median is reported (default: 3)
#
# 1. Calibration: `trame map` on the corpus once, less a start, gives the CPU-seconds per byte of
#    articles (and the part that step 4 reconciles and finalizes).
# 2. The corpus is copied round after round, as files of distinct names, into a temporary folder
#    until it holds 2 x SECONDS_PER_WORKER CPU-seconds of work: -j 1 then works about twice that
#    long, and each of the 2 workers of -j 2 about SECONDS_PER_WORKER.
# 3. `trame extract -j N` (N = 1, 2) runs RUNS times on it under GNU time; the script prints
#    each run's wall and CPU seconds, then per N the median wall time, documents/s,
#    sentences/s, CPU-seconds per 1,000 sentences, the speedup of -j 2 and the load average
#    before the runs (the machine must be otherwise quiet for the speedup to mean anything).
# 4. Fixed costs, each the median of RUNS: trame's start (extract of a one-sentence article),
#    reconcile and finalize of the calibration part. Scheduler latency is not measured here:
#    the Slurm test (tests/slurm.sh) times a one-node Slurm.
# Temporary files go to a folder under $TMPDIR that is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${2:-60}
runs=${3:-3}
for value in "$seconds" "$runs"; do
    case $value in
        '' | *[!0-9]* | 0) echo "benchmark-workers: SECONDS_PER_WORKER and RUNS are whole numbers above 0, not '$value'" >&2; exit 2 ;;
    esac
done
[ -x /usr/bin/time ] || { echo "benchmark-workers: needs GNU time (/usr/bin/time, package time)" >&2; exit 2; }
# shellcheck source=lib/benchmark-corpus.sh
. scripts/lib/benchmark-corpus.sh
benchmark_sources benchmark-workers "${1:-}"
trame=build/trame

work=$(mktemp -d "${TMPDIR:-/tmp}/trame-workers-XXXXXX")
trap 'rm -rf "$work"' EXIT

# Runs a command under GNU time; prints "WALL CPU" (seconds).
timed() {
    /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" ||
        { echo "benchmark-workers: failed: $*" >&2; cat "$work/stderr" >&2; exit 1; }
    awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/time"
}

# The median of the numbers given.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# 1. Calibration: the CPU time of the map less that of a start.
printf 'Ceci est une phrase.\n' >"$work/one.txt"
read -r _ start_cpu < <(timed "$trame" extract -o "$work/one.ttl" "$work/one.txt")
corpus_bytes=$(cat "${sources[@]}" | wc -c)
read -r _ calibration_cpu < <(timed "$trame" map -q -o "$work/part.jsonl" "$corpus")
target_bytes=$(awk -v b="$corpus_bytes" -v c="$calibration_cpu" -v t="$start_cpu" -v s="$seconds" \
    'BEGIN { work = c - t; if (work < 0.01) work = 0.01; printf "%d", 2 * s * b / work }')

# 2. The benchmark corpus.
mkdir "$work/corpus"
repeat_corpus "$work/corpus" "$target_bytes" "${sources[@]}"
echo "corpus:      $(find "$work/corpus" -name '*.txt' | wc -l) files, $bytes bytes ($round rounds of ${#sources[@]} from $corpus)"
echo "calibration: map of $corpus_bytes bytes in $calibration_cpu CPU-s, of which $start_cpu to start; target 2 x $seconds CPU-s of work"

# 3. Throughput with 1 and 2 workers.
declare -A wall_median cpu_median
for jobs in 1 2; do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    walls=() cpus=()
    for ((run = 1; run <= runs; run++)); do
        read -r wall cpu < <(timed "$trame" extract -j "$jobs" -f nquads -o "$work/out.nq" "$work/corpus")
        summary=$(grep -E '^trame: [0-9]+ documents?, ' "$work/stderr" | tail -n 1)
        echo "-j $jobs run $run: wall $wall s, CPU $cpu s (load average before: $load)"
        walls+=("$wall") cpus+=("$cpu")
    done
    wall_median[$jobs]=$(median "${walls[@]}")
    cpu_median[$jobs]=$(median "${cpus[@]}")
    documents=$(echo "$summary" | awk '{ print $2 }')
    sentences=$(echo "$summary" | awk '{ print $4 }')
done
printf '%-6s %-10s %-12s %-12s %-22s %s\n' workers wall_s documents/s sentences/s CPU_s/1000_sentences speedup
for jobs in 1 2; do
    awk -v j="$jobs" -v w="${wall_median[$jobs]}" -v c="${cpu_median[$jobs]}" -v d="$documents" -v s="$sentences" \
        -v w1="${wall_median[1]}" 'BEGIN { printf "%-6d %-10.1f %-12.1f %-12.1f %-22.2f %.2fx\n", j, w, d / w, s / w, 1000 * c / s, w1 / w }'
done
echo "($documents documents, $sentences sentences; medians of $runs runs)"

# 4. Fixed costs.
starts=() reconciles=() finalizes=()
for ((run = 1; run <= runs; run++)); do
    read -r wall _ < <(timed "$trame" extract -o "$work/one.ttl" "$work/one.txt")
    starts+=("$wall")
    read -r wall _ < <(timed "$trame" reconcile --entities "$work/entities.nq" --table "$work/table.tsv" "$work/part.jsonl")
    reconciles+=("$wall")
    read -r wall _ < <(timed "$trame" finalize --table "$work/table.tsv" -o "$work/part.nq" "$work/part.jsonl")
    finalizes+=("$wall")
done
part_documents=$(wc -l <"$work/part.jsonl")
echo "fixed costs (medians of $runs): trame start $(median "${starts[@]}") s; reconcile $(median "${reconciles[@]}") s and finalize $(median "${finalizes[@]}") s for one part of $part_documents documents"
