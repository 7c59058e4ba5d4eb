import type { EventDefinition, IR } from '../ir/types.js'
import { type EmitOptions, HEADER, emitApi } from './modules.js'
import { quote } from './shapes.js'

/** Where generated event modules live. */
export const EVENTS_DIR = 'generated/events'
const OUTPUT: EmitOptions = { dir: EVENTS_DIR, runtime: { path: 'src/runtime' }, variants: 'roles' }


/** The first example detail of each detail-type, placeholders removed: the testing factory's base. */
export type ExampleDetails = ReadonlyMap<string, Record<string, unknown>>

function unionModule(ir: IR, source: string): string {
  const events = Object.values(ir.events ?? {}).sort((a, b) => (a.detailType < b.detailType ? -1 : 1))
  const imports = events.map((e) => `import { ${e.name}Event } from './${e.name}.js'`)
  return [
    HEADER,
    source,
    "import { type DeliveredRecord, type SafeDecodeResult, UnknownSageMakerEvent, decodeSnsRecords, decodeSqsRecords, safeDecode, sageMakerEventUnion } from '../../src/runtime.js'",
    ...imports,
    '',
    '/** Every SageMaker detail-type this version knows (for EventBridge rules, for instance). */',
    `export const sageMakerDetailTypes = [\n${events.map((e) => `  ${quote(e.detailType)},`).join('\n')}\n] as const`,
    'export type SageMakerDetailType = (typeof sageMakerDetailTypes)[number]',
    '',
    '/**',
    ' * Any SageMaker event: one variant per detail-type, and `UnknownSageMakerEvent` for the rest.',
    " * `switch (e['detail-type'])` and `if (e['detail-type'] === ...)` narrow it to the variant (the",
    " * unknown event's `detail-type` is typed `UnknownDetailType`, which no known detail-type matches).",
    ' */',
    `export type SageMakerEvent =\n${events.map((e) => `  | ${e.name}Event`).join('\n')}\n  | UnknownSageMakerEvent`,
    `export const SageMakerEvent = /*#__PURE__*/ sageMakerEventUnion<SageMakerEvent>('SageMakerEvent', {`,
    ...events.map((e) => `  ${quote(e.detailType)}: ${e.name}Event,`),
    '})',
    '',
    '/** Decodes any SageMaker event; an unknown detail-type decodes to `UnknownSageMakerEvent`. */',
    'export const decodeSageMakerEvent = (input: unknown): SafeDecodeResult<SageMakerEvent> => safeDecode(SageMakerEvent, input)',
    '',
    '/** Decodes the SageMaker events in an SQS Lambda event (EventBridge -> SQS, or -> SNS -> SQS), record by record. */',
    'export const decodeSageMakerSqsEvent = (event: unknown): Array<DeliveredRecord<SageMakerEvent>> => decodeSqsRecords(SageMakerEvent, event)',
    '',
    '/** Decodes the SageMaker events in an SNS Lambda event (EventBridge -> SNS), record by record. */',
    'export const decodeSageMakerSnsEvent = (event: unknown): Array<DeliveredRecord<SageMakerEvent>> => decodeSnsRecords(SageMakerEvent, event)',
    '',
  ].join('\n')
}

/**
 * A detail for the testing factory: the first documented example, or, for a detail-type known
 * only from the schema registry, its required string members with an example value.
 */
function baseDetail(ir: IR, event: EventDefinition, examples: ExampleDetails): Record<string, unknown> {
  const documented = examples.get(event.detailType)
  if (documented !== undefined) return documented
  const detail = ir.shapes[event.detail]
  const members = detail?.kind === 'structure' ? detail.members : []
  return Object.fromEntries(members.filter((m) => m.required && m.target.kind === 'string').map((m) => [m.name, `example-${m.name}`]))
}

function testingModule(ir: IR, examples: ExampleDetails, source: string): string {
  const events = Object.values(ir.events ?? {}).sort((a, b) => (a.detailType < b.detailType ? -1 : 1))
  const entries = events.map((e) => `  ${quote(e.detailType)}: ${JSON.stringify(baseDetail(ir, e, examples))},`)
  return [
    HEADER,
    source,
    "import { type SageMakerDetailType, sageMakerDetailTypes } from './SageMakerEvent.js'",
    '',
    '// One documented example detail per detail-type (placeholders removed).',
    `const DETAILS: Readonly<Record<SageMakerDetailType, Record<string, unknown>>> = {\n${entries.join('\n')}\n}`,
    '',
    '/** Envelope fields to set, and detail members to set or replace (`undefined` removes one). */',
    'export interface SageMakerEventOverrides {',
    '  readonly id?: string',
    '  readonly account?: string',
    '  readonly region?: string',
    '  /** ISO-8601 or epoch milliseconds as text, as EventBridge sends it. */',
    '  readonly time?: string',
    '  readonly resources?: readonly string[]',
    "  readonly 'replay-name'?: string",
    '  readonly detail?: Readonly<Record<string, unknown>>',
    '}',
    '',
    '/** A SageMaker event as a Lambda receives it (JSON), for tests. */',
    'export interface SageMakerEventJson {',
    '  readonly version: string',
    '  readonly id: string',
    "  readonly 'detail-type': SageMakerDetailType",
    "  readonly source: 'aws.sagemaker'",
    '  readonly account: string',
    '  readonly time: string',
    '  readonly region: string',
    '  readonly resources: readonly string[]',
    '  readonly detail: Record<string, unknown>',
    "  readonly 'replay-name'?: string",
    '}',
    '',
    '/**',
    ' * A valid event of any detail-type, built from the documented example, with overrides: what a',
    ' * handler under test receives. It decodes with `SageMakerEvent`.',
    ' */',
    'export function makeSageMakerEvent(detailType: SageMakerDetailType, overrides: SageMakerEventOverrides = {}): SageMakerEventJson {',
    '  if (!(sageMakerDetailTypes as readonly string[]).includes(detailType)) throw new TypeError(`unknown SageMaker detail-type ${JSON.stringify(detailType)}`)',
    '  const { detail: detailOverrides = {}, ...envelope } = overrides',
    '  const detail: Record<string, unknown> = structuredClone(DETAILS[detailType])',
    '  for (const [key, value] of Object.entries(detailOverrides)) {',
    '    if (value === undefined) delete detail[key]',
    '    else detail[key] = structuredClone(value)',
    '  }',
    '  return {',
    "    version: '0',",
    "    id: '00000000-0000-4000-8000-000000000000',",
    "    'detail-type': detailType,",
    "    source: 'aws.sagemaker',",
    "    account: '123456789012',",
    "    time: '2024-01-01T00:00:00Z',",
    "    region: 'us-east-1',",
    '    resources: [],',
    '    ...envelope,',
    '    detail,',
    '  }',
    '}',
    '',
  ].join('\n')
}

