import type * as t from 'io-ts'
import { type Codec, DescribedCodec, TypeBase } from '../primitives/codec.js'
import { CODEC, CONST, LIST, STRING, STRUCTURE, type ShapeDescription, TIMESTAMP, type StructureDescription } from '../primitives/description.js'
import { describeValue } from '../primitives/describe.js'
import { FAIL } from '../primitives/fast.js'
import { LENIENT } from '../primitives/lenient.js'
import type { Encoded } from '../encoded.js'
import type { ShapeCodec } from '../primitives/views.js'

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

const sourceIssue = (u: unknown, c: t.Context): t.Validation<'aws.sagemaker'> => ({
  _tag: 'Left',
  left: [{ value: u, context: c, message: `expected "${SOURCE}", received ${describeValue(u)}`, code: typeof u === 'string' ? 'invalid_value' : 'invalid_type' } as t.ValidationError],
})

/**
 * `source`: `"aws.sagemaker"`. AWS documents one example with `source` written twice, the second
 * time as `["aws.sagemaker"]`, which `JSON.parse` keeps; that one-element array is read as the
 * string rather than rejected.
 *
 * @since 0.1.0
 * @category primitives
 */
export const sageMakerSource = /*#__PURE__*/ Object.assign(
  /*#__PURE__*/ new TypeBase<'aws.sagemaker', string>(
    'source',
    (u): u is 'aws.sagemaker' => u === SOURCE,
    (u, c) => (u === SOURCE || (Array.isArray(u) && u.length === 1 && u[0] === SOURCE) ? { _tag: 'Right', right: SOURCE } : sourceIssue(u, c)),
    (a) => a,
  ),
  // The quirk is left to `validate`: the fast path takes the string only.
  { fast: (u: unknown) => (u === SOURCE ? u : FAIL) },
)

/**
 * The envelope around a detail, described once: every event codec is this description with its
 * detail-type and detail filled in.
 */
function envelope(name: string, detailType: ShapeDescription[number], detail: ShapeDescription | StructureDescription): StructureDescription {
  return [
    STRUCTURE, name, 9,
    'version', STRING,
    'id', STRING,
    'detail-type', detailType,
    'source', [CODEC, sageMakerSource],
    'account', STRING,
    'time', TIMESTAMP,
    'region', STRING,
    'resources', [LIST, STRING],
    'detail', detail,
    'replay-name', STRING,
  ] as unknown as StructureDescription
}

/**
 * Builds the codec of one SageMaker event: the envelope, lenient (unknown keys kept), with
 * `detail-type` fixed and `time` decoded to a `Date`.
 *
 * @since 0.1.0
 * @category constructors
 */
export function sageMakerEvent<E extends SageMakerEventEnvelope<string, unknown>>(name: string, detailType: E['detail-type'], detail: ShapeDescription): ShapeCodec<E> {
  return new DescribedCodec<E, Encoded<E>>(name, envelope(name, [CONST, detailType] as unknown as ShapeDescription[number], detail), LENIENT)
}

/**
 * The type of `detail-type` in an {@link UnknownSageMakerEvent}: at run time any string this
 * version does not know; typed as a pattern that no known detail-type matches, so that `switch`
 * and `===` on `detail-type` narrow a `SageMakerEvent` to the one variant. Read it as a string
 * (it is assignable to `string`).
 *
 * Why this type: TypeScript keeps every union member whose `detail-type` could equal the
 * compared literal. With `string`, `case 'SageMaker Training Job State Change'` would leave
 * `TrainingJobStateChangeEvent | UnknownSageMakerEvent`, and the detail's members would be
 * `unknown`; a branded string (`string & { brand }`) stops `detail-type` being a discriminant
 * at all. A template-literal pattern that no known detail-type matches (it ends with U+0000,
 * which no detail-type does) is the one type found that narrows, and the object part keeps
 * this name in hovers and messages. The price: comparing with a literal this version does not
 * know (`e['detail-type'] === 'SageMaker New Thing'`) is a type error ("no overlap"); compare
 * `e['detail-type'] as string` instead.
 *
 * @since 0.1.0
 * @category model
 */
export type UnknownDetailType = `${string}\u0000` & { readonly unknownDetailType?: never }

/**
 * An event whose detail-type this version of the package does not know (AWS adds them): its
 * detail is kept as a plain record. Its `detail-type` is typed {@link UnknownDetailType} so that
 * narrowing on `detail-type` works for every known one.
 *
 * @since 0.1.0
 * @category model
 */
export type UnknownSageMakerEvent = SageMakerEventEnvelope<UnknownDetailType, Record<string, unknown>> & { readonly unknownDetailType: true }

const unknownEnvelope = /*#__PURE__*/ new DescribedCodec<SageMakerEventEnvelope<string, Record<string, unknown>>, unknown>(
  'UnknownSageMakerEvent',
  /*#__PURE__*/ envelope('UnknownSageMakerEvent', STRING, [STRUCTURE, 'UnknownDetail', 0] as StructureDescription),
  LENIENT,
)

const MARKER = 'unknownDetailType'

/** The decoded event, marked, on an object of its own: decoding never writes to its input. */
function marked(input: unknown, decoded: SageMakerEventEnvelope<string, Record<string, unknown>>): UnknownSageMakerEvent {
  const out = decoded === input ? { ...decoded } : decoded
  return Object.defineProperty(out, MARKER, { value: true, enumerable: false }) as UnknownSageMakerEvent
}

/**
 * Any SageMaker event, its detail as a record. The decoded value is marked
 * `unknownDetailType: true` (a non-enumerable property, so it never reaches `encode` or JSON).
 *
 * @since 0.1.0
 * @category codecs
 */
export const UnknownSageMakerEvent: Codec<UnknownSageMakerEvent, unknown> = /*#__PURE__*/ Object.assign(
  /*#__PURE__*/ new TypeBase<UnknownSageMakerEvent, unknown>(
    'UnknownSageMakerEvent',
    (u): u is UnknownSageMakerEvent => unknownEnvelope.is(u) && (u as { [MARKER]?: unknown })[MARKER] === true,
    (u, c) => {
      const result = unknownEnvelope.validate(u, c)
      return result._tag === 'Left' ? result : { _tag: 'Right', right: marked(u, result.right) }
    },
    (a) => unknownEnvelope.encode(a),
  ),
  {
    fast: (u: unknown, d: number): unknown => {
      const r = unknownEnvelope.fast?.(u, d) ?? FAIL
      return r === FAIL ? FAIL : marked(u, r as SageMakerEventEnvelope<string, Record<string, unknown>>)
    },
  },
) as unknown as Codec<UnknownSageMakerEvent, unknown>

/**
 * Narrows a decoded event to {@link UnknownSageMakerEvent}.
 *
 * @since 0.1.0
 * @category guards
 */
export const isUnknownSageMakerEvent = (event: object): event is UnknownSageMakerEvent => (event as { [MARKER]?: unknown })[MARKER] === true
