#!/bin/sh
# Installs every Debian 12 package that trame's build, tests and demo need, then the npm packages
# of package-lock.json (the RDF validators and the HTML viewer's library). Non-interactive and
# idempotent: what is already there is left alone. clang, libfuzzer-14-dev and libclang-rt-14-dev
# (the sanitizer and fuzzer runtimes, which the other two do not pull in without recommends) are
# only for the fuzz build (scripts/fuzz.sh, which the CTest tests fuzz:* run), not for trame
# itself. Runs apt-get as root (or through sudo).
set -eu
cd "$(dirname "$0")/.."

PACKAGES="
  build-essential cmake pkg-config
  libicu-dev
  lttoolbox-dev libxml2-dev apertium-fra-cat
  libserd-dev libsord-dev serdi sordi
  libssl-dev help2man man-db
  libboost-graph-dev
  catch2
  graphviz libxml2-utils python3 python3-networkx python3-rdflib
  nlohmann-json3-dev
  chromium fonts-dejavu-core
  virtuoso-opensource-7-bin curl
  clang libfuzzer-14-dev libclang-rt-14-dev
  slurm-wlm munge
"
command -v npm >/dev/null 2>&1 || PACKAGES="$PACKAGES nodejs npm"

missing=""
for package in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="sudo"; fi
  echo "trame setup: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  $as_root apt-get update -qq
  # shellcheck disable=SC2086
  $as_root apt-get install -y -q --no-install-recommends $missing >/dev/null
fi

# npm packages, exactly as locked, when node_modules does not match package-lock.json yet.
if ! cmp -s package-lock.json node_modules/.package-lock-installed 2>/dev/null; then
  echo "trame setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  cp package-lock.json node_modules/.package-lock-installed
fi
