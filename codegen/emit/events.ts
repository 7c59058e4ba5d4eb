import type { ResourceSources } from '../../src/events/testing.js'
import { EVENT_RESOURCES } from '../overlays/event-resources.js'
import type { EventDefinition, IR, Member, TypeRef } from '../ir/types.js'
import { type EmitOptions, HEADER, emitApi } from './modules.js'
import { quote } from './shapes.js'

/** Where generated event modules live. */
export const EVENTS_DIR = 'generated/events'
const OUTPUT: EmitOptions = { dir: EVENTS_DIR, runtime: { path: 'src/runtime' }, variants: 'roles' }


/** The first example detail of each detail-type, placeholders removed: the testing factory's base. */
export type ExampleDetails = ReadonlyMap<string, Record<string, unknown>>
/** The first example's `resources` of each detail-type (none with placeholders). */
export type ExampleResources = ReadonlyMap<string, readonly string[]>

/** The first example's `resources` of each detail-type, from the examples as read (any order). */
export function exampleResources(events: Iterable<unknown>): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>()
  for (const event of events) {
    if (typeof event !== 'object' || event === null) continue
    const { 'detail-type': detailType, resources } = event as Record<string, unknown>
    if (typeof detailType !== 'string' || out.has(detailType) || !Array.isArray(resources)) continue
    if (resources.every((r): r is string => typeof r === 'string' && r.startsWith('arn:') && !r.includes('<'))) out.set(detailType, resources)
  }
  return out
}

function unionModule(ir: IR, source: string): string {
  const events = Object.values(ir.events ?? {}).sort((a, b) => (a.detailType < b.detailType ? -1 : 1))
  const imports = events.map((e) => `import { ${e.name}Event } from './${e.name}.js'`)
  return [
    HEADER,
    source,
    "import { AwsApiCallViaCloudTrailEvent, type DeliveredRecord, type SafeDecodeResult, UnknownSageMakerEvent, decodeSnsRecords, decodeSqsRecords, safeDecode, sageMakerEventUnion } from '../../src/runtime.js'",
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
    // API calls CloudTrail delivers: requestParameters and responseElements as records here, so
    // that this union does not bring every operation's shapes (typed: events/cloudtrail).
    `export type SageMakerEvent =\n${events.map((e) => `  | ${e.name}Event`).join('\n')}\n  | AwsApiCallViaCloudTrailEvent\n  | UnknownSageMakerEvent`,
    `export const SageMakerEvent = /*#__PURE__*/ sageMakerEventUnion<SageMakerEvent>('SageMakerEvent', {`,
    ...events.map((e) => `  ${quote(e.detailType)}: ${e.name}Event,`),
    "  'AWS API Call via CloudTrail': AwsApiCallViaCloudTrailEvent,",
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

/** An example value of a required member, as an event would carry it (a name for a text). */
function exampleValue(ir: IR, name: string, target: TypeRef, depth = 0): unknown {
  switch (target.kind) {
    case 'string': {
      // An ARN member's pattern names its resource type (`...:[0-9]{12}:monitoring-schedule/.*`).
      const type = /:\[0-9\]\{12\}:([a-z][a-z-]*)\//.exec(target.constraints?.pattern ?? '')?.[1]
      return type === undefined ? `example-${name}` : `arn:aws:sagemaker:us-east-1:123456789012:${type}/example`
    }
    case 'integer':
    case 'number':
      return 0
    case 'boolean':
      return false
    case 'timestamp':
      return '2024-01-01T00:00:00Z'
    case 'blob':
      return ''
    case 'document':
    case 'map':
      return {}
    case 'list':
      return []
    case 'ref': {
      const shape = ir.shapes[target.name]
      if (shape?.kind === 'enum') return shape.values[0]
      if (shape?.kind !== 'structure' || depth > 8) return {}
      return requiredMembers(ir, shape.members, depth + 1)
    }
  }
}

function requiredMembers(ir: IR, members: readonly Member[], depth = 0): Record<string, unknown> {
  return Object.fromEntries(members.filter((m) => m.required).map((m) => [m.name, exampleValue(ir, m.name, m.target, depth)]))
}

/**
 * An example's placeholders inside text (`arn:aws:sagemaker:<<region>>:<<account>>:pipeline/...`,
 * `<hostingAccountId>`) replaced by the factory's region and account, or `example`: the
 * factory's events hold real ARNs.
 */
function withoutPlaceholders(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.replace(/<<?([A-Za-z][\w -]*)>>?/g, (_all, name: string) => (/region/i.test(name) ? 'us-east-1' : /account/i.test(name) ? '123456789012' : 'example'))
  }
  if (Array.isArray(value)) return value.map(withoutPlaceholders)
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutPlaceholders(v)]))
  return value
}

