#!/bin/sh
# The UD analysis from raw text, scored as the CoNLL 2018 shared task does: the gold file's
# "# text =" lines joined into one text, tokenized by trame-tokenize, tagged and parsed by
# trame-train analyse, then aligned with the gold words by trame-tokenize --evaluate.
#   scripts/evaluate-raw.sh GOLD.conllu [MODEL_DIR]
set -eu
cd "$(dirname "$0")/.."
gold=$1
models=${2:-ontology/models}
[ -f "$gold" ] || { echo "evaluate-raw: $gold: no such file" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -n 's/^# text = //p' "$gold" | tr '\n' ' ' > "$work/raw.txt"
./build/trame-tokenize "$work/raw.txt" > "$work/words.conllu"
./build/trame-train analyse --model-dir "$models" "$work/words.conllu" > "$work/system.conllu"
./build/trame-tokenize --evaluate "$gold" --system "$work/system.conllu"
