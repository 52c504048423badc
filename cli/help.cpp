#include "cli/help.h"

namespace trame::cli {

namespace {

const char* const kMain = R"(Usage: trame COMMAND [OPTION]... ARGUMENT...
  or:  trame --help | --version
Read French news articles and write the knowledge graph they contain as RDF: who says, wants,
demands, rejects, meets or attacks whom or what, each fact tied to its source sentence.

Commands:
  extract   the knowledge graph of articles, as Turtle, TriG, N-Triples or N-Quads
  analyse   how trame reads articles: CoNLL-U, with mentions and facts
  stats     entities, facts, most connected entities and components of a graph trame wrote
  export    a picture of a graph trame wrote: Graphviz DOT, GraphML or one HTML page
  map       a sharded run, step 1: process some of the articles into a part file
  reconcile a sharded run, step 2: the entities of all the parts, and the mention table
  finalize  a sharded run, step 3: the RDF of one part, its facts pointing to the entities

Options:
  -h, --help     show this help and exit ('trame COMMAND --help': the command's options)
      --version  show the version and exit

Every command takes -v (--verbose: a line per document, timings), -q (--quiet: no summary
line, no progress) and -h. A file argument may be - for standard input; -o - (the default) is
standard output.

Environment:
  TRAME_DATA  the data folder (ontology, rules, gazetteer, boilerplate patterns, viewer script),
              when --data is not given

Files:
  The data folder is the first of: --data DIR, $TRAME_DATA, the installed share/trame beside
  the program (<prefix>/bin/../share/trame), the source checkout trame was built from.

Exit status:
  0  success
  1  an input could not be read or an output could not be written (named on standard error;
     the other inputs are still processed, and no output is left half written)
  2  usage error (unknown command or option, option of another command, invalid value)

Examples:
  $ trame extract articles/ -o graph.ttl
  $ trame extract --into graph.ttl new-article.txt
  $ trame stats graph.ttl
  $ trame export --format=html -o graph.html graph.ttl
)";

const char* const kExtract = R"(Usage: trame extract [OPTION]... INPUT...
Write the knowledge graph of French news articles as RDF. INPUT is a text file, a folder (its
*.txt files, recursively, in name order) or - for standard input.

Options:
  -o, --output=FILE    write to FILE (default: - for standard output); a file is written whole
                       or not at all
  -f, --format=NAME    turtle (default), trig (one named graph per document), ntriples, nquads,
                       jsonld (the N-Quads graph as JSON-LD)
      --base=IRI       base of the minted IRIs (default: https://w3id.org/trame/id/)
      --date=DATE      publication date of the inputs (YYYY-MM or YYYY-MM-DD)
      --id=ID          identifier of the one input (a file or -), written as dcterms:identifier;
                       with --into, a document of the graph with this identifier is this one
  -j, --jobs=N         run the analysis and the rules in N worker processes (default 1); the
                       graph is the same
      --into=GRAPH     add the inputs to GRAPH, a graph trame wrote, and write the whole back to
                       GRAPH (or to -o FILE), in the format of its extension (or -f); its
                       entities keep their IRIs, and an input whose text (SHA-256 of its NFC
                       text, trame:contentHash) or --id it already holds is skipped
      --with-ontology  the output holds the ontology too (in the default graph)
      --data=DIR       the data folder (see 'trame --help')
      --no-recognizer  names from the gazetteer and name rules only, without the trained
                       recognizer (DIR/models/ner.model)
      --no-discourse   only the facts each sentence names: none resting on a pronoun, a title,
                       a description or a quotation's speaker resolved from the article
  -v, --verbose        a line per document (sentences, tokens, facts, time), and the time of
                       each stage
  -q, --quiet          no summary line, no progress
  -h, --help           show this help and exit

On a terminal, a progress line counts documents and sentences and shows the rate and the time
left; warnings never share its line.

Exit status:
  0  every input was read and the output written
  1  an input could not be read (the others are written), no input could be read (nothing is
     written), or the output could not be written
  2  usage error

Examples:
  $ trame extract examples/corpus -o sample.ttl
  $ trame extract -f trig --date=2025-02 article.txt > article.trig
  $ trame extract --into graph.ttl --id=agence-123 - < article.txt
)";

const char* const kAnalyse = R"(Usage: trame analyse [OPTION]... INPUT...
Show how trame reads French news articles: one CoNLL-U block per sentence (lemma, part of
speech, lttoolbox reading, UD features, dependency tree, character range), the mentions in the
MISC column and the facts as comments. INPUT is a text file, a folder (its *.txt files) or -
for standard input.

Options:
  -o, --output=FILE  write to FILE (default: - for standard output)
      --date=DATE    publication date of the inputs (YYYY-MM or YYYY-MM-DD)
      --id=ID        identifier of the one input, the CoNLL-U newdoc id
      --input=FORMAT text (default), or conllu: each INPUT is a CoNLL-U file whose
                     sentences and words are kept as given (other columns ignored);
                     they are tagged and parsed, and written as CoNLL-U (no mentions)
      --data=DIR     the data folder (see 'trame --help')
      --no-recognizer
                     names from the gazetteer and name rules only, without the trained
                     recognizer (DIR/models/ner.model)
  -v, --verbose      a line per document, and the time of each stage
  -q, --quiet        no progress
  -h, --help         show this help and exit

Exit status:
  0  every input was read and the output written
  1  an input could not be read, or the output could not be written
  2  usage error

Examples:
  $ trame analyse article.txt | less
  $ echo "La Finlande exige un sommet." | trame analyse -
  $ trame analyse --input conllu fr_sequoia-ud-test.conllu > parsed.conllu
)";

const char* const kStats = R"(Usage: trame stats [OPTION]... GRAPH
Describe a graph trame wrote (Turtle, TriG, N-Triples or N-Quads, from the file's extension;
- reads Turtle, TriG or N-Triples from standard input): entities by type and how many are
linked to Wikidata, facts by predicate and modality, the most connected entities and the
connected components of the entity graph.

Options:
      --top=N     how many entities and components to list (default: 10)
  -v, --verbose   the time taken to read the graph
  -q, --quiet     accepted for symmetry; stats prints no summary line
  -h, --help      show this help and exit

Exit status:
  0  the statistics were written
  1  the graph could not be read, or standard output could not be written
  2  usage error

Examples:
  $ trame stats --top=5 graph.ttl
  $ trame extract -q article.txt | trame stats -
)";