/** Where the type test of narrowing on `detail-type` is generated (type-checked with the tests). */
export const EVENT_NARROWING_TEST = 'test/types/generated/event-narrowing.test-d.ts'

/**
 * A type test: `switch` and `===` on `detail-type` narrow a `SageMakerEvent` to each known
 * variant and its detail, and `default` leaves only `UnknownSageMakerEvent` (so every known
 * detail-type has its case).
 */
function narrowingTest(ir: IR, source: string): string {
  const events = Object.values(ir.events ?? {}).sort((a, b) => (a.detailType < b.detailType ? -1 : 1))
  return [
    HEADER,
    source,
    "import { expectTypeOf } from 'vitest'",
    "import type * as events from '../../../generated/events/index.js'",
    '',
    "/** `switch` on `detail-type`: each case is its variant; `default` is only the unknown event. */",
    'export function narrowsBySwitch(e: events.SageMakerEvent): void {',
    "  switch (e['detail-type']) {",
    ...events.flatMap((e) => [
      `    case ${quote(e.detailType)}:`,
      `      expectTypeOf(e).toEqualTypeOf<events.${e.name}Event>()`,
      `      expectTypeOf(e.detail).toEqualTypeOf<events.${e.name}Detail>()`,
      '      break',
    ]),
    '    default:',
    '      expectTypeOf(e).toEqualTypeOf<events.UnknownSageMakerEvent>()',
    '      expectTypeOf(e.detail).toEqualTypeOf<Record<string, unknown>>()',
    "      expectTypeOf(e['detail-type']).toExtend<string>()",
    '  }',
    '}',
    '',
    "/** `===` on `detail-type`, one detail-type at a time. */",
    'export function narrowsByEquality(e: events.SageMakerEvent): void {',
    ...events.map((e) => `  if (e['detail-type'] === ${quote(e.detailType)}) expectTypeOf(e).toEqualTypeOf<events.${e.name}Event>()`),
    '}',
    '',
  ].join('\n')
}

/** How a detail is typed, in a word: `example` (with the schema registry and the API where known), `schema`, `api` or `open`. */
export function detailTyping(event: EventDefinition): 'example' | 'schema' | 'api' | 'open' {
  const from = event.typedFrom
  if (from === undefined || from.examples > 0) return 'example'
  return from.schema ? 'schema' : from.api !== undefined ? 'api' : 'open'
}

/** `generated/events/typing.ts`: how each detail-type's detail is typed (for the demo; not in the package's index). */
function typingModule(ir: IR, source: string): string {
  const events = Object.values(ir.events ?? {}).sort((a, b) => (a.detailType < b.detailType ? -1 : 1))
  const api = (e: EventDefinition): string => (e.typedFrom?.api === undefined ? '' : `, api: ${quote(e.typedFrom.api.replace(/(Response|Output)$/, ''))}`)
  return [
    HEADER,
    source,
    "import type { SageMakerDetailType } from './SageMakerEvent.js'",
    '',
    '/**',
    ' * How each detail-type\'s detail is typed: `example` = from example payloads (with the schema',
    ' * registry and the API operation, when known), `schema` = from the schema registry (and the API),',
    ' * `api` = from the API operation\'s response alone (no example published), `open` = an open record.',
    ' */',
    "export const detailTypings: Readonly<Record<SageMakerDetailType, { readonly typed: 'example' | 'schema' | 'api' | 'open'; readonly examples: number; readonly api?: string }>> = {",
    ...events.map((e) => `  ${quote(e.detailType)}: { typed: ${quote(detailTyping(e))}, examples: ${e.typedFrom?.examples ?? 0}${api(e)} },`),
    '}',
    '',
  ].join('\n')
}

/** Every generated file under `generated/events/`. */
export function emitEvents(ir: IR, examples: ExampleDetails): Map<string, string> {
  const source = `// Source: ${ir.source}`
  const files = emitApi(ir, OUTPUT, [
    "export * from './SageMakerEvent.js'",
    "export { UnknownSageMakerEvent, isUnknownSageMakerEvent, type UnknownDetailType, failures, toApiEnumValue, type DeliveredRecord, type SageMakerEventEnvelope } from '../../src/events/index.js'",
  ])
  files.set(`${EVENTS_DIR}/SageMakerEvent.ts`, unionModule(ir, source))
  files.set(`${EVENTS_DIR}/testing.ts`, testingModule(ir, examples, source))
  files.set(EVENT_NARROWING_TEST, narrowingTest(ir, source))
  files.set(`${EVENTS_DIR}/typing.ts`, typingModule(ir, source))
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
