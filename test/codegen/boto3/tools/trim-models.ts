// Copies the botocore models of the boto3 fixture pages into test/fixtures/boto3/models/,
// trimmed to what the fixture operations reach, with every `documentation` field dropped (AWS's
// prose stays out of the project). Run by hand when the pinned botocore commit changes:
//
//   npx tsx test/codegen/boto3/tools/trim-models.ts <botocore>/botocore/data
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURE_OPERATIONS, MODELS_DIR, type ModelShape } from '../fixture-models.js'

const [data] = process.argv.slice(2)
if (data === undefined) {
  console.error('usage: trim-models <botocore data folder>')
  process.exit(2)
}

const DROPPED = new Set(['documentation', 'documentationUrl', 'deprecatedMessage', 'errors', 'examples'])
const strip = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(strip)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).filter(([k]) => !DROPPED.has(k)).map(([k, v]) => [k, strip(v)]))
}

for (const [service, operations] of Object.entries(FIXTURE_OPERATIONS)) {
  const [version] = readdirSync(join(data, service)).sort().reverse()
  const model = JSON.parse(readFileSync(join(data, service, version!, 'service-2.json'), 'utf8')) as {
    metadata: Record<string, unknown>
    operations: Record<string, { input?: { shape: string }; output?: { shape: string } }>
    shapes: Record<string, ModelShape>
  }
  const reached = new Set<string>()
  const reach = (name: string): void => {
    if (reached.has(name)) return
    reached.add(name)
    const shape = model.shapes[name]!
    for (const m of Object.values(shape.members ?? {})) reach(m.shape)
    for (const m of [shape.member, shape.key, shape.value]) if (m !== undefined) reach(m.shape)
  }
  const ops = Object.fromEntries(operations.map((op) => [op, strip(model.operations[op])]))
  for (const op of operations) {
    const { input, output } = model.operations[op]!
    if (input !== undefined) reach(input.shape)
    if (output !== undefined) reach(output.shape)
  }
  const shapes = Object.fromEntries([...reached].sort().map((name) => [name, strip(model.shapes[name])]))
  const trimmed = { metadata: strip(model.metadata), operations: ops, shapes }
  writeFileSync(new URL(`${service}.json`, MODELS_DIR), `${JSON.stringify(trimmed, null, 1)}\n`)
  console.log(`${service}/${version}: ${operations.length} operations, ${reached.size} shapes`)
}
