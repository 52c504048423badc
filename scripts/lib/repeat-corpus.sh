# Sourced by the benchmark scripts (bash).
#
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
