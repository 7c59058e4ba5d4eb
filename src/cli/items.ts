import { basename, dirname } from 'node:path'
import {
  type DeliveredRecord,
  decodeSageMakerEvent,
  decodeSageMakerSnsEvent,
  decodeSageMakerSqsEvent,
  isUnknownSageMakerEvent,
  type SageMakerEvent,
} from '../../generated/events/index.js'
import { safeDecode } from '../decode.js'
import type { IssueCode } from '../issues.js'
import { describeValue, isRecord } from '../primitives/describe.js'
import type { ApiCatalog } from './api-catalog.js'

/** Problems with the input itself rather than with a decoded value. */
export type InputIssueCode = 'invalid_json' | 'duplicate_key' | 'unrecognized_input' | 'too_large' | 'unknown_detail_type'

/** An issue from decoding, or one about the input's text, which then has a line and column. */
export interface CheckIssue {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
  readonly code: IssueCode | InputIssueCode
  readonly expected?: string
  readonly received?: string
  readonly suggestion?: string
  readonly line?: number
  readonly column?: number
}

/** `unparsed`: not JSON; `unrecognized`: JSON, but neither an event nor an operation's object. */
export type ItemKind = 'event' | 'request' | 'response' | 'unrecognized' | 'unparsed'

/** The verdict on one checked thing: a file, a line of a stream, or a record inside either. */
export interface CheckedItem {
  /** The file as given on the command line (joined with its folder), or `-` for standard input. */
  readonly source: string
  /** 1-based line of a newline-delimited stream. */
  readonly line?: number | undefined
  /** Where inside the document or line: `Records[2]` of a Lambda SQS event, `[3]` of an array. */
  readonly at?: string | undefined
  readonly kind: ItemKind
  /** The event's detail-type or the operation. */
  readonly name: string
  readonly issues: readonly CheckIssue[]
  /** Worth knowing, but no reason to fail: a duplicate key, a detail-type this version does not know. */
  readonly warnings?: readonly CheckIssue[] | undefined
}

export interface CheckTarget {
  /** `--op`: check everything that is not an event as this operation. */
  readonly operation?: string | undefined
  /** `--response`: check against `<Op>Response` instead of `<Op>Request`. */
  readonly response: boolean
}

export interface Place {
  readonly source: string
  readonly line?: number | undefined
}

const MAX_NAME = 100
const UNKNOWN_DETAIL_TYPE: CheckIssue = {
  path: ['detail-type'],
  message: 'not known to this version: decoded as UnknownSageMakerEvent, its detail unchecked',
  code: 'unknown_detail_type',
}

const shortName = (value: unknown): string => (typeof value === 'string' ? value.slice(0, MAX_NAME) : '(no detail-type)')

// Whatever its type: a `detail-type` that is not a string is an issue the event codec reports.
function looksLikeEvent(value: Record<string, unknown>): boolean {
  return 'detail-type' in value && ('source' in value || 'detail' in value)
}

/** Which Lambda delivery a `{ Records: [...] }` object is, judged by its first record. */
function deliveryOf(value: Record<string, unknown>): 'SQS' | 'SNS' | undefined {
  const records = value.Records
  if (!Array.isArray(records)) return undefined
  const first: unknown = records[0]
  if (!isRecord(first)) return undefined
  if (first.eventSource === 'aws:sqs' || (typeof first.body === 'string' && 'messageId' in first)) return 'SQS'
  if (first.EventSource === 'aws:sns' || isRecord(first.Sns)) return 'SNS'
  return undefined
}

const NO_ISSUES: readonly CheckIssue[] = Object.freeze([])

