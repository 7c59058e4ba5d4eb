import type * as t from 'io-ts'
import { safeDecode, type SafeDecodeResult } from '../decode.js'
import type { IssueCode } from '../issues.js'
import { describeValue, hasOwn, isRecord } from '../primitives/describe.js'

// Lambda hands events over in batches; the point of this module is per-record results, so
// nothing here may throw: every read of the input sits inside a try, and a failure is always
// reported on the record it concerns (or, if the batch itself is unreadable, on index -1).

type Path = ReadonlyArray<string | number>

/**
 * One record of a Lambda SQS or SNS event, with the EventBridge event it carries decoded.
 *
 * @since 0.1.0
 * @category model
 */
export interface DeliveredRecord<A> {
  /** `messageId` (SQS) or `Sns.MessageId` (SNS), `''` if absent. */
  readonly id: string
  /** Position in `Records`; `-1` when `Records` itself could not be read. */
  readonly index: number
  readonly result: SafeDecodeResult<A>
}

// Lambda delivers at most 10,000 SQS records (and one SNS record) per invocation. The cap only
// stops a sparse array or a Proxy claiming billions of elements from exhausting memory.
const MAX_RECORDS = 100_000

// JSON.parse messages quote the input; V8 elides long input, but other engines need not.
const MAX_MESSAGE = 200

function failure<A>(path: Path, message: string, code: IssueCode): SafeDecodeResult<A> {
  return { success: false, issues: [{ path, message, code }] }
}

