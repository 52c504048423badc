#!/usr/bin/env bash
# A sharded run on one machine with plain processes: map, reconcile, finalize.
#
#   scripts/sharded-extract.sh [--seed N] [--no-recognizer] K OUTPUT INPUT...
#
# K       number of parts (map tasks; finalize runs once per part)
# OUTPUT  the whole graph, N-Quads: the entities of reconcile and every finalized part, sorted,
#         each quad once
# INPUT   text files, folders (their *.txt files) or *.jsonl record files
# --seed N  shuffle the inputs with seed N before dealing them to the parts (default: in order)
#
# Runs $TRAME when set, else the build's trame. The maps run in parallel, as do the finalizes;
# the first failing task stops the run (exit 1) and OUTPUT is not written. The graph is the one
# `trame extract -f nquads INPUT...` writes, up to the order of its lines (README, "Scale-out").
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
trame=${TRAME:-$here/build/trame}
seed=
map_options=()
while [ $# -gt 0 ]; do
    case $1 in
        --seed) seed=$2; shift 2 ;;
        --no-recognizer) map_options+=(--no-recognizer); shift ;;
        *) break ;;
    esac
done
if [ $# -lt 3 ] || ! [[ $1 =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [--seed N] [--no-recognizer] K OUTPUT INPUT..." >&2
    exit 2
fi
parts=$1 output=$2
shift 2

work=$(mktemp -d "${TMPDIR:-/tmp}/trame-sharded-XXXXXX")
trap 'rm -rf "$work"' EXIT

# The units of work: every file of the inputs, in name order, then shuffled when asked.
for input in "$@"; do
    if [ -d "$input" ]; then find "$input" -type f -name '*.txt' | LC_ALL=C sort
    elif [ -e "$input" ]; then printf '%s\n' "$input"
    else echo "$0: $input: no such file or folder" >&2; exit 1
    fi
done >"$work/inputs"
if [ -n "$seed" ]; then
    awk -v seed="$seed" 'BEGIN { srand(seed) } { printf "%.12f\t%s\n", rand(), $0 }' "$work/inputs" |
        LC_ALL=C sort -k1,1 | cut -f2- >"$work/shuffled"
    mv "$work/shuffled" "$work/inputs"
fi
awk -v k="$parts" -v dir="$work" '{ print > (dir "/list-" ((NR - 1) % k + 1)) }' "$work/inputs"

wait_all() {  # waits for every pid given; fails when one failed
    local status=0
    for pid in "$@"; do wait "$pid" || status=1; done
    return $status
}

pids=()
for list in "$work"/list-*; do
    n=${list##*-}
    "$trame" map -q "${map_options[@]}" --manifest "$list" -o "$work/part-$n.jsonl" &
    pids+=($!)
done
wait_all "${pids[@]}" || { echo "$0: a map task failed" >&2; exit 1; }

"$trame" reconcile -q --entities "$work/entities.nq" --table "$work/mentions.tsv" "$work"/part-*.jsonl

pids=()
for part in "$work"/part-*.jsonl; do
    "$trame" finalize -q --table "$work/mentions.tsv" -o "${part%.jsonl}.nq" "$part" &
    pids+=($!)
done
wait_all "${pids[@]}" || { echo "$0: a finalize task failed" >&2; exit 1; }

LC_ALL=C sort -u "$work/entities.nq" "$work"/part-*.nq >"$work/graph.nq"
mv "$work/graph.nq" "$output"
