#!/usr/bin/env node
// Validate one RDF file that trame wrote, with real tools:
//   node tests/rdf_tools/validate.mjs DATA_FILE [SHAPES] [ONTOLOGY]
// (defaults: ontology/shapes.ttl and ontology/trame.ttl, relative to this checkout).
//
// 1. Oxigraph (npm `oxigraph`, the Rust parser compiled to WASM) parses DATA_FILE strictly, in the
//    syntax its extension names: .ttl Turtle, .trig TriG, .nt N-Triples, .nq N-Quads, .jsonld
//    JSON-LD (Oxigraph's JSON-LD 1.1 parser; no remote context is fetched). A syntax
//    error fails the run with Oxigraph's message.
// 2. shacl-engine validates it against the shapes, SPARQL-based constraints (sh:sparql) included.
//    shacl-engine runs sh:sparql through a plugin. Its own, `shacl-engine/sparql.js`, runs Comunica:
//    with the shacl-engine pinned here (1.1.0, Comunica 4, the last that runs on node 18) it
//    takes 25 s on the sample corpus and crashes on the first violating row; 1.1.2 (Comunica 5)
//    works but needs node >= 20.19. So the plugin is the one below: the same contract, the
//    constraint's query run by Oxigraph with $this pre-bound, in milliseconds.
//    The data graph is the output (every graph of a TriG/N-Quads file merged into one, as the
//    shapes expect) plus the ontology, so that the ontology's declarations are there for the
//    shapes that need them.
//
// Prints "validate: FILE: N triples, conforms" or each violation (focus node, path, value,
// constraint, message). Exit status: 0 conforms, 1 violation or error, 2 usage error.

