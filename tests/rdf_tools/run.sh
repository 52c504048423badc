#!/bin/sh
# One check of trame's RDF with the real tools users load it into, as CTest runs it:
#   tests/rdf_tools/run.sh CHECK
# CHECK is validate-turtle|validate-trig|validate-ntriples|validate-nquads (serdi, then Oxigraph's
# strict parser and SHACL with the shapes of ontology/shapes.ttl, on the sample corpus), validate-seeds
# (the same on ../shared/seeds, skipped when absent), store (Oxigraph, the queries of queries/
# and their expected answers), virtuoso (a real server on loopback), dot (sfdp renders it),
# graphml (xmllint and networkx read it), html (headless Chromium shows it), jsonld (the npm jsonld
# processor's toRDF and rdflib's JSON-LD parser give the graph of the N-Quads output; Oxigraph and
# SHACL as for the other syntaxes) or hostile (a
# text full of quotes, backslashes and line separators, written in every syntax, read back by serdi,
# Oxigraph, rdflib, jsonld and trame's own stats, export and --into, JSON-LD included).
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

# rdflib is Debian's python3-rdflib: the python3 found first may be another one (pyenv).
python=python3
"$python" -c 'import rdflib' 2>/dev/null || python=/usr/bin/python3

# A text that breaks naive RDF writers and readers: a quote before a backslash (serd 0.30 reads
# "\\ in a long string as an invalid escape), triple quotes, a backslash or two quotes at the end of
# a line, literal escape sequences, U+2028, U+2029, U+0085 and a very long line of all of these.
hostile_text() {
    cat <<'TEXT'
Le ministre français des Affaires étrangères, Paul Girard, a déclaré que "Il a dit "\non" puis "\" et """ trois guillemets """"".
Le ministre Paul Girard a déclaré que "la fin sur une barre\
\ début sur une barre, \\ deux barres, \" échappé, \u00e9 et \n littéraux "".
Claire Fontaine réclame "" des "'"'" guillemets."".
TEXT
    printf 'Paul Girard a déclaré que « séparateurs\342\200\250de ligne\342\200\251et\302\205suivant ».\n\n'
    printf 'Paul Girard a déclaré que "'
    i=0
    while [ $i -lt 300 ]; do printf '« cité %d » "\\ """ \\ ' $i; i=$((i + 1)); done
    printf '"\n'
}

validate() {  # validate SYNTAX FILE: serdi (strict), then Oxigraph and SHACL
    serdi -i "$1" -o ntriples "$2" > /dev/null
    echo "serdi: $2 parses as $1"
    node tests/rdf_tools/validate.mjs "$2"
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
    store) node tests/rdf_tools/store.mjs "$(sample turtle ttl)" queries ;;
    virtuoso)
        # A server start can stall on a loaded machine (seen once in many runs): one bounded retry.
        # A real failure (a load error, a wrong count) fails both times.
        file=$(sample turtle ttl)
        timeout 150 tests/rdf_tools/virtuoso.sh "$file" ||
            { echo "virtuoso: first run failed, retrying once"; timeout 150 tests/rdf_tools/virtuoso.sh "$file"; } ;;
    dot)
        "$trame" export -o "$work/sample.dot" "$(sample turtle ttl)"
        sfdp -Tpng "$work/sample.dot" -o "$work/sample.png"
        [ -s "$work/sample.png" ] && echo "dot: sfdp drew $(wc -c < "$work/sample.png") bytes of PNG" ;;
    graphml)
        "$trame" export --format graphml -o "$work/sample.graphml" "$(sample turtle ttl)"
        xmllint --noout "$work/sample.graphml"
        python3 -c 'import sys, networkx; g = networkx.read_graphml(sys.argv[1]); assert g.number_of_nodes() > 0 and g.number_of_edges() > 0; print(f"graphml: networkx read {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")' "$work/sample.graphml" ;;
    jsonld)
        "$trame" extract -q -f jsonld -o "$work/sample.jsonld" examples/corpus
        nquads=$(sample nquads nq)
        node tests/rdf_tools/jsonld.mjs "$work/sample.jsonld" "$nquads"
        node tests/rdf_tools/validate.mjs "$work/sample.jsonld"
        "$python" tests/rdf_tools/rdflib_check.py "$work/sample.jsonld" "$nquads" ;;
    hostile)
        hostile_text > "$work/hostile.txt"
        printf 'Paul Girard a dit "\\encore" """\n\\\n' > "$work/more.txt"
        for pair in turtle:ttl trig:trig ntriples:nt nquads:nq jsonld:jsonld; do
            "$trame" extract -q -f "${pair%%:*}" -o "$work/hostile.${pair#*:}" "$work/hostile.txt"
        done
        for pair in turtle:ttl trig:trig ntriples:nt nquads:nq; do
            file="$work/hostile.${pair#*:}"
            validate "${pair%%:*}" "$file"
            "$trame" stats "$file" > /dev/null
            "$trame" export -o "$file.dot" "$file"
            echo "trame: stats and export read $file"
        done
        # rdflib 6.1 (Debian 12) misreads "\\n" in N-Triples and N-Quads (it unescapes with
        # successive str.replace calls: a backslash followed by n becomes a backslash and a line
        # feed), so its reference here is TriG; it must still read the N-Triples and N-Quads.
        for extension in ttl jsonld; do
            "$python" tests/rdf_tools/rdflib_check.py "$work/hostile.$extension" "$work/hostile.trig"
        done
        for extension in nt nq; do "$python" tests/rdf_tools/rdflib_check.py "$work/hostile.$extension"; done
        node tests/rdf_tools/jsonld.mjs "$work/hostile.jsonld" "$work/hostile.nq"
        node tests/rdf_tools/validate.mjs "$work/hostile.jsonld"
        sfdp -Tsvg "$work/hostile.ttl.dot" > "$work/hostile.svg"
        "$trame" export --format graphml -o "$work/hostile.graphml" "$work/hostile.ttl"
        xmllint --noout "$work/hostile.graphml"
        echo "export: sfdp draws the DOT, xmllint reads the GraphML of $work/hostile.ttl"
        "$trame" stats "$work/hostile.jsonld" > /dev/null
        "$trame" export -o "$work/hostile.jsonld.dot" "$work/hostile.jsonld"
        cmp "$work/hostile.jsonld.dot" "$work/hostile.nq.dot"
        echo "trame: stats and export read $work/hostile.jsonld (the same picture as from N-Quads)"
        "$trame" extract -q --into "$work/hostile.ttl" "$work/more.txt"
        serdi -i turtle -o ntriples "$work/hostile.ttl" > /dev/null
        echo "trame: --into extended $work/hostile.ttl, serdi reads it"
        "$trame" extract -q --into "$work/hostile.jsonld" "$work/more.txt"
        "$trame" extract -q --into "$work/hostile.nq" "$work/more.txt"
        node tests/rdf_tools/jsonld.mjs "$work/hostile.jsonld" "$work/hostile.nq"
        echo "trame: --into extended $work/hostile.jsonld as it extended $work/hostile.nq" ;;
    html)
        "$trame" export --format html -o "$work/sample.html" "$(sample turtle ttl)"
        tests/rdf_tools/html_screenshot.sh "$work/sample.html" "$work/sample.png" ;;
    *) echo "rdf: unknown check '$check'" >&2; exit 2 ;;
esac