// The codec takes its fast path first, so a valid event builds no io-ts errors.
function eventItem(place: Place, at: string | undefined, event: Record<string, unknown>): CheckedItem {
  const result = decodeSageMakerEvent(event)
  const name = shortName(event['detail-type'])
  if (!result.success) return { source: place.source, line: place.line, at, kind: 'event', name, issues: result.issues }
  const warnings = isUnknownSageMakerEvent(result.data) ? [UNKNOWN_DETAIL_TYPE] : undefined
  return { source: place.source, line: place.line, at, kind: 'event', name, issues: NO_ISSUES, warnings }
}

function deliveredItem(place: Place, record: DeliveredRecord<SageMakerEvent>, delivery: 'SQS' | 'SNS'): CheckedItem {
  const at = record.index < 0 ? undefined : `Records[${record.index}]`
  const base = { ...place, ...(at === undefined ? {} : { at }), kind: 'event' as const }
  if (!record.result.success) return { ...base, name: `(${delivery} message)`, issues: record.result.issues }
  const event = record.result.data
  return { ...base, name: shortName(event['detail-type']), issues: [], ...(isUnknownSageMakerEvent(event) ? { warnings: [UNKNOWN_DETAIL_TYPE] } : {}) }
}

/**
 * The operation a file's location names: its folder (`requests/CreateModel/1.json`) or its own
 * name (`CreateModel.json`, `CreateModel.prod.json`), the layouts people keep requests in.
 */
export function operationFromPath(source: string, catalog: ApiCatalog): string | undefined {
  if (source === '-') return undefined
  const stem = basename(source).split('.')[0] ?? ''
  return [stem, basename(dirname(source))].find((name) => catalog.operations.has(name))
}

function unrecognized(place: Place, at: string | undefined, value: unknown): CheckedItem {
  const isSfn = isRecord(value) && 'States' in value && 'StartAt' in value
  const message = isSfn
    ? 'a Step Functions state machine definition: check it with `sagemaker-shapes check-sfn`'
    : isRecord(value)
      ? 'not a SageMaker event (no "detail-type") and no operation to check it against: pass --op <Operation>, or keep the file in a folder named after its operation'
      : `expected a JSON object (an event, or an API request or response), received ${describeValue(value)}`
  return { ...place, ...(at === undefined ? {} : { at }), kind: 'unrecognized', name: '', issues: [{ path: [], message, code: 'unrecognized_input' }] }
}

/**
 * Checks one parsed JSON value: an EventBridge event (recognised by `detail-type`), a Lambda SQS
 * or SNS event carrying them, an API request or response (by `--op` or the file's location), or
 * an array of those. Returns `undefined` when the API codecs are needed and `catalog` is not
 * loaded yet: loading them is asynchronous and slow, and most inputs are events.
 */
export function checkValue(value: unknown, place: Place, target: CheckTarget, catalog: ApiCatalog | undefined, at?: string): CheckedItem[] | undefined {
  if (Array.isArray(value) && at === undefined) {
    const items: CheckedItem[] = []
    for (let i = 0; i < value.length; i++) {
      const checked = checkValue(value[i], place, target, catalog, `[${i}]`)
      if (checked === undefined) return undefined
      items.push(...checked)
    }
    return items
  }
  if (target.operation === undefined && isRecord(value)) {
    if (looksLikeEvent(value)) return [eventItem(place, at, value)]
    const delivery = deliveryOf(value)
    if (delivery !== undefined) {
      const records = delivery === 'SQS' ? decodeSageMakerSqsEvent(value) : decodeSageMakerSnsEvent(value)
      return records.map((record) => deliveredItem(place, record, delivery))
    }
  }
  if (catalog === undefined) return undefined
  const operation = target.operation ?? operationFromPath(place.source, catalog)
  const codec = operation === undefined ? undefined : catalog.codec(operation, target.response)
  if (operation === undefined || codec === undefined) return [unrecognized(place, at, value)]
  const result = safeDecode(codec, value)
  const kind = target.response ? 'response' : 'request'
  return [{ ...place, ...(at === undefined ? {} : { at }), kind, name: operation, issues: result.success ? [] : result.issues }]
}
