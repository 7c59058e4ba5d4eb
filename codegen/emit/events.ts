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
    "import { AwsApiCallViaCloudTrailEvent, type DeliveredRecord, type SafeDecodeResult, UnknownSageMakerEvent, decodeSnsRecords, decodeSqsRecords, safeDecode, sageMakerEventUnion } from '../../src/runtime.js'",
    ...imports,
    '',
    '/** Every SageMaker detail-type this version knows (for EventBridge rules, for instance). */',
    `export const sageMakerDetailTypes = [\n${events.map((e) => `  ${quote(e.detailType)},`).join('\n')}\n] as const`,
    'export type SageMakerDetailType = (typeof sageMakerDetailTypes)[number]',
    '',
    '/** Any SageMaker event: one variant per detail-type, and `UnknownSageMakerEvent` for the rest. */',
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

/** Every generated file under `generated/events/`. */
export function emitEvents(ir: IR, examples: ExampleDetails): Map<string, string> {
  const source = `// Source: ${ir.source}`
  const files = emitApi(ir, OUTPUT, [
    "export * from './SageMakerEvent.js'",
    "export { UnknownSageMakerEvent, isUnknownSageMakerEvent, failures, toApiEnumValue, type DeliveredRecord, type SageMakerEventEnvelope } from '../../src/events/index.js'",
    "export { AwsApiCallViaCloudTrailEvent, HIDDEN, isAwsApiCallViaCloudTrailEvent, isHidden, type CloudTrailUserIdentity, type Hidden, type SageMakerApiCallDetail, type SageMakerApiCallEnvelope } from '../../src/events/cloudtrail.js'",
  ])
  files.set(`${EVENTS_DIR}/SageMakerEvent.ts`, unionModule(ir, source))
  files.set(`${EVENTS_DIR}/testing.ts`, testingModule(ir, examples, source))
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
