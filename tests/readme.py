#!/usr/bin/env python3
"""CTest "readme": the README's examples say what trame prints on the sample corpus.

    TRAME=build/trame tests/readme.py SOURCE_DIR

Each checked excerpt of README.md follows a marker line `<!-- check: NAME -->`: the fenced block
or table right after it is compared with what the command really prints, run in a temporary
folder where `examples` is the sample corpus and `out/` is empty, as scripts/demo.sh runs it:

  demo-summary      the summary line of `trame extract examples/corpus -o out/sample.ttl` (the
                    time masked) and the demo's last line, both as scripts/demo.sh prints them
  analyse           the lines of `trame analyse examples/corpus/01-sommet-baltique.txt` shown,
                    each run of lines between two "…" lines appearing together, in order
  stats             a run of consecutive lines of `trame stats out/sample.ttl`
  run               a shell block whose commands must succeed (./build/trame is $TRAME)
  query NAME        a table whose rows are rows of queries/NAME.expected (the answers the CI
                    checks against a real store), in order; "…" ends a shortened cell
  gazetteer         (within a sentence) "N of its M countries", people, organizations, places: the
                    counts of entries with a Wikidata id in ontology/gazetteer/

Run it after editing the README; a failure names the excerpt and the line that differs.
"""

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

source = Path(sys.argv[1]).resolve()
trame = str(Path(os.environ.get("TRAME") or source / "build" / "trame").resolve())
readme = (source / "README.md").read_text(encoding="utf-8")
failures = []


def fail(name, message):
    failures.append(f"README excerpt '{name}': {message}")


def excerpts():
    """(name, argument, block lines) for each marker, the block being the fenced block or the table after it."""
    lines = readme.split("\n")
    for i, line in enumerate(lines):
        marker = re.fullmatch(r"<!-- check: ([a-z-]+)(?: ([a-z-]+))? -->", line.strip())
        if not marker:
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        block = []
        if j < len(lines) and lines[j].startswith("```"):
            j += 1
            while j < len(lines) and not lines[j].startswith("```"):
                block.append(lines[j])
                j += 1
        else:
            while j < len(lines) and lines[j].startswith("|"):
                block.append(lines[j])
                j += 1
        yield marker.group(1), marker.group(2), block


def run(command, cwd):
    result = subprocess.run(command, cwd=cwd, shell=True, capture_output=True, text=True,
                            env=dict(os.environ, TRAME=trame))
    return result


def contiguous(needle, haystack):
    """Whether the lines `needle` appear one after another in `haystack`."""
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def cell_matches(shown, actual):
    if actual.startswith("<") and actual.endswith(">"):
        actual = re.split(r"[/#]", actual[1:-1])[-1]
    shown = shown.strip()
    if shown.endswith("…") and shown.startswith("…"):
        return shown[1:-1].strip() in actual
    if shown.endswith("…"):
        return actual.startswith(shown[:-1].rstrip())
    if shown.startswith("…"):
        return actual.endswith(shown[1:].lstrip())
    return shown == actual


def table_rows(block):
    return [[cell.strip() for cell in row.strip().strip("|").split("|")] for row in block]


def check_table(name, block, expected_file):
    """The table's rows are answers of the query, in order; its columns are named after the
    query's variables (the first word of a header cell: "sentence (start)" is ?sentence)."""
    lines = expected_file.read_text(encoding="utf-8").splitlines()
    variables = [v.lstrip("?") for v in lines[0].split("\t")]
    expected = [line.split("\t") for line in lines[1:]]
    table = table_rows(block)
    if len(table) < 3:
        fail(name, "no table after the marker")
        return None
    header, rows = table[0], table[2:]
    try:
        columns = [variables.index(cell.split()[0]) for cell in header]
    except ValueError:
        fail(name, f"the columns {header} are not all variables of {expected_file.name} ({variables})")
        return None
    at = 0
    for row in rows:
        while at < len(expected) and not all(cell_matches(s, expected[at][c]) for s, c in zip(row, columns)):
            at += 1
        if at == len(expected):
            fail(name, f"the row {row} is not an answer of {expected_file.name} (or is out of order)")
            return
        at += 1
    return expected


