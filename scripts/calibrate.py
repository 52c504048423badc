#!/usr/bin/python3
"""Measures how often each rule's facts are right, and whether confidences say so.

usage: scripts/calibrate.py [--trame BUILD/trame] [--shared DIR] [--min-facts N] [--apply]

Extracts the seeds and the wikinews-dev articles with trame, aligns its core statements with the
gold the way the project's scorer does (the functions of SHARED/spec/gold_score.py: the same
sentence alignment and fact matching, first match wins), and prints

  - per rule: core facts judged, facts right, precision, the confidence the rule file gives, and
    the confidence its measure suggests: its precision drawn towards the precision of all the
    rules together as if two more facts had that precision, (right + 2 p) / (judged + 2), so
    that a rule seen once is neither certain nor a coin toss; rounded to 0.05 and kept within
    [0.3, 0.95];
  - per discourse resolution kind (`trame:resolvedBy`, "-" for none): facts judged, right, precision;
  - the calibration table: facts grouped by the confidence they carry, with the precision of each
    group (a calibrated extractor's facts at confidence c are right about c of the time).

With --apply, sets the confidence of every rule with at least --min-facts judged facts
(default 1) in ontology/rules/*.rules to the suggested value: its `confidence:` line is rewritten,
or added at the end of the rule when it has none (such a rule had the default, 0.6); rules seen
less often keep theirs. Needs Debian's python3-rdflib (the scorer reads the RDF with it).
"""
import argparse
import glob
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

import rdflib

TRAME = "https://w3id.org/trame/ontology#"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_scorer(shared):
    path = os.path.join(shared, "spec", "gold_score.py")
    if not os.path.exists(path):
        sys.exit(f"calibrate: {path}: no scorer there (give --shared DIR)")
    spec = importlib.util.spec_from_file_location("gold_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(trame, docs, out):
    """Runs trame on `docs` into `out`; exits with its message when it fails."""
    run = subprocess.run([trame, "extract", "-q", "-o", out] + docs, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"calibrate: {trame} extract failed: {run.stderr.strip()}")


def judge(gs, gold_dir, docs_dir, rdf):
    """(rule, confidence, right) for every core statement the scorer judges."""
    gold = gs.Gold(gold_dir, docs_dir)
    system = gs.System([rdf])
    gold_sents = {f["_sent"] for doc, _ in gold.docs for f in doc["facts"]}
    judged = [st for st in system.statements
              if any(gs.sentence_match(g, st["text"]) for g in gold_sents)
              or (st["text"] and any(st["text"] in t for t in gold.texts))]
    used = set()
    for doc, ents in gold.docs:
        for fact in doc["facts"]:
            for i, st in enumerate(judged):
                if i not in used and gs.sentence_match(fact["_sent"], st["text"]) \
                        and gs.fact_match(fact, ents, system, st):
                    used.add(i)
                    break
    rows = []
    for i, st in enumerate(judged):
        if st["pred"] not in gs.CORE:
            continue
        rule = system.graph.value(st["node"], rdflib.URIRef(TRAME + "extractedBy"))
        conf = system.graph.value(st["node"], rdflib.URIRef(TRAME + "confidence"))
        resolution = system.graph.value(st["node"], rdflib.URIRef(TRAME + "resolvedBy"))
        rows.append((str(rule) if rule is not None else "?", float(conf) if conf is not None else 0.0, i in used,
                     str(resolution) if resolution is not None else "-"))
    return rows


DEFAULT_CONFIDENCE = 0.6  # a rule's confidence when its block has no `confidence:` line


def rule_confidences():
    """rule id -> (file, line index of its `confidence:` line or of its block's last indented
    line, confidence, whether the line is a confidence line) of the rule files."""
    found = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "ontology", "rules", "*.rules"))):
        rule = None
        for n, line in enumerate(open(path, encoding="utf-8").read().split("\n")):
            m = re.match(r"rule\s+(\S+)", line)
            if m:
                rule = m.group(1)
                found[rule] = (path, n, DEFAULT_CONFIDENCE, False)
            elif not line.startswith((" ", "\t")) and line.strip():
                rule = None  # a set, a macro or a comment block ends the rule
            m = re.match(r"\s+confidence:\s*([0-9.]+)", line)
            if m and rule:
                found[rule] = (path, n, float(m.group(1)), True)
            elif rule and line.startswith("  ") and line.strip() and not found[rule][3]:
                found[rule] = (path, n, DEFAULT_CONFIDENCE, False)
    return found