/**
 * A detail for the testing factory: the first documented example (placeholders filled in), or, for a detail-type known
 * only from a schema or the API, an example value for each required member.
 */
function baseDetail(ir: IR, event: EventDefinition, examples: ExampleDetails): Record<string, unknown> {
  const documented = examples.get(event.detailType)
  if (documented !== undefined) return withoutPlaceholders(documented) as Record<string, unknown>
  const detail = ir.shapes[event.detail]
  return detail?.kind === 'structure' ? requiredMembers(ir, detail.members) : {}
}

function resourceSources(ir: IR, event: EventDefinition, exampleResources: ExampleResources): ResourceSources {
  const example = [...(exampleResources.get(event.detailType) ?? [])]
  const overlay = EVENT_RESOURCES[event.detailType]
  if (overlay !== undefined) {
    return {
      from: overlay.map((r) => ({
        ...(r.arn === undefined ? {} : { arn: r.arn.split('.') }),
        ...(r.name === undefined || r.type === undefined ? {} : { name: r.name.split('.'), type: r.type }),
      })),
      example,
    }
  }
  // No entry: the identity (required) members that hold an ARN.
  const detail = ir.shapes[event.detail]
  const members = detail?.kind === 'structure' ? detail.members : []
  const arns = members.filter((m) => m.required && m.target.kind === 'string' && /arn$/i.test(m.name))
  return { from: arns.map((m) => ({ arn: [m.name] })), example }
}