with tempfile.TemporaryDirectory(prefix="trame-readme.") as work:
    os.symlink(source / "examples", Path(work) / "examples")
    os.mkdir(Path(work) / "out")
    demo = (source / "scripts" / "demo.sh").read_text(encoding="utf-8")
    if "./build/trame extract examples/corpus -o out/sample.ttl" not in demo:
        fail("demo-summary", "scripts/demo.sh no longer runs './build/trame extract examples/corpus -o out/sample.ttl'")
    extract = run('"$TRAME" extract examples/corpus -o out/sample.ttl', work)
    if extract.returncode != 0:
        sys.exit(f"readme test: trame extract failed: {extract.stderr}")
    stats = run('"$TRAME" stats out/sample.ttl', work).stdout.split("\n")
    analyse = run('"$TRAME" analyse examples/corpus/01-sommet-baltique.txt', work).stdout.split("\n")
    seen = set()

    for name, argument, block in excerpts():
        seen.add(name)
        if name == "demo-summary":
            mask = lambda line: re.sub(r"\([0-9.]+ s\)", "(T s)", line)
            summary = extract.stderr.strip().split("\n")[-1]
            if not block or mask(block[0]) != mask(summary):
                fail(name, f"shows {block[:1]}, trame prints {summary!r}")
            last = re.findall(r'echo "([^"]*)"', demo)
            if len(block) < 2 or not last or block[1] != last[-1]:
                fail(name, f"the demo's last line is {last[-1:]}, the README shows {block[1:2]}")
        elif name == "stats":
            if not block or not contiguous(block, stats):
                fail(name, "these lines are not consecutive lines of 'trame stats out/sample.ttl':\n" + "\n".join(block))
        elif name == "analyse":
            parts, part = [], []
            for line in block:
                if line.strip() == "…":
                    parts.append(part)
                    part = []
                else:
                    part.append(line)
            parts.append(part)
            at = 0
            for part in parts:
                found = next((i for i in range(at, len(analyse)) if analyse[i:i + len(part)] == part), None)
                if found is None:
                    fail(name, "these lines are not printed together, in this order, by trame analyse:\n" + "\n".join(part))
                    break
                at = found + len(part)
        elif name == "run":
            script = "set -e\n" + "\n".join(block).replace("./build/trame", '"$TRAME"')
            result = run(script, work)
            if result.returncode != 0:
                fail(name, f"the commands failed ({result.returncode}): {result.stderr.strip()}\n" + "\n".join(block))
        elif name == "query":
            expected = check_table(f"query {argument}", block, source / "queries" / f"{argument}.expected")
            counted = re.search(r"`" + re.escape(argument) + r"\.rq` \(([0-9]+) rows", readme)
            if counted and expected is not None and int(counted.group(1)) != len(expected):
                fail(f"query {argument}", f"says {counted.group(1)} rows, the query answers {len(expected)}")
        else:
            fail(name, "unknown excerpt kind")

    if "<!-- check: gazetteer -->" in readme:  # a marker within a sentence: the counts are checked in the text
        seen.add("gazetteer")
        for kind in ("countries", "people", "organizations", "places"):
            entries = [line for line in (source / "ontology" / "gazetteer" / f"{kind}.tsv").read_text(
                encoding="utf-8").splitlines() if line and not line.startswith("#")]
            linked = sum(1 for line in entries if re.search(r"\tQ[0-9]+(\t|$)", line))
            phrase = f"{linked} of its {len(entries)} {kind}"
            if phrase not in re.sub(r"\s+", " ", readme):
                fail("gazetteer", f"the README should say '{phrase}'")

    for required in ("demo-summary", "analyse", "stats", "run", "query", "gazetteer"):
        if required not in seen:
            fail(required, "no such marker in README.md")

for failure in failures:
    print("readme test:", failure, file=sys.stderr)
print(f"readme test: {'FAILED' if failures else 'ok'}", file=sys.stderr)
sys.exit(1 if failures else 0)
