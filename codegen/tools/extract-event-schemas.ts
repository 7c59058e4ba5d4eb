// Extracts the EventBridge schema registry's aws.sagemaker event definitions from the pinned
// @aws-cdk/aws-service-spec database into codegen/sources/events/<slug>/schema-registry.json:
// property names, types and required flags only.
//
//   npx tsx codegen/tools/extract-event-schemas.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { eventSlug } from '../frontends/events/names.js'
import type { SchemaType } from '../frontends/events/schema-registry.js'

const PACKAGE = '@aws-cdk/aws-service-spec'
const require = createRequire(import.meta.url)
const packageDir = dirname(require.resolve(`${PACKAGE}/package.json`))
const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version

interface RawType {
  type: string
  reference?: { $ref: string }
  element?: RawType
}
interface RawDefinition {
  $id: string
  properties: Record<string, { type: RawType; required?: boolean }>
}
interface RawEvent {
  source: string
  detailType: string
  rootProperty: { $ref: string }
}
const db = JSON.parse(gunzipSync(readFileSync(join(packageDir, 'db.json.gz'))).toString('utf8')) as {
  schema: { event: { entities: RawEvent[] }; eventTypeDefinition: { entities: RawDefinition[] } }
}
const definitions = new Map(db.schema.eventTypeDefinition.entities.map((d) => [d.$id, d]))

function convert(raw: RawType, seen: ReadonlySet<string>): SchemaType {
  switch (raw.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'json':
      return { type: raw.type }
    case 'array':
      return { type: 'array', element: convert(raw.element!, seen) }
    case 'ref': {
      const id = raw.reference!.$ref
      if (seen.has(id)) return { type: 'json' }
      const definition = definitions.get(id)!
      const properties: Record<string, { type: SchemaType; required: boolean }> = {}
      for (const [name, p] of Object.entries(definition.properties)) {
        properties[name] = { type: convert(p.type, new Set([...seen, id])), required: p.required === true }
      }
      return { type: 'object', properties }
    }
    default:
      throw new Error(`unknown schema type ${raw.type}`)
  }
}

for (const event of db.schema.event.entities) {
  if (event.source !== 'aws.sagemaker' || !event.detailType.startsWith('SageMaker ')) continue
  const detail = convert({ type: 'ref', reference: event.rootProperty }, new Set())
  const dir = join('codegen/sources/events', eventSlug(event.detailType))
  mkdirSync(dir, { recursive: true })
  const body = { source: `${PACKAGE} ${version}`, detailType: event.detailType, detail }
  writeFileSync(join(dir, 'schema-registry.json'), `${JSON.stringify(body, null, 2)}\n`)
  console.log(`${dir}/schema-registry.json`)
}
