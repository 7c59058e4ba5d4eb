import { type Codec, DescribedCodec } from './codec.js'
import type { EnumDescription, TypeDescription } from './description.js'
import type { View } from './nodes.js'
import type { Encoded } from '../encoded.js'

/**
 * What `strict` and `lenient` give for a shape: a codec of its decoded type `A`, whose wire form
 * is `Encoded<A>`, and the description it reads.
 *
 * @since 0.1.0
 * @category model
 */
export interface ShapeCodec<A> extends Codec<A, Encoded<A>> {
  readonly description: TypeDescription
}

/**
 * A codec of an enum: its values are there to read (`toApiEnumValue`, listings).
 *
 * @since 0.1.0
 * @category model
 */
export interface EnumCodec<V> extends ShapeCodec<V> {
  readonly values: readonly V[]
}

/**
 * A codec of `description` in `view`: what `strict` and `lenient` build, and any other view
 * (CloudTrail's camelCase keys, say).
 *
 * @since 0.1.0
 * @category constructors
 */
export function codecOf<A, O = Encoded<A>>(description: TypeDescription, view: View): DescribedCodec<A, O> {
  const codec = new DescribedCodec<A, O>(undefined, description, view)
  if (typeof description === 'object' && description[0] === 11) {
    Object.defineProperty(codec, 'values', { value: (description as EnumDescription)[2] ?? [], enumerable: false })
  }
  return codec
}
