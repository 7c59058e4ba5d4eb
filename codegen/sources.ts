import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { type Boto3Operation, readBoto3Page } from './frontends/boto3/page.js'
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

export interface EventSourceFiles {
  readonly sources: EventSources[]
  /** Every repair the tolerant reader made, `file:line:column kind: message`. */
  readonly repairs: string[]
  /** The first example detail of each detail-type, placeholders removed. */
  readonly firstDetails: Map<string, Record<string, unknown>>
}

/**
 * Reads codegen/sources/events/<slug>/: the example payloads (`*.txt`, kept as published, read
 * with the tolerant reader) and the schema registry's definition (`schema-registry.json`).
 */
export function readEventSources(root: string): EventSourceFiles {
  const dir = join(SOURCES_DIR, 'events')
  const sources: EventSources[] = []
  const repairs: string[] = []
  const firstDetails = new Map<string, Record<string, unknown>>()
  const folders = readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
  for (const slug of folders) {
    const files = readdirSync(join(root, dir, slug)).sort()
    const schemaFile = files.includes('schema-registry.json') ? join(root, dir, slug, 'schema-registry.json') : undefined
    const schema = schemaFile === undefined ? undefined : (JSON.parse(readFileSync(schemaFile, 'utf8')) as SchemaRegistryEvent)
    const details: unknown[] = []
    let detailType = schema?.detailType
    for (const f of files.filter((x) => x.endsWith('.txt'))) {
      const file = `${dir}/${slug}/${f}`
      const { value, repairs: made } = readTolerantJson(readFileSync(join(root, file), 'utf8'), file)
      for (const r of made) repairs.push(`${file}:${r.line}:${r.column} ${r.kind}: ${r.message}`)
      const event = value as Record<string, unknown>
      const type = event['detail-type']
      if (typeof type !== 'string' || eventSlug(type) !== slug) throw new Error(`${file}: detail-type ${JSON.stringify(type)} does not belong in ${slug}/`)
      detailType ??= type
      details.push(event['detail'])
      if (!firstDetails.has(type)) firstDetails.set(type, withoutPlaceholders(event['detail']) as Record<string, unknown>)
    }
    if (detailType === undefined) throw new Error(`${dir}/${slug}: neither examples nor a schema-registry definition`)
    sources.push({ detailType, details, ...(schema === undefined ? {} : { schema }) })
  }
  return { sources, repairs, firstDetails }
}

/** A plain JSON copy without the tolerant reader's placeholders (members holding one are dropped). */
function withoutPlaceholders(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isPlaceholder(v as never)).map(withoutPlaceholders)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (!isPlaceholder(v as never)) out[k] = withoutPlaceholders(v)
    return out
  }
  return value
}
