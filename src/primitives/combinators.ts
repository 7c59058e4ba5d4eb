// Codecs built by hand from other codecs (io-ts types or the package's own), for code that does
// not come from the generator: each is turned into a description whose members keep their own
// codec (and so their own strict or lenient reading).
import type * as t from 'io-ts'
import { DescribedCodec, TypeBase } from './codec.js'
import { BOOLEAN, CODEC, type CodecDescription, STRING, TIMESTAMP, type TypeDescription } from './description.js'
import type { Mode } from './mode.js'
import { codecOf, type EnumCodec } from './views.js'
import { LENIENT } from './lenient.js'
import { STRICT } from './strict.js'
import type { Codec } from './codec.js'

/** Member codecs of a structure, by key. */
export type Members = Readonly<Record<string, t.Mixed>>

/** A member codec as a description: the package's scalars and io-ts's text and booleans by kind, anything else as itself. */
function described(codec: t.Mixed): TypeDescription {
  if (codec instanceof DescribedCodec && typeof codec.description === 'number' && codec.description !== TIMESTAMP) return codec.description
  const tag = (codec as { _tag?: string })._tag
  if (tag === 'StringType') return STRING
  if (tag === 'BooleanType') return BOOLEAN
  return [CODEC, codec] as CodecDescription
}

const viewOf = (mode: Mode) => (mode === 'strict' ? STRICT : LENIENT)

const pairs = (members: Members): Array<string | TypeDescription> => Object.keys(members).flatMap((k) => [k, described(members[k]!)])

/**
 * A structure: named members, some required, in `strict` or `lenient` {@link Mode}.
 *
 * @since 0.1.0
 * @category constructors
 */
export const struct = <A, O = A>(name: string, mode: Mode, required: Members, optional: Members): Codec<A, O> =>
  new DescribedCodec<A, O>(name, [9, name, Object.keys(required).length, ...pairs(required), ...pairs(optional)], viewOf(mode))

/**
 * A lenient structure ({@link struct} in `lenient` mode).
 *
 * @since 0.1.0
 * @category constructors
 */
export const lenientStruct = <A, O = A>(name: string, required: Members, optional: Members): Codec<A, O> => struct(name, 'lenient', required, optional)

/**
 * A tagged union as the API models it: an object with exactly one of its members set. In
 * `lenient` mode an object that sets none of the known members is kept as it is.
 *
 * @since 0.1.0
 * @category constructors
 */
export const union = <A, O = A>(name: string, mode: Mode, members: Members): Codec<A, O> => new DescribedCodec<A, O>(name, [10, name, ...pairs(members)], viewOf(mode))

/** @since 0.1.0 @category constructors */
export const lenientUnion = <A, O = A>(name: string, members: Members): Codec<A, O> => union(name, 'lenient', members)

/** An enum whose unknown values are errors (requests). @since 0.1.0 @category constructors */
export const closedEnum = <const V extends string | number>(name: string, values: readonly V[]): EnumCodec<V> => codecOf<V>([11, name, values as readonly string[]], STRICT) as unknown as EnumCodec<V>

/**
 * An enum whose unknown values are accepted as they are (responses, events). `numeric` says
 * whether it is an intEnum when `values` is empty.
 *
 * @since 0.1.0
 * @category constructors
 */
export const openEnum = <const V extends string | number>(name: string, values: readonly V[], numeric?: boolean): EnumCodec<Open<V>> =>
  codecOf<Open<V>>([11, name, values as readonly string[], numeric === true ? 1 : 0], LENIENT) as unknown as EnumCodec<Open<V>>

/** Known values, typed, plus any other value of the same kind. */
export type Open<V extends string | number> = V | (V extends number ? number & {} : string & {})

/** @since 0.1.0 @category constructors */
export const list = <C extends t.Mixed>(item: C): Codec<Array<t.TypeOf<C>>, Array<t.OutputOf<C>>> => new DescribedCodec(undefined, [7, described(item)], LENIENT)

/**
 * A map from string keys to one value codec; with a `key` codec (an enum), every key must pass it too.
 *
 * @since 0.1.0
 * @category constructors
 */
export const map = <C extends t.Mixed>(value: C, key?: t.Mixed): Codec<Record<string, t.TypeOf<C>>, Record<string, t.OutputOf<C>>> =>
  new DescribedCodec(undefined, [8, described(value), key === undefined ? null : described(key)], LENIENT)

/**
 * A codec that refers to itself: `definition` is called once, on first use.
 *
 * @since 0.1.0
 * @category constructors
 */
export function recursive<A, O = A>(name: string, definition: () => t.Type<A, O, unknown>): Codec<A, O> {
  let resolved: t.Type<A, O, unknown> | undefined
  const type = (): t.Type<A, O, unknown> => (resolved ??= definition())
  const self = new TypeBase<A, O>(name, (u): u is A => type().is(u), (u, c) => type().validate(u, c), (a) => type().encode(a))
  return new DescribedCodec<A, O>(name, [CODEC, self], LENIENT)
}
