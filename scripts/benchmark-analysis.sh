#!/bin/sh
# Speed and memory of tagging + parsing alone (lttoolbox lookups included, reading excluded), on
# one core, over a large CoNLL-U file (default: Sequoia train + GSD dev of ../shared/ud-french,
# read 3 times), and the UD scores on Sequoia test and GSD test with gold tokenization.
#   scripts/benchmark-analysis.sh [UD_DIR]
# words_per_cpu_second counts the process's CPU time, so other jobs on the core do not lower it.
set -eu
cd "$(dirname "$0")/.."
UD=${1:-../shared/ud-french}
BUILD=${BUILD:-build}
MODELS=${MODELS:-ontology/models}
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j2 --target trame-train >/dev/null
BIG=$(mktemp /tmp/trame-bench-XXXXXX.conllu)
trap 'rm -f "$BIG"' EXIT
cat "$UD/Sequoia/fr_sequoia-ud-train.conllu" "$UD/GSD/fr_gsd-ud-dev.conllu" > "$BIG"
echo "== speed (taskset -c 0)"
taskset -c 0 "$BUILD/trame-train" benchmark --model-dir "$MODELS" "$BIG" --repeat 3
for t in Sequoia/fr_sequoia GSD/fr_gsd; do
  echo "== $t test, gold tokenization"
  "$BUILD/trame-train" evaluate --model-dir "$MODELS" "$UD/$t-ud-test.conllu"
done
