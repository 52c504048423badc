#!/usr/bin/env node
// Load one RDF file that trame wrote into an in-memory Oxigraph store and check SPARQL answers:
//   node tests/rdf_tools/store.mjs [--write-expected] DATA_FILE QUERIES_DIR
//
// DATA_FILE (.ttl Turtle, .trig TriG, .nt N-Triples, .nq N-Quads) is loaded with Oxigraph's
// strict parser, together with the ontology (ontology/trame.ttl, or $TRAME_ONTOLOGY). Every
// QUERIES_DIR/*.rq runs with the default graph as the union of all graphs (so the queries are the
// same for a Turtle and a TriG output), and its answer is compared with QUERIES_DIR/NAME.expected.
//
// The .expected form is stable text: for SELECT, a header line of the variables ("?a\t?b"), then
// one line per answer, sorted, the values separated by tabs: IRIs as <...>, literals as their
// lexical form (no language tag or datatype; tab, newline, carriage return and backslash written
// \t \n \r \\), blank nodes as _:, unbound as nothing. ASK gives "true" or "false"; CONSTRUCT and
// DESCRIBE give sorted N-Triples lines.
//
// --write-expected writes the .expected files instead of comparing (for maintainers: check the
// answers by eye before committing them). Exit status: 0 all answers match, 1 a mismatch or an
// error, 2 usage error.

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { webcrypto } from 'node:crypto'

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
  '.nq': 'application/n-quads'
}

function fail (message, status = 1) {
  process.stderr.write(`store: ${message}\n`)
  process.exit(status)
}

function load (store, file) {
  const format = FORMATS[extname(file).toLowerCase()]
  if (!format) fail(`${file}: unknown extension (expected .ttl, .trig, .nt or .nq)`, 2)
  let text
  try {
    text = readFileSync(file)
  } catch (e) {
    fail(`${file}: ${e.message}`)
  }
  try {
    store.load(text, { format })
  } catch (e) {
    fail(`${file}: parse error: ${e.message ?? e}`)
  }
}

const escape = s => s.replace(/[\\\t\n\r]/g, c => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }[c]))

function cell (t) {
  if (t === undefined || t === null) return ''
  switch (t.termType) {
    case 'NamedNode': return `<${t.value}>`
    case 'BlankNode': return '_:' // labels are not stable
    case 'Literal': return escape(t.value)
    default: return escape(String(t.value ?? t))
  }
}

