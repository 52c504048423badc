#!/bin/sh
# CTest "install": trame installed from a copy of the sources stands alone.
#
#   tests/install.sh SOURCE_DIR
#
# Copies the sources (without build folders, .git and node_modules but for cytoscape) to a
# temporary folder, configures with -DTRAME_TESTS=OFF, builds only `trame`, installs into a
# temporary prefix, deletes the copied sources and the build, and runs the installed program
# from another folder, with TRAME_DATA unset, on the sample corpus: the Turtle parses with
# serdi, stats and the HTML export (viewer script installed beside the data) work; then again
# after moving the whole prefix elsewhere. When help2man is installed (as scripts/setup.sh
# does; the install makes the man page with it), `man -l` renders the installed man page and it
# documents every command.
set -eu
source_dir=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/trame-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "install test: $*" >&2; exit 1; }

mkdir "$work/src"
(cd "$source_dir" && tar --exclude='./build*' --exclude=./.git --exclude=./node_modules --exclude=./out -cf - .) |
    tar -C "$work/src" -xf -
if [ -d "$source_dir/node_modules/cytoscape" ]; then
    mkdir -p "$work/src/node_modules"
    cp -r "$source_dir/node_modules/cytoscape" "$work/src/node_modules/"
fi

cmake -S "$work/src" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DTRAME_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX="$work/prefix" >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; fail "configure failed"; }
cmake --build "$work/build" --target trame -j "${TRAME_INSTALL_JOBS:-$(nproc)}" >"$work/build.log" 2>&1 ||
    { tail -30 "$work/build.log" >&2; fail "build failed"; }
cmake --install "$work/build" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "install failed"; }
rm -rf "$work/src" "$work/build"

check_prefix() {
    prefix=$1
    mkdir -p "$work/elsewhere"
    cd "$work/elsewhere"
    rm -f sample.ttl graph.html
    env -u TRAME_DATA "$prefix/bin/trame" extract -q "$source_dir/examples/corpus" -o sample.ttl ||
        fail "the installed trame in $prefix could not extract the sample corpus"
    serdi -i turtle -o ntriples sample.ttl >sample.nt || fail "serdi rejects the installed trame's Turtle"
    grep -q 'https://w3id.org/trame/ontology#demands' sample.nt || fail "no demands fact in the installed trame's output"
    env -u TRAME_DATA "$prefix/bin/trame" stats sample.ttl | grep -q "Most connected entities" || fail "stats failed"
    if [ -f "$prefix/share/trame/cytoscape.min.js" ]; then
        env -u TRAME_DATA "$prefix/bin/trame" export -f html -o graph.html sample.ttl || fail "export -f html failed"
        grep -q '<script' graph.html || fail "the HTML export has no script"
    fi
    cd "$work"
}

[ -f "$work/prefix/share/trame/trame.ttl" ] || fail "no share/trame/trame.ttl in the prefix"
[ -d "$work/prefix/share/trame/rules" ] || fail "no share/trame/rules in the prefix"
check_prefix "$work/prefix"
mv "$work/prefix" "$work/moved"  # a relocated prefix finds its data too
check_prefix "$work/moved"

if command -v help2man >/dev/null 2>&1; then
    page="$work/moved/share/man/man1/trame.1"
    [ -f "$page" ] || fail "no man page at share/man/man1/trame.1"
    LC_ALL=C MANWIDTH=100 man -l "$page" >"$work/man.txt" 2>"$work/man.err" || { cat "$work/man.err" >&2; fail "man -l failed"; }
    [ -s "$work/man.err" ] && { cat "$work/man.err" >&2; fail "man -l warns"; }
    for text in SYNOPSIS OPTIONS COMMANDS "EXIT STATUS" EXAMPLES "trame extract" "trame analyse" "trame stats" "trame export" \
        "--into" "TRAME_DATA"; do
        grep -q -- "$text" "$work/man.txt" || fail "the man page lacks '$text'"
    done
fi
echo "install test: ok"
