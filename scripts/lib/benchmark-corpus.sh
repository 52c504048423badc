# Sourced by the benchmark scripts (bash), from the repository's root: what they share about the
# corpus they measure on.
#
#   benchmark_sources SCRIPT [CORPUS_DIR]
#
# Sets `corpus` to CORPUS_DIR (default: ../shared/corpus/wikinews-fr next to the repository when it
# exists, else examples/corpus) and the array `sources` to its *.txt files (with nullglob set); without any, says so
# in the name of SCRIPT and exits with 2. Builds build/trame with scripts/build.sh when it is
# missing.
benchmark_sources() {
    local script=$1 default_corpus=examples/corpus
    [ -d ../shared/corpus/wikinews-fr ] && default_corpus=../shared/corpus/wikinews-fr
    corpus=${2:-$default_corpus}
    shopt -s nullglob
    sources=("$corpus"/*.txt)
    if [ ${#sources[@]} -eq 0 ]; then
        echo "$script: no .txt file in '$corpus'" >&2
        exit 2
    fi
    [ -x build/trame ] || ./scripts/build.sh >/dev/null
}

#   repeat_corpus DEST TARGET_BYTES SOURCE...
#
# Copies the SOURCE files into the folder DEST round after round, as files of distinct names
# (rNNNN-NAME), until DEST holds TARGET_BYTES; sets `bytes` (what was copied) and `round` (how
# many rounds were begun).
repeat_corpus() {
    local dest=$1 target=$2 source copy
    shift 2
    bytes=0
    round=0
    while [ "$bytes" -lt "$target" ]; do
        round=$((round + 1))
        for source in "$@"; do
            [ "$bytes" -lt "$target" ] || break
            copy=$(printf '%s/r%04d-%s' "$dest" "$round" "$(basename "$source")")
            cp "$source" "$copy"
            bytes=$((bytes + $(stat -c %s "$copy")))
        done
    done
}
