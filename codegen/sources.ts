import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { type Boto3Operation, readBoto3Page } from './frontends/boto3/page.js'
import type { BotocoreModel } from './frontends/botocore/to-ir.js'
import { type CatalogTable, readCatalogTable } from './frontends/catalog/table.js'
import { eventSlug } from './frontends/events/names.js'
import type { SchemaRegistryEvent } from './frontends/events/schema-registry.js'
import type { EventSources } from './frontends/events/to-ir.js'
import { isPlaceholder, readTolerantJson } from './frontends/events/tolerant-json.js'

/** The codegen sources folder, relative to the repository root (origins use this form). */
export const SOURCES_DIR = 'codegen/sources'

/** Every operation in `codegen/sources/boto3/*.txt`, read from `root`. */
export function readBoto3Sources(root: string): Boto3Operation[] {
  const dir = join(SOURCES_DIR, 'boto3')
  const files = readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
  return files.flatMap((f) => readBoto3Page(readFileSync(join(root, dir, f), 'utf8'), `${dir}/${f}`))
}

/** The vendored botocore model of SageMaker (codegen/sources/botocore), with its text for origins. */
export const BOTOCORE_MODEL_FILE = `${SOURCES_DIR}/botocore/sagemaker/2017-07-24/service-2.json`

export function readBotocoreSource(root: string): { model: BotocoreModel; text: string; file: string } {
  const text = readFileSync(join(root, BOTOCORE_MODEL_FILE), 'utf8')
  return { model: JSON.parse(text) as BotocoreModel, text, file: BOTOCORE_MODEL_FILE }
}

/** The resource-catalog table `codegen/sources/catalog/<table>.txt`, read from `root`. */
export function readCatalogSource(root: string, table: string): CatalogTable {
  const file = `${SOURCES_DIR}/catalog/${table}.txt`
  const read = readCatalogTable(readFileSync(join(root, file), 'utf8'), file)
  if (read.name !== table) throw new Error(`${file}: holds table ${read.name}, not ${table}`)
  return read
}

export interface EventSourceFiles {
  readonly sources: EventSources[]
  /** Every repair the tolerant reader made, `file:line:column kind: message`. */
  readonly repairs: string[]
  /** The first example detail of each detail-type, placeholders removed. */
  readonly firstDetails: Map<string, Record<string, unknown>>
  /** Every example as the tolerant reader repaired it, placeholders as `null`, by source file. */
  readonly repaired: Map<string, unknown>
}

/**
 * Reads codegen/sources/events/<slug>/: the example payloads (`*.txt`, kept as published, read
 * with the tolerant reader), the schema registry's definition (`schema-registry.json`) and, for a
 * detail-type with neither, `detail-type.json` naming it.
 */
export function readEventSources(root: string): EventSourceFiles {
  const dir = join(SOURCES_DIR, 'events')
  const sources: EventSources[] = []
  const repairs: string[] = []
  const firstDetails = new Map<string, Record<string, unknown>>()
  const repaired = new Map<string, unknown>()
  const folders = readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
  for (const slug of folders) {
    const files = readdirSync(join(root, dir, slug)).sort()
    const schemaFile = files.includes('schema-registry.json') ? join(root, dir, slug, 'schema-registry.json') : undefined
    const schema = schemaFile === undefined ? undefined : (JSON.parse(readFileSync(schemaFile, 'utf8')) as SchemaRegistryEvent)
    // A detail-type documented with no example or schema found: `detail-type.json` names it, so
    // that it is known; an example added to the folder later refines its detail.
    const named = files.includes('detail-type.json') ? (JSON.parse(readFileSync(join(root, dir, slug, 'detail-type.json'), 'utf8')) as { detailType?: unknown }).detailType : undefined
    if (named !== undefined && (typeof named !== 'string' || eventSlug(named) !== slug)) throw new Error(`${dir}/${slug}/detail-type.json: detailType ${JSON.stringify(named)} does not belong in ${slug}/`)
    const details: unknown[] = []
    const examples = files
      .filter((x) => x.endsWith('.txt'))
      .map((f) => {
        const file = `${dir}/${slug}/${f}`
        const { value, repairs: made } = readTolerantJson(readFileSync(join(root, file), 'utf8'), file)
        for (const r of made) repairs.push(`${file}:${r.line}:${r.column} ${r.kind}: ${r.message}`)
        return { file, event: value as Record<string, unknown> }
      })
    // The folder names the detail-type; an example may misspell it (an old doc revision writes
    // `SageMakerEndpointStateChange`), which is reported like the reader's repairs.
    const spelled = examples.map((e) => e.event['detail-type']).filter((t): t is string => typeof t === 'string')
    const detailType = named ?? schema?.detailType ?? spelled.find((t) => eventSlug(t) === slug)
    if (detailType === undefined) throw new Error(`${dir}/${slug}: no example, schema or detail-type.json names its detail-type`)
    for (const { file, event } of examples) {
      const type = event['detail-type']
      if (type !== detailType) {
        const squeezed = (s: unknown): string => String(s).replace(/[^A-Za-z0-9]/g, '').toLowerCase()
        if (squeezed(type) !== squeezed(detailType)) throw new Error(`${file}: detail-type ${JSON.stringify(type)} does not belong in ${slug}/`)
        repairs.push(`${file} detail-type: ${JSON.stringify(type)} read as ${JSON.stringify(detailType)}`)
      }
      details.push(event['detail'])
      repaired.set(file, { ...(withPlaceholders(event, 'null') as object), 'detail-type': detailType })
      if (!firstDetails.has(detailType)) firstDetails.set(detailType, withPlaceholders(event['detail'], 'dropped') as Record<string, unknown>)
    }
    sources.push({ detailType, details, ...(schema === undefined ? {} : { schema }) })
  }
  return { sources, repairs, firstDetails, repaired }
}

/**
 * A plain JSON copy of what the tolerant reader read: its placeholders become `null` (an absent
 * value, for fixtures) or are left out with the member holding them (for the testing factory).
 */
function withPlaceholders(value: unknown, as: 'null' | 'dropped'): unknown {
  if (Array.isArray(value)) {
    return (as === 'dropped' ? value.filter((v) => !isPlaceholder(v as never)) : value).map((v) => withPlaceholders(v, as))
  }
  if (isPlaceholder(value as never)) return null
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      if (as === 'dropped' && isPlaceholder(v as never)) continue
      Object.defineProperty(out, k, { value: withPlaceholders(v, as), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  return value
}