function errorText(error: unknown): string {
  let text: string
  try {
    text = error instanceof Error ? error.message : String(error)
  } catch {
    // A thrown Proxy or an object whose toString throws.
    text = 'unknown error'
  }
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 3)}...` : text
}

// safeDecode never throws (a throwing decoder becomes an issue), so one record cannot take
// the batch down.
function decodeAt<A>(codec: t.Decoder<unknown, A>, value: unknown, prefix: Path): SafeDecodeResult<A> {
  const result = safeDecode(codec, value)
  if (result.success) return result
  return { success: false, issues: result.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })) }
}

type Parsed<A> = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly result: SafeDecodeResult<A> }

function parseJsonAt<A>(text: unknown, path: Path, what: string): Parsed<A> {
  if (text === undefined) return { ok: false, result: failure(path, `missing ${what}`, 'missing_required') }
  // Lambda always delivers strings; an already-parsed object means the wiring is not what the
  // caller thinks, so it is reported rather than guessed at.
  if (typeof text !== 'string') {
    return { ok: false, result: failure(path, `expected ${what} to be a JSON string, received ${describeValue(text)}`, 'invalid_type') }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, result: failure(path, `${what} is not valid JSON: ${errorText(error)}`, 'invalid_value') }
  }
}

/**
 * Reads `event.Records`, or says why it cannot. The length is checked because a Proxy may
 * report anything, and an unbounded loop would be worse than a failure.
 */
function recordsOf<A>(event: unknown, source: string): { readonly ok: true; readonly records: readonly unknown[]; readonly length: number } | { readonly ok: false; readonly record: DeliveredRecord<A> } {
  const fail = (message: string, code: IssueCode) => ({
    ok: false as const,
    record: { id: '', index: -1, result: failure<A>(['Records'], message, code) },
  })
  try {
    if (!isRecord(event)) return fail(`expected a Lambda ${source} event (an object with Records), received ${describeValue(event)}`, 'invalid_type')
    const records = event.Records
    if (records === undefined) return fail(`expected a Lambda ${source} event: missing Records`, 'missing_required')
    if (!Array.isArray(records)) return fail(`expected Records to be an array, received ${describeValue(records)}`, 'invalid_type')
    const length: unknown = records.length
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      return fail(`Records reports an invalid length (${describeValue(length)})`, 'invalid_value')
    }
    if (length > MAX_RECORDS) return fail(`Records holds ${length} records, more than the ${MAX_RECORDS} accepted`, 'invalid_value')
    return { ok: true, records, length }
  } catch (error) {
    return fail(`could not read Records: ${errorText(error)}`, 'invalid_value')
  }
}

function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

// An EventBridge event never has a top-level Type or TopicArn, so these identify an SNS
// notification that reached SQS without raw message delivery.
function isSnsEnvelope(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && hasOwn(value, 'Type') && value.Type === 'Notification' && (hasOwn(value, 'TopicArn') || hasOwn(value, 'Message'))
}

function sqsRecord<A>(codec: t.Decoder<unknown, A>, records: readonly unknown[], index: number): DeliveredRecord<A> {
  let id = ''
  try {
    const record = records[index]
    if (!isRecord(record)) {
      return { id, index, result: failure(['Records', index], `expected an SQS record (an object), received ${describeValue(record)}`, 'invalid_type') }
    }
    id = stringOr(record.messageId)
    const bodyPath: Path = ['Records', index, 'body']
    if (record.body === undefined && record.Sns !== undefined) {
      return { id, index, result: failure(bodyPath, 'missing body: this looks like an SNS record; use decodeSnsRecords', 'missing_required') }
    }
    const body = parseJsonAt<A>(record.body, bodyPath, 'the SQS message body')
    if (!body.ok) return { id, index, result: body.result }
    if (!isSnsEnvelope(body.value)) return { id, index, result: decodeAt(codec, body.value, bodyPath) }
    const messagePath: Path = [...bodyPath, 'Message']
    const message = parseJsonAt<A>(hasOwn(body.value, 'Message') ? body.value.Message : undefined, messagePath, 'the SNS Message')
    if (!message.ok) return { id, index, result: message.result }
    return { id, index, result: decodeAt(codec, message.value, messagePath) }
  } catch (error) {
    return { id, index, result: failure(['Records', index], `could not read the record: ${errorText(error)}`, 'invalid_value') }
  }
}

function snsRecord<A>(codec: t.Decoder<unknown, A>, records: readonly unknown[], index: number): DeliveredRecord<A> {
  let id = ''
  try {
    const record = records[index]
    if (!isRecord(record)) {
      return { id, index, result: failure(['Records', index], `expected an SNS record (an object), received ${describeValue(record)}`, 'invalid_type') }
    }
    const snsPath: Path = ['Records', index, 'Sns']
    const sns = record.Sns
    if (sns === undefined) {
      const hint = record.body !== undefined ? ': this looks like an SQS record; use decodeSqsRecords' : ''
      return { id, index, result: failure(snsPath, `missing Sns${hint}`, 'missing_required') }
    }
    if (!isRecord(sns)) {
      return { id, index, result: failure(snsPath, `expected Sns to be an object, received ${describeValue(sns)}`, 'invalid_type') }
    }
    id = stringOr(sns.MessageId)
    const messagePath: Path = [...snsPath, 'Message']
    const message = parseJsonAt<A>(sns.Message, messagePath, 'the SNS Message')
    if (!message.ok) return { id, index, result: message.result }
    return { id, index, result: decodeAt(codec, message.value, messagePath) }
  } catch (error) {
    return { id, index, result: failure(['Records', index], `could not read the record: ${errorText(error)}`, 'invalid_value') }
  }
}

function decodeRecords<A>(
  codec: t.Decoder<unknown, A>,
  event: unknown,
  source: string,
  one: (codec: t.Decoder<unknown, A>, records: readonly unknown[], index: number) => DeliveredRecord<A>,
): DeliveredRecord<A>[] {
  const read = recordsOf<A>(event, source)
  if (!read.ok) return [read.record]
  const out: DeliveredRecord<A>[] = []
  for (let index = 0; index < read.length; index++) out.push(one(codec, read.records, index))
  return out
}

/**
 * Decodes the EventBridge events in a Lambda SQS event, one result per record. A body is
 * either the event JSON (EventBridge to SQS, or SNS to SQS with raw message delivery) or an
 * SNS notification whose `Message` is the event JSON; which one is decided per record, by
 * content. Issue paths start at the record, e.g. `['Records', 2, 'body', 'detail', 'Status']`.
 * Never throws; if `event` has no readable `Records` array, the single result has index -1.
 *
 * @since 0.1.0
 * @category decoding
 */
export function decodeSqsRecords<A>(codec: t.Decoder<unknown, A>, event: unknown): DeliveredRecord<A>[] {
  return decodeRecords(codec, event, 'SQS', sqsRecord)
}

/**
 * Decodes the EventBridge events in a Lambda SNS event, one result per record, from each
 * `Sns.Message`. Issue paths start at the record, e.g. `['Records', 0, 'Sns', 'Message', 'detail']`.
 * Never throws; if `event` has no readable `Records` array, the single result has index -1.
 *
 * @since 0.1.0
 * @category decoding
 */
export function decodeSnsRecords<A>(codec: t.Decoder<unknown, A>, event: unknown): DeliveredRecord<A>[] {
  return decodeRecords(codec, event, 'SNS', snsRecord)
}

/**
 * The `batchItemFailures` of an SQS partial batch response: one item per failed record, so a
 * handler can return `{ batchItemFailures: failures(results) }` and have only those retried.
 * A failed record without a message id yields `itemIdentifier: ''`, which Lambda treats as a
 * failure of the whole batch: when a message cannot be named, retrying all beats losing it.
 *
 * @since 0.1.0
 * @category decoding
 */
export function failures<A>(records: DeliveredRecord<A>[]): { itemIdentifier: string }[] {
  return records.filter((record) => !record.result.success).map((record) => ({ itemIdentifier: record.id }))
}
