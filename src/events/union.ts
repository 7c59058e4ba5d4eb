import * as t from 'io-ts'
import { BaseCodec, type Codec, failWith } from '../primitives/base.js'
import { FAIL, type Fast, fastOf } from '../primitives/fast.js'
import { describeValue, hasOwn, isRecord } from '../primitives/describe.js'
import { UnknownSageMakerEvent } from './envelope.js'

/**
 * Decodes any SageMaker event: picks the variant by `detail-type` (one lookup, no trial
 * decoding), and falls back to {@link UnknownSageMakerEvent} for a detail-type it does not know.
 *
 * @since 0.1.0
 * @category constructors
 */
export function sageMakerEventUnion<A>(name: string, variants: Readonly<Record<string, t.Mixed>>): Codec<A, unknown> {
  const pick = (u: Record<string, unknown>): t.Mixed => {
    const detailType = u['detail-type']
    return typeof detailType === 'string' && hasOwn(variants, detailType) ? variants[detailType]! : UnknownSageMakerEvent
  }
  // Each variant's fast path, looked up once rather than per event.
  const fasts = new Map(Object.keys(variants).map((k) => [k, fastOf(variants[k] as t.Type<A> & { fast?: Fast<A> })]))
  const unknownFast = fastOf(UnknownSageMakerEvent as unknown as t.Type<A> & { fast?: Fast<A> })
  const fastPick = (u: Record<string, unknown>): Fast<A> => {
    const detailType = u['detail-type']
    return (typeof detailType === 'string' && fasts.get(detailType)) || unknownFast
  }
  return new BaseCodec<A, unknown>(
    name,
    (u): u is A => isRecord(u) && pick(u).is(u),
    (u, c) => {
      if (!isRecord(u)) return failWith(u, c, `expected an EventBridge event object, received ${describeValue(u)}`, 'invalid_type')
      if (u['source'] === undefined && u['detail-type'] === undefined) {
        return failWith(u, c, 'expected an EventBridge event (no "source" or "detail-type"); is it still wrapped in an SQS or SNS record?', 'invalid_type')
      }
      return pick(u).validate(u, c) as t.Validation<A>
    },
    (a) => pick(a as Record<string, unknown>).encode(a),
    (u, g) => (isRecord(u) ? fastPick(u)(u, g) : FAIL),
  )
}