function testingModule(ir: IR, examples: ExampleDetails, exampleResources: ExampleResources, source: string): string {
  const events = Object.values(ir.events ?? {}).sort((a, b) => (a.detailType < b.detailType ? -1 : 1))
  const entries = events.map((e) => `  ${quote(e.detailType)}: ${JSON.stringify(baseDetail(ir, e, examples))},`)
  const resources = events.map((e) => `  ${quote(e.detailType)}: ${JSON.stringify(resourceSources(ir, e, exampleResources))},`)
  const details = events.map((e) => `  ${quote(e.detailType)}: ${e.name}Event['detail']`)
  return [
    HEADER,
    source,
    "import { type EventBridgeJson, type ResourceSources, type SageMakerEnvelopeOverrides, buildSageMakerEvent } from '../../src/events/testing.js'",
    `import type {\n${events.map((e) => `  ${e.name}Event,`).join('\n')}\n} from './index.js'`,
    "import { type SageMakerDetailType, sageMakerDetailTypes } from './SageMakerEvent.js'",
    '',
    'export type { EventBridgeJson, SageMakerEnvelopeOverrides }',
    '',
    '// One documented example detail per detail-type (placeholders removed).',
    `const DETAILS: Readonly<Record<SageMakerDetailType, Record<string, unknown>>> = {\n${entries.join('\n')}\n}`,
    '',
    "// Where `resources` come from (codegen/overlays/event-resources.ts, else the identity ARNs).",
    `const RESOURCES: Readonly<Record<SageMakerDetailType, ResourceSources>> = {\n${resources.join('\n')}\n}`,
    '',
    '/** The decoded detail of each detail-type. */',
    `export interface SageMakerEventDetails {\n${details.join('\n')}\n}`,
    '',
    '/** The detail of a `T` event as EventBridge sends it. */',
    'export type SageMakerDetailJson<T extends SageMakerDetailType> = EventBridgeJson<SageMakerEventDetails[T]>',
    '',
    '/** Detail members to set or replace, in their JSON form; `undefined` removes one. */',
    'export type SageMakerDetailOverrides<T extends SageMakerDetailType> = {',
    '  readonly [K in keyof SageMakerDetailJson<T>]?: SageMakerDetailJson<T>[K] | undefined',
    '}',
    '',
    '/** Envelope fields to set, and detail members of a `T` event to set or replace (`undefined` removes one). */',
    'export type SageMakerEventOverrides<T extends SageMakerDetailType = SageMakerDetailType> = T extends SageMakerDetailType',
    '  ? SageMakerEnvelopeOverrides & { readonly detail?: SageMakerDetailOverrides<T> }',
    '  : never',
    '',
    '/** A `T` event as a Lambda receives it (JSON), for tests. */',
    'export type SageMakerEventJson<T extends SageMakerDetailType = SageMakerDetailType> = T extends SageMakerDetailType',
    '  ? {',
    '      readonly version: string',
    '      readonly id: string',
    "      readonly 'detail-type': T",
    "      readonly source: 'aws.sagemaker'",
    '      readonly account: string',
    '      readonly time: string',
    '      readonly region: string',
    '      readonly resources: readonly string[]',
    '      readonly detail: SageMakerDetailJson<T>',
    "      readonly 'replay-name'?: string",
    '    }',
    '  : never',
    '',
    '/**',
    ' * A valid event of one detail-type, built from the documented example, with overrides: what a',
    ' * handler under test receives. Detail overrides are typed by the detail-type (a misspelt member',
    " * does not compile); `resources` holds the event's resource ARNs, read from the detail or built",
    ' * from its names the way AWS builds them. It decodes with `SageMakerEvent` to its own variant.',
    ' */',
    'export function makeSageMakerEvent<T extends SageMakerDetailType>(detailType: T, overrides?: SageMakerEventOverrides<T>): SageMakerEventJson<T>',
    'export function makeSageMakerEvent(detailType: SageMakerDetailType, overrides: SageMakerEnvelopeOverrides & { readonly detail?: Readonly<Record<string, unknown>> } = {}): SageMakerEventJson {',
    '  if (!(sageMakerDetailTypes as readonly string[]).includes(detailType)) throw new TypeError(`unknown SageMaker detail-type ${JSON.stringify(detailType)}`)',
    '  return buildSageMakerEvent(detailType, DETAILS[detailType], RESOURCES[detailType], overrides) as SageMakerEventJson',
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
    "    case 'AWS API Call via CloudTrail':",
    '      expectTypeOf(e).toEqualTypeOf<events.AwsApiCallViaCloudTrailEvent>()',
    '      break',
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
    "  if (e['detail-type'] === 'AWS API Call via CloudTrail') expectTypeOf(e).toEqualTypeOf<events.AwsApiCallViaCloudTrailEvent>()",
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
export function emitEvents(ir: IR, examples: ExampleDetails, resources: ExampleResources = new Map()): Map<string, string> {
  const source = `// Source: ${ir.source}`
  const files = emitApi(ir, OUTPUT, [
    "export * from './SageMakerEvent.js'",
    "export { UnknownSageMakerEvent, isUnknownSageMakerEvent, type UnknownDetailType, failures, toApiEnumValue, type DeliveredRecord, type SageMakerEventEnvelope } from '../../src/events/index.js'",
    "export { AwsApiCallViaCloudTrailEvent, HIDDEN, isAwsApiCallViaCloudTrailEvent, isHidden, type CloudTrailUserIdentity, type Hidden, type SageMakerApiCallDetail, type SageMakerApiCallEnvelope } from '../../src/events/cloudtrail.js'",
  ])
  files.set(`${EVENTS_DIR}/SageMakerEvent.ts`, unionModule(ir, source))
  files.set(`${EVENTS_DIR}/testing.ts`, testingModule(ir, examples, resources, source))
  files.set(EVENT_NARROWING_TEST, narrowingTest(ir, source))
  files.set(`${EVENTS_DIR}/typing.ts`, typingModule(ir, source))
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
