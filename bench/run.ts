// npm run bench: speed, bundle size and cold start of our codecs against peers, in one run.
// Prints a table of ratios, writes bench/results.json and bench/results.svg.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import { build } from 'esbuild'
import * as t from 'io-ts'
import { z } from 'zod'
import { eventIR, publishedIR } from '../codegen/generate.js'
import type { IR, TypeRef } from '../codegen/ir/types.js'
import { effectiveConstraints } from '../codegen/emit/constraints.js'
import * as api from '../generated/api/index.js'
import * as events from '../generated/events/index.js'
import * as hand from './hand.js'
import { generatedSize } from './generated-size.js'
import { ROUNDS, createProcessingJob, opsPerSecond, processingEvent, searchResponse, trainingEvent } from './payloads.js'
import { ioTs, ioTsDate, jsonSchema, zod } from './peers.js'

const benchDir = dirname(fileURLToPath(import.meta.url))
const root = dirname(benchDir)
const work = join(benchDir, '.work')
mkdirSync(work, { recursive: true })

// ---- contenders --------------------------------------------------------------------------------
const api_ = publishedIR(root)
const ev = eventIR(root, api_).ir
type Mode = 'strict' | 'lenient'
interface Case {
  readonly name: string
  readonly payload: unknown
  readonly ours: t.Mixed
  readonly ir: IR
  readonly shape: string
  readonly mode: Mode
  readonly envelope?: string
  readonly hand?: (u: any) => boolean
}

const cases: Case[] = [
  {
    name: 'Training Job event',
    payload: trainingEvent,
    ours: events.TrainingJobStateChangeEvent,
    ir: ev,
    shape: 'TrainingJobStateChangeDetail',
    mode: 'lenient',
    envelope: 'SageMaker Training Job State Change',
    hand: hand.trainingJobEvent,
  },
  { name: 'Processing Job event', payload: processingEvent, ours: events.ProcessingJobStateChangeEvent, ir: ev, shape: 'ProcessingJobStateChangeDetail', mode: 'lenient', envelope: 'SageMaker Processing Job State Change' },
  {
    name: 'CreateProcessingJob request',
    payload: createProcessingJob,
    ours: api.CreateProcessingJobRequest,
    ir: api_,
    shape: 'CreateProcessingJobRequest',
    mode: 'strict',
    hand: hand.createProcessingJobRequest(new Set((api_.shapes['ProcessingInstanceType'] as unknown as { values: string[] }).values), rulesOf(api_, ['CreateProcessingJobRequest', 'AppSpecification', 'ProcessingClusterConfig'])),
  },
  { name: 'Search response, 100 training jobs', payload: searchResponse, ours: api.SearchResponse, ir: api_, shape: 'SearchResponse', mode: 'lenient' },
]

/** The constraints the strict codecs check, by `Shape.Member` (`{}` a map's keys, `[]` its size), for the hand guard. */
function rulesOf(ir: IR, shapes: readonly string[]): Record<string, hand.Rule> {
  const rule = (ref: TypeRef): hand.Rule | undefined => {
    const c = effectiveConstraints(ref)
    return c === undefined ? undefined : { min: c.min, max: c.max, pattern: c.pattern === undefined ? undefined : new RegExp(c.pattern, 'u') }
  }
  const out: Record<string, hand.Rule> = {}
  for (const name of shapes) {
    const shape = ir.shapes[name]
    if (shape?.kind !== 'structure') continue
    for (const m of shape.members) {
      const target = m.target
      const set = (suffix: string, r: hand.Rule | undefined): void => {
        if (r !== undefined) out[`${name}.${m.name}${suffix}`] = r
      }
      if (target.kind !== 'map') set('', rule(target))
      else {
        set('', rule(target.value))
        set('{}', rule(target.key))
        set('[]', rule(target))
      }
    }
  }
  return out
}

function withEnvelope<S>(c: Case, detailSchema: S, wrap: (detail: S) => S): S {
  return c.envelope === undefined ? detailSchema : wrap(detailSchema)
}

