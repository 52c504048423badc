#!/usr/bin/env python3
"""Read trame's RDF output with rdflib (Debian's python3-rdflib), and compare it with N-Quads.

    python3 tests/rdf_tools/rdflib_check.py OUT.(ttl|trig|nt|nq|jsonld) [REFERENCE.nq]

Parses OUT in the syntax of its extension (JSON-LD with rdflib's own JSON-LD parser). With
REFERENCE, the N-Quads trame wrote for the same input, the two datasets must have the same named
graphs, and each graph (the default one included, the named graphs of REFERENCE merged into it
when OUT has no named graphs: Turtle and N-Triples) must be isomorphic to its counterpart
(rdflib.compare, blank nodes matched by structure). Prints "rdflib: FILE: N quads[, isomorphic to
REFERENCE]" or what differs. Exit 0 pass, 1 fail, 2 usage error.
"""
import sys

import rdflib
from rdflib.compare import graph_diff, isomorphic

DEFAULT = "urn:trame-check:default-graph"  # what rdflib calls the default graph (else the file's URI)
FORMATS = {"ttl": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}


def load(path):
    extension = path.rsplit(".", 1)[-1]
    if extension not in FORMATS:
        print(f"rdflib: {path}: unknown extension", file=sys.stderr)
        sys.exit(2)
    dataset = rdflib.ConjunctiveGraph()
    dataset.parse(path, format=FORMATS[extension], publicID=DEFAULT)
    return dataset, extension in ("trig", "nq", "jsonld")


def graphs(dataset, merge):
    """Named graph IRI (None for the default graph) -> rdflib.Graph of its triples."""
    result = {}
    for context in dataset.contexts():
        named = isinstance(context.identifier, rdflib.URIRef) and str(context.identifier) != DEFAULT
        name = str(context.identifier) if named and not merge else None
        graph = result.setdefault(name, rdflib.Graph())
        for triple in context:
            graph.add(triple)
    return {name: graph for name, graph in result.items() if len(graph)}


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    path = argv[1]
    try:
        dataset, has_graphs = load(path)
    except Exception as error:  # rdflib raises many kinds of parse errors
        print(f"rdflib: {path}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    size = len(dataset)
    if size == 0:
        print(f"rdflib: {path}: no statement", file=sys.stderr)
        return 1
    if len(argv) == 2:
        print(f"rdflib: {path}: {size} quads")
        return 0
    reference, _ = load(argv[2])
    ours, theirs = graphs(dataset, not has_graphs), graphs(reference, not has_graphs)
    if set(ours) != set(theirs):
        print(f"rdflib: {path}: graphs {sorted(map(str, set(ours) ^ set(theirs)))[:5]} are not in both files", file=sys.stderr)
        return 1
    for name, graph in ours.items():
        if not isomorphic(graph, theirs[name]):
            _, only_ours, only_theirs = graph_diff(graph, theirs[name])
            print(f"rdflib: {path}: graph {name or '(default)'} differs from {argv[2]}", file=sys.stderr)
            for triple in list(only_ours)[:3]:
                print(f"  only in {path}: {triple}", file=sys.stderr)
            for triple in list(only_theirs)[:3]:
                print(f"  only in {argv[2]}: {triple}", file=sys.stderr)
            return 1
    print(f"rdflib: {path}: {size} quads in {len(ours)} graphs, isomorphic to {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
