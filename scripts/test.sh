#!/bin/sh
# Installs the dependencies, builds trame and runs the whole test suite with CTest.
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
