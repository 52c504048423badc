#!/usr/bin/env bash
# Rebuilds trame's named-entity recognizer model from the WiNER-fr corpus, reproducibly (the same
# corpus and sources give the same bytes), and scores it on the held-out articles: every fifth
# article in name order (the other held-out slice, the 2018 articles, is scored with
# `build/trame-ner train --heldout 2018 ...`, see the README).
#
#   scripts/train-ner.sh [CORPUS_DIR] [MODEL]
#
# CORPUS_DIR  the WiNER-fr folder (default: ../shared/winer-fr next to the repository)
# MODEL       where to write the model (default: ontology/models/ner.model)
#
# The Release build's trame-ner is built first when missing (scripts/build.sh builds everything).
# The report (alignment counts, training time, typed exact-span F1 per type) goes to standard
# output; the progress of the training passes to standard error.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-../shared/winer-fr}
model=${2:-ontology/models/ner.model}
if [ ! -d "$corpus" ]; then
    echo "train-ner: no corpus folder '$corpus' (WiNER-fr: https://github.com/YoannDupont/WiNER-fr)" >&2
    exit 2
fi
if [ ! -x build/trame-ner ]; then
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build -j2 --target trame-ner
fi
mkdir -p "$(dirname "$model")"
build/trame-ner train --corpus "$corpus" --model "$model" --heldout fifth --epochs 10 --bits 17
ls -l "$model"
