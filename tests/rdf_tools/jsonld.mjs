#!/usr/bin/env node
// Check trame's JSON-LD output with a real JSON-LD processor (npm `jsonld`, the reference
// implementation of JSON-LD 1.1):
//   node tests/rdf_tools/jsonld.mjs OUT.jsonld OUT.nq
// jsonld.toRDF turns the JSON-LD document into a dataset; that dataset and the N-Quads file trame
// wrote for the same input are both canonicalized (RDFC-1.0, blank nodes relabelled) and compared:
// the check passes when the two graphs are isomorphic. No remote context is ever fetched.
// Prints "jsonld: FILE: N quads, isomorphic to NQ" or the first quads that differ. Exit 0 pass,
// 1 fail, 2 usage error.

import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'

const [file, nquadsFile] = process.argv.slice(2)
if (!file || !nquadsFile) {
  process.stderr.write('usage: node tests/rdf_tools/jsonld.mjs OUT.jsonld OUT.nq\n')
  process.exit(2)
}

const documentLoader = async (url) => {
  throw new Error(`remote document ${url}: trame's JSON-LD must not need one`)
}

function lines (text) {
  return text.split('\n').filter((line) => line.length > 0)
}

try {
  const document = JSON.parse(readFileSync(file, 'utf8'))
  const options = { algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: true }
  const fromJsonLd = await jsonld.toRDF(document, { format: 'application/n-quads', documentLoader, safe: true })
  const canonicalJsonLd = await jsonld.canonize(fromJsonLd, { ...options, inputFormat: 'application/n-quads' })
  const canonicalNQuads = await jsonld.canonize(readFileSync(nquadsFile, 'utf8'),
    { ...options, inputFormat: 'application/n-quads' })
  const a = lines(canonicalJsonLd)
  const b = lines(canonicalNQuads)
  if (canonicalJsonLd !== canonicalNQuads) {
    const onlyA = a.filter((quad) => !b.includes(quad))
    const onlyB = b.filter((quad) => !a.includes(quad))
    process.stderr.write(`jsonld: ${file}: ${a.length} quads, ${nquadsFile}: ${b.length} quads, not isomorphic\n`)
    for (const quad of onlyA.slice(0, 5)) process.stderr.write(`  only in JSON-LD: ${quad}\n`)
    for (const quad of onlyB.slice(0, 5)) process.stderr.write(`  only in N-Quads: ${quad}\n`)
    process.exit(1)
  }
  if (a.length === 0) {
    process.stderr.write(`jsonld: ${file}: no quad at all\n`)
    process.exit(1)
  }
  console.log(`jsonld: ${file}: ${a.length} quads, isomorphic to ${nquadsFile}`)
} catch (error) {
  process.stderr.write(`jsonld: ${file}: ${error.message}${error.details ? ' ' + JSON.stringify(error.details).slice(0, 300) : ''}\n`)
  process.exit(1)
}
