#!/bin/sh
# One check of trame's RDF with the real tools users load it into, as CTest runs it:
#   tests/rdf/run.sh CHECK
# CHECK is validate-turtle|validate-trig|validate-ntriples|validate-nquads (serdi, then Oxigraph's
# strict parser and SHACL with the shapes of ontology/shapes.ttl, on the sample corpus), validate-seeds
# (the same on ../shared/seeds, skipped when absent), store (Oxigraph, the queries of queries/
# and their expected answers), virtuoso (a real server on loopback), dot (sfdp renders it),
# graphml (xmllint and networkx read it) or html (headless Chromium shows it).
# $TRAME is the trame binary (CTest sets it). Exit 0 pass, 1 fail, 77 skipped.
set -eu
cd "$(dirname "$0")/../.."
check=$1
trame=${TRAME:-build/trame}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sample() {  # sample FORMAT EXTENSION: the sample corpus's graph in that syntax
    "$trame" extract -q -f "$1" -o "$work/sample.$2" examples/corpus
    echo "$work/sample.$2"
}

validate() {  # validate SYNTAX FILE: serdi (strict), then Oxigraph and SHACL
    serdi -i "$1" -o ntriples "$2" > /dev/null
    echo "serdi: $2 parses as $1"
    node tests/rdf/validate.mjs "$2"
}

case $check in
    validate-turtle) validate turtle "$(sample turtle ttl)" ;;
    validate-trig) validate trig "$(sample trig trig)" ;;
    validate-ntriples) validate ntriples "$(sample ntriples nt)" ;;
    validate-nquads) validate nquads "$(sample nquads nq)" ;;
    validate-seeds)
        [ -d ../shared/seeds ] || { echo "rdf: ../shared/seeds absent, skipped"; exit 77; }
        "$trame" extract -q -o "$work/seeds.ttl" ../shared/seeds
        validate turtle "$work/seeds.ttl" ;;
    store) node tests/rdf/store.mjs "$(sample turtle ttl)" queries ;;
    virtuoso)
        # A server start can stall on a loaded machine (seen once in many runs): one bounded retry.
        # A real failure (a load error, a wrong count) fails both times.
        file=$(sample turtle ttl)
        timeout 150 tests/rdf/virtuoso.sh "$file" ||
            { echo "virtuoso: first run failed, retrying once"; timeout 150 tests/rdf/virtuoso.sh "$file"; } ;;
    dot)
        "$trame" export -o "$work/sample.dot" "$(sample turtle ttl)"
        sfdp -Tpng "$work/sample.dot" -o "$work/sample.png"
        [ -s "$work/sample.png" ] && echo "dot: sfdp drew $(wc -c < "$work/sample.png") bytes of PNG" ;;
    graphml)
        "$trame" export --format graphml -o "$work/sample.graphml" "$(sample turtle ttl)"
        xmllint --noout "$work/sample.graphml"
        python3 -c 'import sys, networkx; g = networkx.read_graphml(sys.argv[1]); assert g.number_of_nodes() > 0 and g.number_of_edges() > 0; print(f"graphml: networkx read {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")' "$work/sample.graphml" ;;
    html)
        "$trame" export --format html -o "$work/sample.html" "$(sample turtle ttl)"
        tests/rdf/html_screenshot.sh "$work/sample.html" "$work/sample.png" ;;
    *) echo "rdf: unknown check '$check'" >&2; exit 2 ;;
esac
