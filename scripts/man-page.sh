#!/bin/sh
# Makes trame's man page with help2man from the program's own help texts, so that the page says
# what the program does:
#
#   scripts/man-page.sh BINARY OUTPUT
#
# `BINARY --help` and `BINARY --version` give the page (NAME, SYNOPSIS, DESCRIPTION, OPTIONS,
# ENVIRONMENT, FILES, EXIT STATUS, EXAMPLES); the help of each command (`BINARY COMMAND --help`) is added,
# verbatim, as a COMMANDS section. CMake runs it at install time (cmake --install).
set -eu
binary=$1
output=$2
include=$(mktemp "${TMPDIR:-/tmp}/trame-man.XXXXXX")
trap 'rm -f "$include"' EXIT

{
    echo "[COMMANDS]"
    for command in extract analyse stats export map reconcile finalize; do
        printf '.SS "trame %s"\n.nf\n' "$command"
        # roff: a backslash is \e, a line starting with . or ' is protected by \&
        "$binary" "$command" --help | sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"
        printf '.fi\n'
    done
    echo "[SEE ALSO]"
    echo "serdi(1), sfdp(1)"
} >"$include"

help2man --no-info --section=1 \
    --name="French news text to an RDF knowledge graph" \
    --include="$include" --output="$output.tmp" "$binary"
# help2man has no heading for "Exit status:" and makes it a subsection; it is a section of its own.
sed 's/^\.SS "Exit status:"$/.SH "EXIT STATUS"/' "$output.tmp" >"$output"
rm -f "$output.tmp"
grep -q '^\.SH "EXIT STATUS"' "$output" || { echo "man-page.sh: no EXIT STATUS section" >&2; exit 1; }