const char* const kExport = R"(Usage: trame export [OPTION]... GRAPH
Draw a graph trame wrote (a file, or - for Turtle, TriG or N-Triples on standard input).

Options:
  -f, --format=NAME        dot (default: Graphviz, lay out with sfdp), graphml (Gephi,
                           Cytoscape) or html (one self-contained page that works offline)
  -o, --output=FILE        write to FILE (default: - for standard output); written whole or
                           not at all
      --viewer-script=FILE the cytoscape.js file the HTML page inlines (default: the one
                           installed in the data folder, else the checkout's node_modules)
      --data=DIR           the data folder (see 'trame --help')
  -v, --verbose            the time taken to read the graph and to draw it
  -q, --quiet              accepted for symmetry; export prints no summary line
  -h, --help               show this help and exit

Exit status:
  0  the picture was written
  1  the graph or the viewer script could not be read, or the output could not be written
  2  usage error

Examples:
  $ trame export graph.ttl -o graph.dot && sfdp -Tpng graph.dot -o graph.png
  $ trame export -f html -o graph.html graph.ttl
)";

const char* const kMap = R"(Usage: trame map -o PART [OPTION]... INPUT...
Process articles into a part of a sharded run (then 'trame reconcile' over all the parts, and
'trame finalize' on each). INPUT is a text file, a folder (its *.txt files), a *.jsonl file
or - (JSON Lines on standard input): one article a line, {"id": ..., "url": ..., "date": ...,
"text": ...}, only "text" required. A record's document IRI comes from its id (or from the
SHA-256 of its text) and its dcterms:source is its url (else its id), so that a document gets
the same IRIs whatever part it is in. The part is JSON Lines, one document a line (its
sentences, mentions and facts; see README, "Scale-out").

