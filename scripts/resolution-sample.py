#!/usr/bin/env python3
"""Lists the discourse resolutions trame makes over a folder of articles, for judging them by hand.

    scripts/resolution-sample.py [--trame build/trame] [--kinds pronoun,title] [--sample 100]
                                 [--seed 11] [--context N] FOLDER_OR_FILES...

Runs `trame analyse` on each input and prints, for each resolution of the chosen kinds, the
document, the sentence number, the kind, the words resolved, the entity they were taken to stand
for, and the sentence itself, followed by a blank "judgement:" field to fill in. With more
resolutions than --sample, a random sample of that size is drawn (fixed --seed: the same list
every run); then a count of the resolutions by kind over all the inputs.
"""
import argparse
import collections
import random
import re
import subprocess
import sys

RESOLUTION = re.compile(r'^# resolution = ([a-z-]+): "(.*)" -> (.*) \(([0-9.]+)\)$')


def resolutions(trame, path):
    """The resolutions `trame analyse` prints for one input: (doc, sentence id, kind, surface,
    antecedent, confidence, sentence text, the texts of the sentences before it in its document)."""
    run = subprocess.run([trame, "analyse", path], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"resolution-sample: trame analyse failed on {path}: {run.stderr.strip()}")
    doc, sent_id, text, before = "", "", "", []
    for line in run.stdout.splitlines():
        if line.startswith("# newdoc id = "):
            doc, before, text = line[len("# newdoc id = "):], [], ""
        elif line.startswith("# sent_id = "):
            sent_id = line[len("# sent_id = "):]
            if text:
                before.append(text)
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
        else:
            m = RESOLUTION.match(line)
            if m:
                yield (doc, sent_id, m.group(1), m.group(2), m.group(3), float(m.group(4)), text, tuple(before))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trame", default="build/trame")
    parser.add_argument("--kinds", default="pronoun,title", help="comma-separated kinds, or 'all'")
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--context", type=int, default=0, help="also print the N sentences before each one")
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args()
    kinds = None if args.kinds == "all" else set(args.kinds.split(","))

    found = []
    for path in args.inputs:
        found.extend(resolutions(args.trame, path))
    counts = collections.Counter(r[2] for r in found)
    chosen = [r for r in found if kinds is None or r[2] in kinds]
    if len(chosen) > args.sample:
        chosen = sorted(random.Random(args.seed).sample(chosen, args.sample))
    for i, (doc, sent_id, kind, surface, antecedent, confidence, text, before) in enumerate(chosen, 1):
        print(f"{i}. [{kind}] {sent_id}: \"{surface}\" -> {antecedent} ({confidence})")
        for earlier in before[len(before) - args.context:] if args.context else ():
            print(f"   | {earlier}")
        print(f"   {text}")
        print("   judgement:")
    print(f"\n{len(chosen)} listed; all resolutions by kind: " +
          ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
