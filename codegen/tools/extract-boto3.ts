// Splits a boto3 documentation page (a seed) into one source file per operation under
// codegen/sources/boto3/, keeping only the lines that carry facts: section headers, the
// request and response syntax, and the parameter lines. Descriptions are dropped.
//
//   npx tsx codegen/tools/extract-boto3.ts <page.txt> [out-dir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { readBoto3Page } from '../frontends/boto3/page.js'

const [page, outDir = 'codegen/sources/boto3'] = process.argv.slice(2)
if (page === undefined) {
  console.error('usage: extract-boto3 <page.txt> [out-dir]')
  process.exit(2)
}
const text = readFileSync(page, 'utf8')
const lines = text.split('\n')
mkdirSync(outDir, { recursive: true })
for (const op of readBoto3Page(text, basename(page))) {
  const facts = op.factLines.map((i) => lines[i]!.trimEnd())
  const target = join(outDir, `${op.name}.txt`)
  writeFileSync(target, `${facts.join('\n')}\n`)
  // The extract must read back as the same operation, or a fact line was lost.
  const [again] = readBoto3Page(readFileSync(target, 'utf8'), target)
  const strip = (v: unknown): string => JSON.stringify(v, (k, x) => (k === 'origin' || k === 'factLines' ? undefined : x))
  if (again === undefined || strip(again) !== strip(op)) throw new Error(`${target} does not read back as ${op.name}`)
  console.log(`${target}: ${facts.length} lines`)
}
