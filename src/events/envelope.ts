import * as t from 'io-ts'
import { BaseCodec, type Codec, failWith } from '../primitives/base.js'
import { list } from '../primitives/collections.js'
import { describeValue } from '../primitives/describe.js'
import { type Members, lenientStruct } from '../primitives/struct.js'
import { FAIL, type Fast, fastOf, fastStringList, fastTimestamp } from '../primitives/fast.js'
import { timestampLenient } from '../primitives/timestamp.js'
import type { Encoded } from '../encoded.js'

/**
 * The EventBridge envelope of a SageMaker event, with its detail.
 *
 * @since 0.1.0
 * @category model
 */
export interface SageMakerEventEnvelope<DT extends string, D> {
  version: string
  id: string
  'detail-type': DT
  source: 'aws.sagemaker'
  account: string
  /** Decoded from ISO-8601 or epoch milliseconds (AWS's own examples use both). */
  time: Date
  region: string
  resources: Array<string>
  detail: D
  /** Present on events replayed from an archive. */
  'replay-name'?: string | undefined
}

const SOURCE = 'aws.sagemaker'

/**
 * `source`: `"aws.sagemaker"`. AWS documents one example with `source` written twice, the second
 * time as `["aws.sagemaker"]`, which `JSON.parse` keeps; that one-element array is read as the
 * string rather than rejected.
 *
 * @since 0.1.0
 * @category primitives
 */
export const sageMakerSource: Codec<'aws.sagemaker', string> = /*#__PURE__*/ new BaseCodec<'aws.sagemaker', string>(
  'source',
  (u): u is 'aws.sagemaker' => u === SOURCE,
  (u, c) =>
    u === SOURCE || (Array.isArray(u) && u.length === 1 && u[0] === SOURCE)
      ? t.success(SOURCE)
      : failWith(u, c, `expected "${SOURCE}", received ${describeValue(u)}`, typeof u === 'string' ? 'invalid_value' : 'invalid_type'),
  t.identity,
)

const resources = /*#__PURE__*/ list(t.string)

// A function rather than a shared object spread into each codec: bundlers cannot prove a
// spread free of side effects, and would keep every codec built from one.
const envelope = (detailType: t.Mixed, detail: t.Mixed): Members => ({
  version: t.string,
  id: t.string,
  'detail-type': detailType,
  source: sageMakerSource,
  account: t.string,
  time: timestampLenient,
  region: t.string,
  resources,
  detail,
})
const OPTIONAL: Members = { 'replay-name': t.string }

/**
 * Builds the codec of one SageMaker event: the envelope, lenient (unknown keys kept), with
 * `detail-type` fixed and `time` decoded to a `Date`.
 *
 * @since 0.1.0
 * @category constructors
 */
export function sageMakerEvent<DT extends string, D, DO>(
  name: string,
  detailType: DT,
  detail: t.Type<D, DO, unknown>,
): Codec<SageMakerEventEnvelope<DT, D>, Encoded<SageMakerEventEnvelope<DT, D>>> {
  return lenientStruct(name, envelope(t.literal(detailType), detail), OPTIONAL, () => envelopeFast<DT, D>(detailType, fastOf(detail)))
}


/** The envelope's fast path, straight-line like the generated ones (see src/primitives/fast.ts). */
function envelopeFast<DT extends string, D>(detailType: DT | undefined, detail: Fast<D>): Fast<SageMakerEventEnvelope<DT, D>> {
  return (u: any, g: boolean) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return FAIL
    if (typeof u.version !== 'string' || typeof u.id !== 'string' || typeof u.account !== 'string' || typeof u.region !== 'string') return FAIL
    if (u.source !== SOURCE || fastStringList(u.resources) === FAIL) return FAIL
    const type = u['detail-type']
    if (detailType === undefined ? typeof type !== 'string' : type !== detailType) return FAIL
    const replay = u['replay-name']
    if (replay !== undefined && typeof replay !== 'string') return FAIL
    const time = fastTimestamp(u.time, g, true)
    if (time === FAIL) return FAIL
    const d = detail(u.detail, g)
    if (d === FAIL || u.detail === undefined) return FAIL
    return time === u.time && d === u.detail ? u : { ...u, time, detail: d }
  }
}

/**
 * An event whose detail-type this version of the package does not know (AWS adds them): its
 * detail is kept as a plain record.
 *
 * @since 0.1.0
 * @category model
 */
export type UnknownSageMakerEvent = SageMakerEventEnvelope<string, Record<string, unknown>> & { readonly unknownDetailType: true }

const unknownDetail = /*#__PURE__*/ lenientStruct<Record<string, unknown>>('UnknownDetail', {}, {})
const unknownEnvelope = /*#__PURE__*/ lenientStruct<SageMakerEventEnvelope<string, Record<string, unknown>>, unknown>(
  'UnknownSageMakerEvent',
  /*#__PURE__*/ envelope(t.string, unknownDetail),
  OPTIONAL,
  () => envelopeFast<string, Record<string, unknown>>(undefined, (u) => (typeof u === 'object' && u !== null && !Array.isArray(u) ? (u as Record<string, unknown>) : FAIL)),
)

/**
 * Any SageMaker event, its detail as a record. The decoded value is marked
 * `unknownDetailType: true` (a non-enumerable property, so it never reaches `encode` or JSON).
 *
 * @since 0.1.0
 * @category codecs
 */
export const UnknownSageMakerEvent: Codec<UnknownSageMakerEvent, unknown> = /*#__PURE__*/ new BaseCodec<UnknownSageMakerEvent, unknown>(
  'UnknownSageMakerEvent',
  (u): u is UnknownSageMakerEvent => unknownEnvelope.is(u) && (u as { unknownDetailType?: unknown }).unknownDetailType === true,
  (u, c) => {
    const result = unknownEnvelope.validate(u, c)
    if (result._tag === 'Left') return result
    return t.success(Object.defineProperty(result.right, 'unknownDetailType', { value: true, enumerable: false }) as UnknownSageMakerEvent)
  },
  (a) => unknownEnvelope.encode(a),
)

/**
 * Narrows a decoded event to {@link UnknownSageMakerEvent}.
 *
 * @since 0.1.0
 * @category guards
 */
export const isUnknownSageMakerEvent = (event: object): event is UnknownSageMakerEvent =>
  (event as { unknownDetailType?: unknown }).unknownDetailType === true
