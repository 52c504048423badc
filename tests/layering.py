#!/usr/bin/env python3
"""CTest "layering": the source folders form layers, and a file includes only from its own layer
or from the layers below it.

    tests/layering.py SOURCE_DIR

LAYERS below lists the library's folders from the bottom up, in the order data flows (README.md,
"Source layout"). A `#include "FOLDER/FILE"` in a file of a library folder fails the check when
FOLDER stands higher in LAYERS, or when FOLDER is not a library folder at all (a library file
never includes a program or a test). The programs (PROGRAMS) sit above every layer and may include
any of them, but no library file includes them. Two folders that include each other are reported
too: with a strict order that can only happen through an upward include, but the message names
the pair, which is what a reader wants to know.

Exit status 0 when the layering holds, 1 with one line per offending include (file:line) otherwise.

    tests/layering.py --self-test

checks the check: in a temporary tree with every layer, a downward include passes, and an upward
include planted in the bottom layer fails with its file and line named.
"""

import re
import sys
import tempfile
from pathlib import Path

# The library, bottom layer first.
LAYERS = [
    "document",   # Document, Sentence, Token, Mention, Fact; UTF-8
    "learn",      # the averaged perceptron
    "rdf",        # RDF terms, vocabulary, Serd and JSON-LD reading
    "reading",    # files -> Documents with sentences
    "analysis",   # tokens, lemmas, tags, trees
    "mentions",   # entity mentions
    "rules",      # facts from rules
    "discourse",  # what spans sentences
    "graph",      # reconciliation into entities
    "output",     # the RDF graph written
    "exports",    # a finished graph read back and drawn
    "pipeline",   # the document pipeline: map and reduce
]
# Programs built on the library: they may include any layer; nothing in the library includes them.
PROGRAMS = ["cli", "tools", "bench", "fuzz", "tests"]

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/[^"]+"')


def check(root: Path) -> list:
    rank = {folder: i for i, folder in enumerate(LAYERS)}
    problems = []
    edges = {}
    for folder in LAYERS:
        for path in sorted((root / folder).glob("*.[ch]*")):
            if path.suffix not in (".h", ".cpp"):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                target = match.group(1)
                where = f"{path.relative_to(root)}:{number}"
                if target not in rank:
                    kind = "a program" if target in PROGRAMS else "no library folder"
                    problems.append(f"{where}: includes {target}/, {kind}")
                    continue
                if target != folder:
                    edges.setdefault(folder, set()).add(target)
                if rank[target] > rank[folder]:
                    problems.append(f"{where}: {folder}/ includes {target}/, a higher layer "
                                    f"({folder} is layer {rank[folder]}, {target} layer {rank[target]})")
    for a, targets in sorted(edges.items()):
        for b in sorted(targets):
            if a < b and a in edges.get(b, set()):
                problems.append(f"{a}/ and {b}/ include each other")
    return problems


def self_test() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for folder in LAYERS:
            (root / folder).mkdir()
        (root / "rules" / "a.cpp").write_text('#include "document/fact.h"\n#include "rules/a.h"\n')
        if check(root):
            print("layering self-test: a downward include was refused", file=sys.stderr)
            return 1
        (root / "document" / "fact.h").write_text('#pragma once\n#include <string>\n#include "graph/entity.h"\n')
        problems = check(root)
        expected = "document/fact.h:3: document/ includes graph/, a higher layer"
        if not any(p.startswith(expected) for p in problems):
            print(f"layering self-test: the planted include was not reported: {problems}", file=sys.stderr)
            return 1
    print("layering self-test: a planted upward include is reported")
    return 0


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2:
        print("usage: tests/layering.py SOURCE_DIR", file=sys.stderr)
        return 2
    root = Path(sys.argv[1])
    missing = [folder for folder in LAYERS if not (root / folder).is_dir()]
    if missing:
        print(f"layering: no folder {', '.join(missing)} in {root}", file=sys.stderr)
        return 2
    problems = check(root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"layering: {len(problems)} include(s) break the layers", file=sys.stderr)
        return 1
    print(f"layering: {len(LAYERS)} layers, every include goes down or sideways within a folder")
    return 0


if __name__ == "__main__":
    sys.exit(main())
