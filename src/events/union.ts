import type * as t from 'io-ts'
import { type Codec, TypeBase } from '../primitives/codec.js'
import { describeValue, hasOwn, isRecord } from '../primitives/describe.js'
import { FAIL, type Fast, STEP_BUDGET, budget } from '../primitives/fast.js'
import { UnknownSageMakerEvent } from './envelope.js'

type Variant = t.Mixed & { readonly fast?: Fast | undefined }

const failure = (u: unknown, c: t.Context, message: string, code: string): t.Validation<never> => ({
  _tag: 'Left',
  left: [{ value: u, context: c, message, code } as t.ValidationError],
})

/**
 * A codec over EventBridge events that decodes each with the variant `pick` chooses for it (one
 * lookup, no trial decoding): input that is not an object, or that cannot be read (a revoked
 * Proxy, a throwing getter), is an issue, never an exception.
 */
export function pickingCodec<A, V extends t.Mixed = t.Mixed>(
  name: string,
  pick: (u: Record<string, unknown>) => V,
  decode: (u: Record<string, unknown>, variant: V, c: t.Context) => t.Validation<A>,
): Codec<A, unknown> {
  return new TypeBase<A, unknown>(
    name,
    (u): u is A => {
      try {
        return isRecord(u) && pick(u).is(u)
      } catch {
        return false // a revoked Proxy, a throwing trap
      }
    },
    (u, c) => {
      try {
        if (!isRecord(u)) return failure(u, c, `expected an EventBridge event object, received ${describeValue(u)}`, 'invalid_type')
        return decode(u, pick(u), c)
      } catch (e) {
        return failure(u, c, `could not read the value (${e instanceof Error ? e.message : describeValue(e)})`, 'invalid_value')
      }
    },
    (a) => pick(a as Record<string, unknown>).encode(a),
  )
}

/**
 * The codec of every SageMaker event (`SageMakerEvent`), with the event codecs it picks from.
 *
 * @since 0.1.0
 * @category model
 */
export interface EventUnion<A> extends Codec<A, unknown> {
  /** The event codecs, by detail-type. */
  readonly variants: Readonly<Record<string, t.Mixed>>
}

/**
 * Decodes any SageMaker event: picks the variant by `detail-type` (one lookup, no trial
 * decoding), and falls back to {@link UnknownSageMakerEvent} for a detail-type it does not know.
 * `variants` holds the event codecs by detail-type.
 *
 * @since 0.1.0
 * @category constructors
 */
export function sageMakerEventUnion<A>(name: string, variants: Readonly<Record<string, t.Mixed>>): EventUnion<A> {
  const pick = (u: Record<string, unknown>): Variant => {
    const detailType = hasOwn(u, 'detail-type') ? u['detail-type'] : undefined
    return typeof detailType === 'string' && hasOwn(variants, detailType) ? variants[detailType]! : (UnknownSageMakerEvent as unknown as Variant)
  }

  function decode(u: Record<string, unknown>, variant: Variant, c: t.Context): t.Validation<A> {
    // The variant's fast path first; its own validate would try it again only to decline.
    const fast = variant.fast
    if (fast !== undefined) {
      const saved = budget.steps
      budget.steps = STEP_BUDGET
      try {
        const r = fast(u, c.length - 1)
        if (r !== FAIL) return { _tag: 'Right', right: r as A }
      } catch {
        // the variant's careful path decides
      } finally {
        budget.steps = saved
      }
    }
    if (u['source'] === undefined && u['detail-type'] === undefined) {
      return failure(u, c, 'expected an EventBridge event (no "source" or "detail-type"); is it still wrapped in an SQS or SNS record?', 'invalid_type')
    }
    return variant.validate(u, c) as t.Validation<A>
  }

  const codec = pickingCodec<A, Variant>(name, pick, decode)
  return Object.assign(codec, { variants })
}