// The SELECT variables in the order the query names them (Oxigraph's rows are Maps of the
// bound variables only); "SELECT *" falls back to the variables seen in the answers.
function selectVariables (query, rows) {
  const body = query.replace(/#[^\n]*/g, '') // comments (no '#' inside IRIs in the projections)
  const m = /\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?([\s\S]*?)\b(?:WHERE\b|FROM\b|\{)/i.exec(body)
  if (m && !/^\s*\*/.test(m[1])) {
    // "?x" or "(expression AS ?x)": the projected names
    const vars = []
    const projection = m[1].replace(/\([^()]*(?:\([^()]*\)[^()]*)*\bAS\s+[?$](\w+)\s*\)/gi, ' ?$1 ')
    for (const v of projection.matchAll(/[?$](\w+)/g)) vars.push(v[1])
    return vars
  }
  const seen = new Set()
  for (const row of rows) for (const k of row.keys()) seen.add(k)
  return [...seen].sort()
}

function answerText (query, result) {
  if (typeof result === 'boolean') return { count: 1, text: `${result}\n` }
  if (result.length > 0 && !(result[0] instanceof Map)) { // CONSTRUCT / DESCRIBE: quads
    const lines = [...new Set(result.map(q => `${q.toString()} .`))].sort()
    return { count: lines.length, text: lines.join('\n') + (lines.length ? '\n' : '') }
  }
  const vars = selectVariables(query, result)
  const lines = result.map(row => vars.map(v => cell(row.get(v))).join('\t')).sort()
  return { count: lines.length, text: [vars.map(v => `?${v}`).join('\t'), ...lines].join('\n') + '\n' }
}

// A short line diff of two sorted answer texts (multiset difference).
function diff (expected, actual) {
  const count = lines => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map())
  const e = count(expected.split('\n').filter(Boolean))
  const a = count(actual.split('\n').filter(Boolean))
  const out = []
  for (const [l, n] of e) for (let i = a.get(l) ?? 0; i < n; i++) out.push(`    - ${l}`)
  for (const [l, n] of a) for (let i = e.get(l) ?? 0; i < n; i++) out.push(`    + ${l}`)
  return out
}

function main () {
  const args = process.argv.slice(2)
  const write = args.includes('--write-expected')
  const positional = args.filter(a => a !== '--write-expected')
  if (positional.length !== 2 || positional.some(a => a.startsWith('-'))) {
    process.stderr.write('usage: node tests/rdf_tools/store.mjs [--write-expected] DATA_FILE QUERIES_DIR\n')
    return 2
  }
  const [dataFile, queriesDir] = positional
  const ontologyFile = process.env.TRAME_ONTOLOGY || resolve(root, 'ontology/trame.ttl')

  const t0 = performance.now()
  const store = new oxigraph.Store()
  load(store, dataFile)
  const dataSize = store.size
  load(store, ontologyFile)
  const tLoad = performance.now()
  console.log(`store: ${dataFile}: ${dataSize} quads (+ ${store.size - dataSize} of the ontology) loaded in ${((tLoad - t0) / 1000).toFixed(3)} s`)

  let queries
  try {
    queries = readdirSync(queriesDir).filter(f => f.endsWith('.rq')).sort()
  } catch (e) {
    fail(`${queriesDir}: ${e.message}`)
  }
  if (queries.length === 0) fail(`${queriesDir}: no .rq file`)

  let failed = 0
  let passed = 0
  for (const file of queries) {
    const name = basename(file, '.rq')
    const expectedFile = join(queriesDir, `${name}.expected`)
    const query = readFileSync(join(queriesDir, file), 'utf8')
    let answer
    const tq = performance.now()
    try {
      answer = answerText(query, store.query(query, { use_default_graph_as_union: true }))
    } catch (e) {
      console.log(`store: ${name}: FAIL: query error: ${e.message ?? e}`)
      failed++
      continue
    }
    const ms = (performance.now() - tq).toFixed(1)
    if (write) {
      writeFileSync(expectedFile, answer.text)
      console.log(`store: ${name}: ${answer.count} answers (${ms} ms), written to ${expectedFile}`)
      passed++
      continue
    }
    if (!existsSync(expectedFile)) {
      console.log(`store: ${name}: FAIL: ${answer.count} answers (${ms} ms) but no ${expectedFile} (run with --write-expected)`)
      failed++
      continue
    }
    const expected = readFileSync(expectedFile, 'utf8')
    if (expected === answer.text) {
      console.log(`store: ${name}: ${answer.count} answers (${ms} ms), as expected`)
      passed++
    } else {
      const lines = diff(expected, answer.text)
      console.log(`store: ${name}: FAIL: ${answer.count} answers (${ms} ms) differ from ${expectedFile} (- expected, + got):`)
      for (const l of lines.slice(0, 40)) console.log(l)
      if (lines.length > 40) console.log(`    … ${lines.length - 40} more`)
      if (lines.length === 0) console.log('    (same lines, different order or line endings)')
      failed++
    }
  }
  console.log(`store: ${queries.length} queries in ${((performance.now() - t0) / 1000).toFixed(2)} s, load included`)
  console.log(`store: ${passed} passed, ${failed} failed`)
  return failed ? 1 : 0
}

try {
  process.exitCode = main()
} catch (e) {
  fail(e.stack ?? String(e))
}
