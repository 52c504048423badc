#!/usr/bin/env bash
# A sharded run on Slurm: the map as a job array over slices of a manifest, reconcile once after
# it, finalize as a second array, then the union; each step waits for the one before with
# --dependency=afterok, so a failing task cancels everything after it (--kill-on-invalid-dep).
#
#   scripts/slurm-extract.sh [--tasks N] [--wait] [--sbatch OPTION]... WORKDIR OUTPUT INPUT...
#
# WORKDIR   a folder on storage every node sees: manifest slices, parts, table, logs (log/)
# OUTPUT    the whole graph, N-Quads (sorted, each quad once), written by the last job
# INPUT     text files, folders (their *.txt files) or *.jsonl record files
# --tasks N   number of map (and finalize) tasks, at most 1000 (default: 100, fewer when there
#             are fewer inputs); each task processes a slice of the manifest
# --wait      return only when the last job has ended; exit 1 when it did not succeed
# --sbatch O  an option for every sbatch call (--partition=..., --time=..., --mem=...)
#
# Runs $TRAME when set, else the build's trame (an absolute path, the same on every node). Prints
# the job ids: map array, reconcile, finalize array, union. A map task whose records were partly
# skipped (trame map exit status 1, part written) succeeds; the skipped records are in its log.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
trame=$(realpath "${TRAME:-$here/build/trame}")
tasks=100 wait=no sbatch_options=()
while [ $# -gt 0 ]; do
    case $1 in
        --tasks) tasks=$2; shift 2 ;;
        --wait) wait=yes; shift ;;
        --sbatch) sbatch_options+=("$2"); shift 2 ;;
        *) break ;;
    esac
done
if [ $# -lt 3 ] || ! [[ $tasks =~ ^[1-9][0-9]*$ ]] || [ "$tasks" -gt 1000 ]; then
    echo "usage: $0 [--tasks N (1-1000)] [--wait] [--sbatch OPTION]... WORKDIR OUTPUT INPUT..." >&2
    exit 2
fi
mkdir -p "$1"
work=$(realpath "$1")
output=$(realpath -m "$2")
shift 2
mkdir -p "$work/log"

for input in "$@"; do
    if [ -d "$input" ]; then find "$(realpath "$input")" -type f -name '*.txt' | LC_ALL=C sort
    elif [ -e "$input" ]; then realpath "$input"
    else echo "$0: $input: no such file or folder" >&2; exit 1
    fi
done >"$work/manifest"
count=$(wc -l <"$work/manifest")
[ "$count" -gt 0 ] || { echo "$0: no input" >&2; exit 1; }
[ "$tasks" -le "$count" ] || tasks=$count
find "$work" -maxdepth 1 -type f \( -name "slice-*" -o -name "part-*" \) -delete
awk -v k="$tasks" -v dir="$work" '{ print > (dir "/slice-" ((NR - 1) % k + 1)) }' "$work/manifest"
parts=()
for n in $(seq 1 "$tasks"); do parts+=("$work/part-$n.jsonl"); done
finalized=()
for n in $(seq 1 "$tasks"); do finalized+=("$work/part-$n.nq"); done

submit() { sbatch --parsable --kill-on-invalid-dep=yes "${sbatch_options[@]}" "$@"; }

map=$(submit --job-name=trame-map --array="1-$tasks" -o "$work/log/map-%a.out" --wrap \
    "$trame map -q --manifest $work/slice-\$SLURM_ARRAY_TASK_ID -o $work/part-\$SLURM_ARRAY_TASK_ID.jsonl \
     || { s=\$?; [ \$s -eq 1 ] && [ -f $work/part-\$SLURM_ARRAY_TASK_ID.jsonl ]; }")
reconcile=$(submit --job-name=trame-reconcile --dependency="afterok:$map" -o "$work/log/reconcile.out" --wrap \
    "$trame reconcile -q --entities $work/entities.nq --table $work/mentions.tsv ${parts[*]}")
finalize=$(submit --job-name=trame-finalize --dependency="afterok:$reconcile" --array="1-$tasks" \
    -o "$work/log/finalize-%a.out" --wrap \
    "$trame finalize -q --table $work/mentions.tsv -o $work/part-\$SLURM_ARRAY_TASK_ID.nq $work/part-\$SLURM_ARRAY_TASK_ID.jsonl")
union=$(submit --job-name=trame-union --dependency="afterok:$finalize" -o "$work/log/union.out" --wrap \
    "LC_ALL=C sort -u $work/entities.nq ${finalized[*]} > $output.tmp && mv $output.tmp $output")
echo "map $map reconcile $reconcile finalize $finalize union $union"

if [ "$wait" = yes ]; then
    # the union is the last job: wait until it has left the queue, then read its state
    while squeue -h -j "$union" 2>/dev/null | grep -q .; do sleep 0.5; done
    state=$(scontrol show job "$union" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')
    [ "$state" = COMPLETED ] || { echo "$0: the run did not complete (last job: ${state:-gone})" >&2; exit 1; }
fi
