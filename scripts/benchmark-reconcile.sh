#!/usr/bin/env bash
# Times the graph-based entity reconciler on 10^5, 10^6 and 10^7 synthetic mentions.
#
#   scripts/benchmark-reconcile.sh [BUILD_DIR] [MENTIONS]...
#
# BUILD_DIR  CMake build folder (default: build; configured in Release here)
# MENTIONS   sizes to time (default: 100000 1000000 10000000; 10^7 takes minutes and 1.4 GB)
#
# Builds the trame_reconcile_benchmark target, runs it for each size and prints one table: the
# mentions, the evidence edges (all, then per kind), the entities, the seconds spent registering
# the mentions and reconciling them, and the peak resident memory of the run in MB.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000 10000000)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target trame_reconcile_benchmark -j "$(nproc)" >/dev/null

header_printed=no
for mentions in "${sizes[@]}"; do
    output=$("$build/trame_reconcile_benchmark" "$mentions")
    if [ "$header_printed" = no ]; then
        printf '%s\n' "$output" | head -n 1
        header_printed=yes
    fi
    printf '%s\n' "$output" | tail -n 1
done | awk -F '\t' '{ for (i = 1; i <= NF; i++) printf "%-*s", (i == 1 ? 10 : 14), $i; print "" }'