import { readFileSync } from 'node:fs'
import { dirname, extname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { webcrypto } from 'node:crypto'
import rdf from '@rdfjs/data-model'
import rdfDataset from '@rdfjs/dataset'
import Validator from 'shacl-engine/Validator.js'
import parsePath from 'shacl-engine/lib/parsePath.js'

// Oxigraph's WASM draws blank node ids from the Web Crypto API, a global only from node 19 on:
// give it to node 18 (Debian 12) before loading Oxigraph.
if (!globalThis.crypto) globalThis.crypto = webcrypto
const oxigraph = await import('oxigraph')

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

const FORMATS = {
  '.ttl': 'text/turtle',
  '.turtle': 'text/turtle',
  '.trig': 'application/trig',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
  '.jsonld': 'application/ld+json'
}

function fail (message, status = 1) {
  process.stderr.write(`validate: ${message}\n`)
  process.exit(status)
}

function formatOf (file) {
  const format = FORMATS[extname(file).toLowerCase()]
  if (!format) fail(`${file}: unknown extension (expected .ttl, .trig, .nt, .nq or .jsonld)`, 2)
  return format
}

const SH = 'http://www.w3.org/ns/shacl#'
const OWL_IMPORTS = rdf.namedNode('http://www.w3.org/2002/07/owl#imports')
const sh = name => rdf.namedNode(SH + name)

// The PREFIX lines of a SPARQL-based constraint (sh:prefixes -> sh:declare, following owl:imports).
function prefixLines (ptr, lines = []) {
  for (const imported of ptr.out([OWL_IMPORTS])) prefixLines(imported, lines)
  for (const declare of ptr.out([sh('declare')])) {
    lines.push(`PREFIX ${declare.out([sh('prefix')]).value}: <${declare.out([sh('namespace')]).value}>`)
  }
  return lines
}

// Pre-bind $this (SHACL 1.0 section 5.3.1) by putting VALUES at the start of the query's WHERE
// group: fine for the queries of the shapes, where $this occurs in the outer group.
function bindThis (query, focus) {
  const where = /\bWHERE\s*\{/i.exec(query) ?? /\{/.exec(query)
  if (!where) throw new Error(`SPARQL constraint without a WHERE group: ${query}`)
  const at = where.index + where[0].length
  return `${query.slice(0, at)} VALUES $this { <${focus.value}> } ${query.slice(at)}`
}

// sh:sparql (SPARQL-based constraints) run by Oxigraph over `store`, a copy of the data graph:
// the same contract as shacl-engine/sparql.js (prefixes, $PATH, $this, sh:message with {?var},
// one violation per result row, ?path and ?value taken from the row when bound).
function oxigraphSparqlValidations (store) {
  function compile (shape) {
    const constraints = []
    for (const constraint of shape.sparql) {
      if (constraint.out([sh('deactivated')]).value === 'true') continue
      const select = constraint.out([sh('select')]).value
      if (!select) continue
      const sparqlPath = shape.path ? pathToSparql(shape.path) : null
      let query = [...prefixLines(constraint.out([sh('prefixes')])), select].join('\n')
      if (sparqlPath) query = query.split('$PATH').join(sparqlPath)
      constraints.push({ query, message: constraint.out([sh('message')]).terms, source: constraint.terms })
    }
    return {
      generic: async context => {
        const focus = context.focusNode.term
        for (const { query, message, source } of constraints) {
          let rows
          if (focus.termType === 'NamedNode') {
            rows = store.query(bindThis(query, focus), { use_default_graph_as_union: true })
          } else { // a blank node cannot go in VALUES: run unbound, keep this focus node's rows
            rows = store.query(query, { use_default_graph_as_union: true })
              .filter(row => row.get('this') && term(row.get('this')).equals(focus))
          }
          for (const row of rows) {
            const args = {}
            for (const [name, value] of row) args[name] = term(value)
            const path = args.path && parsePath(context.focusNode.node([args.path]))
            const value = context.focusNode.node([args.value ?? focus])
            context.violation(sh('SPARQLConstraintComponent'), { args, message, path, source, value })
          }
          if (rows.length === 0) context.debug(sh('SPARQLConstraintComponent'), { source })
        }
      }
    }
  }
  return new Map([[sh('sparql'), compile]])
}

function pathToSparql (path) {
  return path.map(step => {
    const inverse = step.start === 'object' && step.end === 'subject' ? '^' : ''
    const q = { oneOrMore: '+', zeroOrMore: '*', zeroOrOne: '?' }[step.quantifier] ?? ''
    return `${inverse}${step.predicates.map(p => `<${p.value}>`).join('|')}${q}`
  }).join('/')
}

// Parse a file strictly with Oxigraph; returns Oxigraph quads or exits with the parse error.
function parseStrict (file) {
  let text
  try {
    text = readFileSync(file)
  } catch (e) {
    fail(`${file}: ${e.message}`)
  }
  try {
    return oxigraph.parse(text, { format: formatOf(file) })
  } catch (e) {
    fail(`${file}: parse error: ${e.message ?? e}`)
  }
}

// Oxigraph term -> @rdfjs/data-model term (shacl-engine wants one RDF/JS factory throughout).
function term (t) {
  switch (t.termType) {
    case 'NamedNode': return rdf.namedNode(t.value)
    case 'BlankNode': return rdf.blankNode(t.value)
    case 'Literal':
      return t.language
        ? rdf.literal(t.value, t.language)
        : rdf.literal(t.value, rdf.namedNode(t.datatype.value))
    case 'DefaultGraph': return rdf.defaultGraph()
    default: throw new Error(`unsupported term ${t.termType} ${t.value}`)
  }
}

// Add quads to a dataset, all in the default graph (the union of the graphs of a TriG file).
function addAll (dataset, quads) {
  for (const q of quads) {
    dataset.add(rdf.quad(term(q.subject), term(q.predicate), term(q.object)))
  }
}

function show (t) {
  if (!t) return '-'
  if (t.termType === 'NamedNode') return `<${t.value}>`
  if (t.termType === 'BlankNode') return `_:${t.value}`
  if (t.termType === 'Literal') {
    const v = JSON.stringify(t.value)
    if (t.language) return `${v}@${t.language}`
    if (t.datatype && t.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') return `${v}^^<${t.datatype.value}>`
    return v
  }
  return t.value
}

function showPath (path) {
  if (!path || path.length === 0) return '-'
  return path.map(step => {
    const preds = step.predicates.map(p => `<${p.value}>`).join('|')
    const inverse = step.start === 'object' ? '^' : ''
    const q = { oneOrMore: '+', zeroOrMore: '*', zeroOrOne: '?' }[step.quantifier] ?? ''
    return `${inverse}${preds}${q}`
  }).join('/')
}

async function main () {
  const args = process.argv.slice(2)
  if (args.length < 1 || args.length > 3 || args[0] === '-h' || args[0] === '--help') {
    process.stderr.write('usage: node tests/rdf_tools/validate.mjs DATA_FILE [SHAPES] [ONTOLOGY]\n')
    process.exit(args.length < 1 || args.length > 3 ? 2 : 0)
  }
  const [dataFile, shapesFile = resolve(root, 'ontology/shapes.ttl'), ontologyFile = resolve(root, 'ontology/trame.ttl')] = args

  const t0 = performance.now()
  const dataQuads = parseStrict(dataFile)
  const shapeQuads = parseStrict(shapesFile)
  const ontologyQuads = parseStrict(ontologyFile)
  const tParse = performance.now()

  const graphs = new Set(dataQuads.map(q => q.graph.termType === 'DefaultGraph' ? '' : q.graph.value))
  const data = rdfDataset.dataset()
  addAll(data, dataQuads)
  const triples = data.size // distinct triples of the output, graphs merged
  addAll(data, ontologyQuads)
  const shapes = rdfDataset.dataset()
  addAll(shapes, shapeQuads)

  // SPARQL-based targets (sh:target) would need Comunica (see above); the shapes have none.
  if (shapes.match(null, sh('target'), null).size > 0) fail(`${shapesFile}: SPARQL-based targets (sh:target) are not supported`)
  const store = new oxigraph.Store()
  for (const q of [...dataQuads, ...ontologyQuads]) store.add(oxigraph.quad(q.subject, q.predicate, q.object))
  const validator = new Validator(shapes, { factory: rdf, validations: oxigraphSparqlValidations(store) })
  const report = await validator.validate({ dataset: data })
  const tValidate = performance.now()

  const timing = `parse ${((tParse - t0) / 1000).toFixed(2)} s, SHACL ${((tValidate - tParse) / 1000).toFixed(2)} s`
  // Duplicates: the same triple written twice (in a TriG/N-Quads file, possibly in two graphs).
  const distinctQuads = new Set(dataQuads.map(q => q.toString())).size
  const notes = []
  if (graphs.size > 1) notes.push(`${dataQuads.length} quads in ${graphs.size} graphs`)
  if (distinctQuads !== dataQuads.length) notes.push(`${dataQuads.length - distinctQuads} duplicate statement(s) in the file`)
  const quadInfo = notes.length ? ` (${notes.join(', ')})` : ''
  const violations = report.results.filter(r => !r.severity || r.severity.value.endsWith('#Violation'))
  if (report.conforms && violations.length === 0) {
    console.log(`validate: ${dataFile}: ${triples} triples${quadInfo}, conforms (${timing})`)
    return 0
  }
  console.log(`validate: ${dataFile}: ${triples} triples${quadInfo}, ${report.results.length} SHACL result(s), does not conform (${timing})`)
  for (const r of report.results) {
    const severity = r.severity ? r.severity.value.replace(/.*#/, '') : 'Violation'
    const component = r.constraintComponent ? r.constraintComponent.value.replace(/.*#/, '') : '-'
    const shape = r.shape?.ptr?.term ? show(r.shape.ptr.term) : '-'
    const message = (r.message ?? []).map(m => m.value).join(' / ') || '-'
    console.log(`  ${severity}: focus ${show(r.focusNode?.term ?? r.focusNode)} path ${showPath(r.path)} value ${show(r.value?.term ?? r.value)}`)
    console.log(`    constraint ${component} (shape ${shape}): ${message}`)
  }
  return 1
}

main().then(status => process.exit(status), e => fail(e.stack ?? String(e)))
