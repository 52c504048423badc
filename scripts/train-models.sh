#!/bin/sh
# Rebuilds the tagger and parser models (ontology/models/) from the UD French treebanks.
#   scripts/train-models.sh [UD_DIR] [OUT_DIR]
# UD_DIR defaults to ../shared/ud-french, OUT_DIR to ontology/models. Training data: Sequoia train
# and GSD dev (GSD has no train file here); Sequoia dev picks the epochs. No test file is read.
# Takes about a minute of CPU.
# The spoken treebanks (Rhapsodie, ParisStories) are left out: with them, Sequoia and GSD test
# scores were no better and UFeats dropped (README, "UD analysis"). Deterministic: the same bytes
# on every run.
set -eu
cd "$(dirname "$0")/.."
UD=${1:-../shared/ud-french}
OUT=${2:-ontology/models}
BUILD=${BUILD:-build}
[ -d "$UD/Sequoia" ] || { echo "train-models: no UD treebanks in $UD" >&2; exit 1; }
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j2 --target trame-train >/dev/null
TRAIN="$UD/Sequoia/fr_sequoia-ud-train.conllu,$UD/GSD/fr_gsd-ud-dev.conllu"
DEV="$UD/Sequoia/fr_sequoia-ud-dev.conllu"
mkdir -p "$OUT"
nice "$BUILD/trame-train" tagger --train "$TRAIN" --dev "$DEV" -o "$OUT/tagger.model"
# The parser learns from predicted tags: 5 taggers, each trained on 4/5 of the data, tag the fifth.
nice "$BUILD/trame-train" parser --train "$TRAIN" --dev "$DEV" -o "$OUT/parser.model" \
  --jackknife 5 --tagger "$OUT/tagger.model"
ls -l "$OUT"