def suggest(right, total, prior):
    value = (right + 2 * prior) / (total + 2)
    return min(0.95, max(0.3, round(value * 20) / 20))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trame", default=os.path.join(ROOT, "build", "trame"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--min-facts", type=int, default=1)
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()
    gs = load_scorer(args.shared)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        seeds = sorted(glob.glob(os.path.join(args.shared, "seeds", "*.txt")))
        dev_docs = os.path.join(tmp, "dev")
        os.mkdir(dev_docs)
        dev = []
        for g in sorted(glob.glob(os.path.join(args.shared, "gold", "wikinews-dev", "*.gold.json"))):
            name = os.path.basename(g)[:-len(".gold.json")]
            name = name if name.endswith(".txt") else name + ".txt"
            src = os.path.join(args.shared, "corpus", "wikinews-fr", name)
            os.symlink(os.path.abspath(src), os.path.join(dev_docs, name))
            dev.append(src)
        if not seeds or not dev:
            sys.exit(f"calibrate: no seeds or wikinews-dev gold under {args.shared}")
        extract(args.trame, seeds, os.path.join(tmp, "seeds.ttl"))
        extract(args.trame, dev, os.path.join(tmp, "dev.ttl"))
        rows += judge(gs, os.path.join(args.shared, "gold", "seeds"), os.path.join(args.shared, "seeds"),
                      os.path.join(tmp, "seeds.ttl"))
        rows += judge(gs, os.path.join(args.shared, "gold", "wikinews-dev"), dev_docs, os.path.join(tmp, "dev.ttl"))

    per_rule = {}
    for rule, _, right, _ in rows:
        total, good = per_rule.get(rule, (0, 0))
        per_rule[rule] = (total + 1, good + right)
    files = rule_confidences()
    prior = sum(r[2] for r in rows) / max(1, len(rows))
    print(f"{'rule':32} {'facts':>5} {'right':>5} {'prec':>5} {'conf':>5} {'new':>5}")
    for rule, (total, good) in sorted(per_rule.items(), key=lambda kv: (-kv[1][0], kv[0])):
        conf = files[rule][2] if rule in files else float("nan")
        print(f"{rule:32} {total:5} {good:5} {good / total:5.2f} {conf:5.2f} {suggest(good, total, prior):5.2f}")

    print()
    print(f"{'resolution':32} {'facts':>5} {'right':>5} {'prec':>5}")
    per_kind = {}
    for _, _, right, kind in rows:
        total, good = per_kind.get(kind, (0, 0))
        per_kind[kind] = (total + 1, good + right)
    for kind, (total, good) in sorted(per_kind.items(), key=lambda kv: -kv[1][0]):
        print(f"{kind:32} {total:5} {good:5} {good / total:5.2f}")

    print()
    print(f"{'confidence':12} {'facts':>5} {'precision':>9}")
    bins = {}
    for _, conf, right, _ in rows:
        low = min(9, int(conf * 10 + 1e-9))
        total, good = bins.get(low, (0, 0))
        bins[low] = (total + 1, good + right)
    for low in sorted(bins):
        total, good = bins[low]
        print(f"[{low / 10:.1f}, {(low + 1) / 10:.1f}{']' if low == 9 else ')'}  {total:5} {good / total:9.3f}")
    print(f"{'all':12} {len(rows):5} {sum(r[2] for r in rows) / max(1, len(rows)):9.3f}")

    if args.apply:
        changed = {}
        for rule, (total, good) in per_rule.items():
            if rule in files and total >= args.min_facts:
                path, line, _, has_line = files[rule]
                changed.setdefault(path, {})[line] = (suggest(good, total, prior), has_line)
        for path, lines in changed.items():
            text = open(path, encoding="utf-8").read().split("\n")
            for n in sorted(lines, reverse=True):  # insertions from the end keep the indices right
                value, has_line = lines[n]
                written = f"{value:.2f}".rstrip("0").rstrip(".")
                if has_line:
                    text[n] = re.sub(r"confidence:\s*[0-9.]+", f"confidence: {written}", text[n])
                else:
                    text.insert(n + 1, f"  confidence: {written}")
            with open(path, "w", encoding="utf-8") as out:
                out.write("\n".join(text))
        print(f"\napplied to {sum(len(v) for v in changed.values())} rules with >= {args.min_facts} judged facts")


if __name__ == "__main__":
    main()
