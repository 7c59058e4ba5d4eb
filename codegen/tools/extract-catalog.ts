// Extracts a resource-catalog table (a seed: the documentation page of one catalog resource)
// into codegen/sources/catalog/<table>.txt, keeping only the lines that carry facts: the
// table's name, each field's name, type and provider name, with their bullets and indentation.
// Descriptions are dropped.
//
//   npx tsx codegen/tools/extract-catalog.ts <page.txt> [out-dir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { type CatalogField, readCatalogTable } from '../frontends/catalog/table.js'

const [page, outDir = 'codegen/sources/catalog'] = process.argv.slice(2)
if (page === undefined) {
  console.error('usage: extract-catalog <page.txt> [out-dir]')
  process.exit(2)
}
const text = readFileSync(page, 'utf8')
const lines = text.split('\n').map((l) => l.replace(/\r$/, '').trimEnd())
const table = readCatalogTable(text, basename(page))
const topLevel = new Set(table.fields.map((f) => f.origin.line - 1))
// A blank line before each top-level field, as on the page.
const facts = table.factLines.flatMap((i) => (topLevel.has(i) ? ['', lines[i]!] : [lines[i]!]))

mkdirSync(outDir, { recursive: true })
const target = join(outDir, `${table.name}.txt`)
writeFileSync(target, `${facts.join('\n')}\n`)

// The extract must read back as the same table, or a fact line was lost.
const strip = (fields: readonly CatalogField[]): unknown =>
  fields.map((f) => ({ name: f.name, type: f.type, provider: f.providerName, fields: strip(f.fields) }))
const again = readCatalogTable(readFileSync(target, 'utf8'), target)
if (again.name !== table.name || JSON.stringify(strip(again.fields)) !== JSON.stringify(strip(table.fields))) {
  throw new Error(`${target} does not read back as ${table.name}`)
}
const count = (fields: readonly CatalogField[]): number => fields.reduce((n, f) => n + 1 + count(f.fields), 0)
console.log(`${target}: ${facts.length} lines, ${count(table.fields)} fields`)