// ---- measuring ---------------------------------------------------------------------------------
const results: Record<string, Record<string, number>> = {}
for (const c of cases) {
  const date = z.union([z.string(), z.number(), z.date()])
  const zodDetail = zod(c.ir, c.shape, c.mode)
  const zodSchema = withEnvelope(c, zodDetail, (d) =>
    z.looseObject({ version: z.string(), id: z.string(), 'detail-type': z.literal(c.envelope!), source: z.string(), account: z.string(), time: date, region: z.string(), resources: z.array(z.string()), detail: d }),
  )
  const compiled = z.compile(zodSchema as z.ZodObject)
  const ajv = new Ajv({ allErrors: false, strict: false })
  const schema = jsonSchema(c.ir, c.shape, c.mode) as { $ref: string; definitions: object }
  const ajvValidate = ajv.compile(
    c.envelope === undefined
      ? schema
      : { type: 'object', required: ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail'], properties: { detail: { $ref: schema.$ref }, time: { type: ['string', 'number'] }, resources: { type: 'array', items: { type: 'string' } } }, definitions: schema.definitions },
  )
  const ioTsSchema = withEnvelope(c, ioTs(c.ir, c.shape, c.mode), (d) =>
    t.type({ version: t.string, id: t.string, 'detail-type': t.literal(c.envelope!), source: t.string, account: t.string, time: ioTsDate, region: t.string, resources: t.array(t.string), detail: d }),
  )
  const decoded = (c.ours.decode(c.payload) as { right: unknown }).right
  const plainDecoded = (ioTsSchema.decode(c.payload) as { right?: unknown }).right
  const row: Record<string, number> = {
    'ours: is': opsPerSecond(() => c.ours.is(decoded)),
    'ours: decode': opsPerSecond(() => c.ours.decode(c.payload)),
    'plain io-ts: is': opsPerSecond(() => ioTsSchema.is(plainDecoded)),
    'plain io-ts: decode': opsPerSecond(() => ioTsSchema.decode(c.payload)),
    'zod 4: safeParse': opsPerSecond(() => zodSchema.safeParse(c.payload)),
    'zod 4: z.compile safeParse': opsPerSecond(() => compiled.safeParse(c.payload)),
    'ajv: validate': opsPerSecond(() => ajvValidate(c.payload)),
  }
  if (c.hand !== undefined) row['hand-written guard'] = opsPerSecond(() => c.hand!(c.payload))
  for (const [who, ok] of [['ours', c.ours.is(decoded)], ['ajv', ajvValidate(c.payload)], ['zod', zodSchema.safeParse(c.payload).success], ['io-ts', plainDecoded !== undefined], ['hand', c.hand?.(c.payload) ?? true]] as const) {
    if (!ok) throw new Error(`${c.name}: ${who} rejects the payload`)
  }
  results[c.name] = row
}

// ---- without code generation ---------------------------------------------------------------------
// Where `new Function` is not allowed, the same codecs check and decode by walking their nodes.
const interpreted = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', 'tsx', join(benchDir, 'interpreter.ts')], { encoding: 'utf8', cwd: root })
if (interpreted.status !== 0) throw new Error(`bench/interpreter.ts: ${interpreted.stderr}`)
for (const [name, row] of Object.entries(JSON.parse(interpreted.stdout) as Record<string, { is: number; decode: number }>)) {
  results[name]!['ours, no code generation: is'] = row.is
  results[name]!['ours, no code generation: decode'] = row.decode
}

// ---- bundle size and cold start -------------------------------------------------------------------
async function bundle(name: string, contents: string): Promise<{ bytes: number; file: string }> {
  const out = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'node', mainFields: ['module', 'main'], minify: true, logLevel: 'silent' })
  const file = join(work, `${name}.mjs`)
  writeFileSync(file, out.outputFiles[0]!.text)
  return { bytes: out.outputFiles[0]!.contents.length, file }
}
const event = JSON.stringify(trainingEvent)
// Sizes: what a Lambda ships (a handler, no payload inside). Cold start: the same import plus a
// decode of the seed event, run as a fresh process.
const oneEvent = await bundle('one-event-size', `import { TrainingJobStateChangeEvent } from './generated/events/index.js'\nimport { safeDecode } from './src/index.js'\nexport const handler = async (e) => safeDecode(TrainingJobStateChangeEvent, e)`)
const wholeUnion = await bundle('union-size', `import { decodeSageMakerEvent } from './generated/events/index.js'\nexport const handler = async (e) => decodeSageMakerEvent(e)`)
const floor = await bundle('io-ts-floor', `import * as t from 'io-ts'\nconst C = t.type({ a: t.string })\nexport const handler = async (e) => C.decode(e)`)
// A Lambda that switches over a few detail-types (the whole union, and the guards it uses).
const fewTypes = await bundle('few-types-size', `import { decodeSageMakerEvent, isTrainingJobStateChangeEvent, isEndpointStateChangeEvent } from './generated/events/index.js'\nexport const handler = async (e) => { const r = decodeSageMakerEvent(e); if (!r.success) return; if (isTrainingJobStateChangeEvent(r.data)) return r.data.detail.TrainingJobName; if (isEndpointStateChangeEvent(r.data)) return r.data.detail.EndpointName }`)
const strictRequest = await bundle('request-size', `import { CreateTrainingJobRequest } from './generated/api/CreateTrainingJob.js'\nimport { safeDecode } from './src/index.js'\nexport const handler = async (e) => safeDecode(CreateTrainingJobRequest, e)`)
const generated = generatedSize()
const oursRun = await bundle('one-event', `import { TrainingJobStateChangeEvent } from './generated/events/index.js'\nimport { safeDecode } from './src/index.js'\nconsole.log(safeDecode(TrainingJobStateChangeEvent, ${event}).success)`)
// The same hand-written guard the speed table measures, so both comparisons are with one thing.
const handOnly = await bundle('hand', `import { trainingJobEvent } from './bench/hand.ts'\nconsole.log(trainingJobEvent(${event}))`)
function coldStart(file: string): number {
  const times: number[] = []
  for (let i = 0; i < 9; i++) {
    const start = performance.now()
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8' })
    if (r.stdout.trim() !== 'true') throw new Error(`${file}: ${r.stdout}${r.stderr}`)
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[4]!
}
const cold = { ours: coldStart(oursRun.file), hand: coldStart(handOnly.file) }

// ---- report ------------------------------------------------------------------------------------
const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100
// Targets (issues 13 and 14): events `is` >= 1.2x ajv, decode >= 10x zod and >= 15x plain io-ts;
// the strict request's decode >= 1.5x ajv compiled with the same constraints.
const ratios: Array<{ name: string; value: number; target: number; higherIsBetter: boolean }> = []
for (const [name, row] of Object.entries(results)) {
  const request = name.includes('request')
  const event = name.includes('event')
  ratios.push({ name: `${name}: is vs ajv`, value: ratio(row['ours: is']!, row['ajv: validate']!), target: request ? 1 : 1.2, higherIsBetter: true })
  if (request) ratios.push({ name: `${name}: decode vs ajv (same constraints)`, value: ratio(row['ours: decode']!, row['ajv: validate']!), target: 1.5, higherIsBetter: true })
  if (row['hand-written guard'] !== undefined) ratios.push({ name: `${name}: is vs hand guard`, value: ratio(row['ours: is']!, row['hand-written guard']!), target: 0.7, higherIsBetter: true })
  // The events' targets are issue 13's; the others keep issue 6's (their peers check no constraints).
  ratios.push({ name: `${name}: decode vs zod safeParse`, value: ratio(row['ours: decode']!, row['zod 4: safeParse']!), target: event ? 10 : 5, higherIsBetter: true })
  ratios.push({ name: `${name}: decode vs plain io-ts`, value: ratio(row['ours: decode']!, row['plain io-ts: decode']!), target: event ? 15 : 10, higherIsBetter: true })
  // Where code generation is not allowed: the interpreter against zod (which compiles, here).
  ratios.push({ name: `${name}: decode, no code generation, vs zod safeParse`, value: ratio(row['ours, no code generation: decode']!, row['zod 4: safeParse']!), target: 1, higherIsBetter: true })
}
const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10
ratios.push({ name: 'one-event Lambda, KB minified', value: kb(oneEvent.bytes), target: 16, higherIsBetter: false })
ratios.push({ name: 'whole-union Lambda, KB minified', value: kb(wholeUnion.bytes), target: 60, higherIsBetter: false })
ratios.push({ name: 'CreateTrainingJob request check, KB minified', value: kb(strictRequest.bytes), target: 20, higherIsBetter: false })
ratios.push({ name: 'generated/ code (no comments), MB', value: Math.round(generated.codeBytes / 1e4) / 100, target: 1.5, higherIsBetter: false })
ratios.push({ name: 'cold start vs hand guard', value: ratio(cold.ours, cold.hand), target: 1.2, higherIsBetter: false })

const pad = (s: string, n: number): string => s.padEnd(n)
for (const [name, row] of Object.entries(results)) {
  console.log(`\n${name} (ops/s, median of ${ROUNDS})`)
  for (const [k, v] of Object.entries(row)) console.log(`  ${pad(k, 28)} ${Math.round(v).toLocaleString('en-US').padStart(14)}`)
}
console.log(`\nbundles (minified): one event ${oneEvent.bytes} B, whole union ${wholeUnion.bytes} B, a few detail-types ${fewTypes.bytes} B, CreateTrainingJob request ${strictRequest.bytes} B (io-ts alone: ${floor.bytes} B)`)
console.log(`generated/: ${(generated.bytes / 1e6).toFixed(2)} MB, ${(generated.codeBytes / 1e6).toFixed(2)} MB without comments`)
console.log(`cold start (median of 9): ours ${cold.ours.toFixed(1)} ms, hand-written ${cold.hand.toFixed(1)} ms`)
console.log('\nratio                                                        value  target')
for (const r of ratios) {
  const ok = r.higherIsBetter ? r.value >= r.target : r.value <= r.target
  console.log(`  ${pad(r.name, 58)} ${String(r.value).padStart(7)}  ${r.higherIsBetter ? '>=' : '<='} ${r.target} ${ok ? 'met' : 'MISSED'}`)
}
writeFileSync(
  join(benchDir, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), node: process.version, results, bundles: { oneEvent: oneEvent.bytes, wholeUnion: wholeUnion.bytes, fewDetailTypes: fewTypes.bytes, createTrainingJobRequest: strictRequest.bytes, ioTsFloor: floor.bytes }, generated, coldStartMs: cold, ratios }, null, 2)}\n`,
)

// One bar per ratio, scaled to its target (the line at 1.0); green where the target is met.
const width = 760
const rowHeight = 22
const svgRows = ratios.map((r, i) => {
  const score = r.higherIsBetter ? r.value / r.target : r.target / r.value
  const bar = Math.max(2, Math.min(1, score / 2) * 360)
  const ok = score >= 1
  const y = 30 + i * rowHeight
  return `<text x="8" y="${y + 14}" font-size="11">${r.name.replace(/&/g, '&amp;')}</text><rect x="380" y="${y + 3}" width="${bar.toFixed(1)}" height="14" fill="${ok ? '#2e7d32' : '#c62828'}"/><text x="${(385 + bar).toFixed(1)}" y="${y + 14}" font-size="11">${r.value} (target ${r.higherIsBetter ? '>=' : '<='} ${r.target})</text>`
})
const height = 40 + ratios.length * rowHeight
writeFileSync(
  join(benchDir, 'results.svg'),
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif"><text x="8" y="18" font-size="13">sagemaker-shapes: measured against targets (bar length: share of target, the line is the target)</text><line x1="560" y1="26" x2="560" y2="${height}" stroke="#555" stroke-dasharray="3,3"/>${svgRows.join('')}</svg>\n`,
)
