#!/bin/sh
# Installs the dependencies, builds trame, and extracts the knowledge graph of the sample corpus
# (examples/corpus) into out/sample.ttl.
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh >/dev/null
mkdir -p out
./build/trame extract examples/corpus -o out/sample.ttl
echo "Turtle written to out/sample.ttl"