Options:
  -o, --output=PART    the part file to write (required); written whole or not at all
      --manifest=FILE  also read the inputs listed in FILE, one a line
      --data=DIR       the data folder (see 'trame --help')
      --no-recognizer  do not run the trained named-entity recognizer
  -v, --verbose        a line per document
  -q, --quiet          no summary line
  -h, --help           show this help and exit

Exit status:
  0  every input was processed and the part written
  1  an input or a record was skipped (told on standard error with its line), or the part
     could not be written
  2  usage error

Examples:
  $ trame map -o part-1.jsonl articles/2025-02/
  $ zcat feed.jsonl.gz | trame map -o part-7.jsonl -
)";

const char* const kReconcile = R"(Usage: trame reconcile --entities FILE --table FILE [OPTION]... PART...
Reconcile the mentions of all the parts of a sharded run into entities, as one 'trame extract'
over all the articles would, whatever the split and the order of the parts. Writes each entity's
description once (RDF), and the mention table: a line per mention, "DOCUMENT-ID<TAB>SENTENCE
<TAB>MENTION<TAB>ENTITY-ID", that 'trame finalize' reads.

Options:
      --entities=FILE      the entities' RDF to write
      --table=FILE         the mention table to write
      --registry=FILE      known entities (JSON Lines written by --registry-out of an earlier
                           run): they keep their ids, new entities get others
      --registry-out=FILE  write every entity of this run as the registry of the next
  -f, --format=NAME        nquads (default), trig, turtle, ntriples, jsonld
      --base=IRI           base of the minted IRIs (default: https://w3id.org/trame/id/)
  -v, --verbose            documents, mentions and entities counted
  -q, --quiet              no summary line
  -h, --help               show this help and exit

Exit status:
  0  the entities, the table (and the registry) were written
  1  a part or the registry could not be read, a document is in two parts, or an output could
     not be written (then none is)
  2  usage error

Examples:
  $ trame reconcile --entities entities.nq --table mentions.tsv parts/*.jsonl
  $ trame reconcile --registry day1.registry --registry-out day2.registry \
        --entities entities.nq --table mentions.tsv parts/*.jsonl
)";

const char* const kFinalize = R"(Usage: trame finalize --table FILE [OPTION]... PART
Write the documents and facts of one part of a sharded run as RDF, each entity argument pointing
to the IRI 'trame reconcile' gave its mention. The outputs of every part and the entities of
reconcile together are the graph one 'trame extract' writes.

Options:
      --table=FILE     the mention table written by 'trame reconcile'
  -o, --output=FILE    write to FILE (default: - for standard output); written whole or not at all
  -f, --format=NAME    nquads (default), trig, turtle, ntriples, jsonld
      --base=IRI       base of the minted IRIs (the one given to reconcile)
  -q, --quiet          no summary line
  -h, --help           show this help and exit

Exit status:
  0  the part was written
  1  the part or the table could not be read, a mention has no entity, or the output could
     not be written
  2  usage error

Examples:
  $ trame finalize --table mentions.tsv -o part-1.nq part-1.jsonl
)";

}  // namespace

std::string help_text(std::optional<Command> command) {
    if (!command) return kMain;
    switch (*command) {
        case Command::Extract: return kExtract;
        case Command::Analyse: return kAnalyse;
        case Command::Stats: return kStats;
        case Command::Export: return kExport;
        case Command::Map: return kMap;
        case Command::Reconcile: return kReconcile;
        case Command::Finalize: return kFinalize;
    }
    return kMain;
}

std::string version_text() {
    return std::string("trame ") + TRAME_VERSION + "\n";
}

}  // namespace trame::cli
