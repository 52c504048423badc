#!/usr/bin/env bash
# Times the graph-based entity reconciler on 10k, 100k and 1M synthetic mentions.
#
#   scripts/benchmark-reconcile.sh [BUILD_DIR]
#
# BUILD_DIR  CMake build folder (default: build; configured in Release here)
#
# Builds the trame_reconcile_benchmark target, runs it for each size and prints one table: the
# mentions, the evidence edges (all, then per kind), the entities, the seconds spent registering
# the mentions and reconciling them, and the peak resident memory of the run in MB.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target trame_reconcile_benchmark -j "$(nproc)" >/dev/null

header_printed=no
for mentions in 10000 100000 1000000; do
    output=$("$build/trame_reconcile_benchmark" "$mentions")
    if [ "$header_printed" = no ]; then
        printf '%s\n' "$output" | head -n 1
        header_printed=yes
    fi
    printf '%s\n' "$output" | tail -n 1
done | awk -F '\t' '{ for (i = 1; i <= NF; i++) printf "%-*s", (i == 1 ? 10 : 14), $i; print "" }'
