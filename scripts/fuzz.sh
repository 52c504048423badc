#!/bin/sh
# Builds the libFuzzer targets of fuzz/ (clang++, AddressSanitizer, UndefinedBehaviorSanitizer) in
# build-fuzz and runs each for SECONDS (default 60), one after the other:
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     TARGET: reader document rule_parser rdf_reader (default: all)
#
# Each target starts from its seed corpus, fuzz/corpus/TARGET, copied into the working corpus
# build-fuzz/corpus/TARGET (kept between runs, so that later runs start from what earlier ones
# found), with the dictionary fuzz/TARGET.dict when there is one. A crash, a sanitizer report, a
# broken guarantee, a timeout or an out-of-memory stops the run with exit status 1; the input is
# kept as build-fuzz/findings/TARGET/crash-… (or timeout-…, oom-…): reproduce it with
# `build-fuzz/fuzz_TARGET FILE`. The inputs kept in fuzz/regressions/TARGET are replayed before
# fuzzing starts. The fuzzers' logs are build-fuzz/logs/TARGET.log.
set -eu
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-reader document rule_parser rdf_reader}
case $seconds in ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2 ;; esac
for target in $targets; do
  [ -f "fuzz/$target.cpp" ] || { echo "fuzz.sh: unknown target '$target' (reader document rule_parser rdf_reader)" >&2; exit 2; }
done

command -v clang++ >/dev/null 2>&1 || { echo "fuzz.sh: clang++ is missing (scripts/setup.sh installs clang and libfuzzer-14-dev)" >&2; exit 1; }

cmake -S . -B build-fuzz -DTRAME_FUZZ=ON -DTRAME_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ >/dev/null
for target in $targets; do
  cmake --build build-fuzz -j "$(nproc)" --target "fuzz_$target"
done

# Longest input per target: documents go through the Apertium analyser, hence shorter.
max_len() {
  case $1 in document) echo 4096 ;; *) echo 8192 ;; esac
}

status=0
for target in $targets; do
  corpus=build-fuzz/corpus/$target
  findings=build-fuzz/findings/$target
  mkdir -p "$corpus" "$findings" build-fuzz/logs
  cp fuzz/corpus/"$target"/* "$corpus"/
  dict=""
  [ -f "fuzz/$target.dict" ] && dict="-dict=fuzz/$target.dict"
  # The inputs that crashed it once, replayed under the sanitizers first.
  if [ -d "fuzz/regressions/$target" ] &&
     ! "build-fuzz/fuzz_$target" fuzz/regressions/"$target"/* >"build-fuzz/logs/$target.regressions.log" 2>&1; then
    tail -n 60 "build-fuzz/logs/$target.regressions.log" >&2
    echo "fuzz.sh: fuzz_$target fails on one of fuzz/regressions/$target/" >&2
    status=1
    continue
  fi
  echo "fuzz.sh: fuzz_$target for $seconds s (log: build-fuzz/logs/$target.log)"
  # shellcheck disable=SC2086
  if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "build-fuzz/fuzz_$target" "$corpus" $dict -max_total_time="$seconds" -max_len="$(max_len "$target")" \
       -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$findings/" \
       >"build-fuzz/logs/$target.log" 2>&1; then
    grep -E '^(#[0-9]+[[:space:]]+DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb)' \
      "build-fuzz/logs/$target.log" | sed "s/^/fuzz.sh: $target: /"
  else
    status=1
    tail -n 60 "build-fuzz/logs/$target.log" >&2
    echo "fuzz.sh: fuzz_$target found a problem; the input is in $findings/:" >&2
    ls -t "$findings" | head -n 3 | sed "s|^|  $findings/|" >&2
  fi
done
exit $status
