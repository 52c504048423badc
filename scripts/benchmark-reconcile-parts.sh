#!/usr/bin/env bash
# Times `trame reconcile` on real mention tables of 10^5 and 10^6 mentions (or the sizes given).
#
#   scripts/benchmark-reconcile-parts.sh [CORPUS_DIR] [MENTIONS]...
#
# CORPUS_DIR  folder of *.txt articles mapped once (default: ../shared/corpus/wikinews-fr when
#             it exists, else examples/corpus)
# MENTIONS    sizes to time (default: 100000 1000000; 10000000 writes 3.5 GB of parts under $TMPDIR)
#
# Maps the corpus into one part with build/trame, then for each size writes 4 parts that repeat
# its documents under new ids (texts emptied: reconcile reads only the mentions and facts) until
# they hold that many mentions, and runs `trame reconcile` on them under GNU time. Prints the
# mentions, documents, entities, wall seconds and peak resident memory (MB). Temporary files go
# to a folder under $TMPDIR that is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
default_corpus=examples/corpus
[ -d ../shared/corpus/wikinews-fr ] && default_corpus=../shared/corpus/wikinews-fr
corpus=${1:-$default_corpus}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
work=$(mktemp -d "${TMPDIR:-/tmp}/trame-reconcile-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
build/trame map -q -o "$work/seed.jsonl" "$corpus" || true
printf '%-10s %-10s %-10s %-8s %s\n' mentions documents entities seconds max_MB
for size in "${sizes[@]}"; do
    documents=$(python3 - "$work/seed.jsonl" "$work" "$size" <<'PY'
import json, sys
seed, work, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
records = [json.loads(line) for line in open(seed, encoding="utf-8")]
for r in records:
    r["text"] = ""
    for s in r["sentences"]:
        s["text"] = ""
outs = [open(f"{work}/bench-{k}.jsonl", "w", encoding="utf-8") for k in range(4)]
mentions = documents = copy = 0
while mentions < size:
    for r in records:
        if mentions >= size:
            break
        r2 = dict(r, id=f"copy{copy}-{r['id']}")
        outs[documents % 4].write(json.dumps(r2, ensure_ascii=False) + "\n")
        mentions += sum(len(s["mentions"]) for s in r["sentences"])
        documents += 1
    copy += 1
print(documents)
PY
)
    /usr/bin/time -f '%e %M' -o "$work/time" build/trame reconcile -v --entities "$work/entities.nq" \
        --table "$work/table.tsv" "$work"/bench-*.jsonl 2>"$work/log"
    entities=$(grep -o '[0-9]* entities' "$work/log" | head -n 1 | cut -d' ' -f1)
    read -r seconds kb <"$work/time"
    printf '%-10s %-10s %-10s %-8s %s\n' "$size" "$documents" "$entities" "$seconds" "$((kb / 1024))"
done
