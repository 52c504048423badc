#!/bin/sh
# Installs every Debian 12 package that trame's build, tests and demo need. Non-interactive and
# idempotent: packages already present are left alone. Runs apt-get as root (or through sudo).
set -eu

PACKAGES="
  build-essential cmake pkg-config
  libicu-dev
  lttoolbox-dev apertium-dev libcg3-dev libxml2-dev apertium-fra-cat
  libserd-dev libsord-dev serdi sordi
  libboost-graph-dev
  catch2
"

missing=""
for package in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="sudo"; fi
echo "trame setup: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -qq
# shellcheck disable=SC2086
$as_root apt-get install -y -q --no-install-recommends $missing >/dev/null
