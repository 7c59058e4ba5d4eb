import type { EnumDescription, TypeDescription } from './description.js'
import type { View } from './nodes.js'
import { type EnumCodec, type ShapeCodec, codecOf } from './views.js'

/**
 * Responses and events: unknown keys are kept, `null` is absent, enums are open, and only the
 * structure and the kinds of values are checked.
 *
 * @since 0.1.0
 * @category model
 */
export const LENIENT: View = {}

/**
 * The lenient codec of a generated description (what `<Name>` or `<Name>Lenient` exports).
 *
 * @since 0.1.0
 * @category constructors
 */
export function lenient<A>(description: EnumDescription): EnumCodec<A>
export function lenient<A>(description: TypeDescription): ShapeCodec<A>
export function lenient<A>(description: TypeDescription): ShapeCodec<A> {
  return codecOf<A>(description, LENIENT)
}
