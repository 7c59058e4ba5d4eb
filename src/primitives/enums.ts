import * as t from 'io-ts'
import { BaseCodec, failWith } from './base.js'
import { FAIL } from './fast.js'
import { describeValues } from '../issues.js'
import { describeValue } from './describe.js'
import { suggest } from '../suggest.js'

/**
 * An enum whose unknown values are errors (requests).
 *
 * @since 0.1.0
 * @category primitives
 */
export class ClosedEnumType<V extends string | number> extends BaseCodec<V, V> {
  readonly _tag = 'ClosedEnumType' as const
  constructor(
    name: string,
    readonly values: readonly V[],
  ) {
    const known = new Set<unknown>(values)
    const is = (u: unknown): u is V => known.has(u)
    const expected = describeValues(values)
    super(
      name,
      is,
      (u, c) =>
        is(u)
          ? t.success(u)
          : failWith(u, c, `expected ${name} (${expected}), received ${describeValue(u)}`, typeof u === typeof values[0] ? 'invalid_enum_value' : 'invalid_type'),
      t.identity,
      (u) => (known.has(u) ? (u as V) : FAIL),
    )
  }

  /** The value probably meant (`ml.m5.larg` -> `ml.m5.large`). */
  suggest(word: string): string | undefined {
    return suggest(word, this.values.filter((v): v is V & string => typeof v === 'string'))
  }
}

/**
 * An enum whose unknown values are accepted as they are (responses, events): AWS adds
 * values, and a consumer must not break when it does.
 *
 * @since 0.1.0
 * @category primitives
 */
export class OpenEnumType<V extends string | number> extends BaseCodec<Open<V>, Open<V>> {
  readonly _tag = 'OpenEnumType' as const
  /** Any text passes (a string enum): lists and maps of it take their string fast paths. */
  readonly anyText: boolean
  constructor(
    name: string,
    readonly values: readonly V[],
    numeric: boolean = typeof values[0] === 'number',
  ) {
    // An intEnum stays open to other integers; a string enum to other strings.
    const is = (u: unknown): u is Open<V> => (numeric ? typeof u === 'number' && Number.isInteger(u) : typeof u === 'string')
    const expected = numeric ? 'an integer' : 'a string'
    super(
      name,
      is,
      (u, c) => (is(u) ? t.success(u) : failWith(u, c, `expected ${expected} (${name}), received ${describeValue(u)}`, 'invalid_type')),
      t.identity,
      (u) => (is(u) ? u : FAIL),
    )
    this.anyText = !numeric
  }
}

/** Known values, typed, plus any other value of the same kind. */
export type Open<V extends string | number> = V | (V extends number ? number & {} : string & {})

/** @since 0.1.0 @category constructors */
export const closedEnum = <const V extends string | number>(name: string, values: readonly V[]): ClosedEnumType<V> =>
  new ClosedEnumType(name, values)

/**
 * An open enum never checks a value against its list, so `values` is only for introspection and
 * may be left empty (the generator does for enums that only lenient codecs use, to keep bundles
 * small); `numeric` then says whether it is an intEnum.
 *
 * @since 0.1.0
 * @category constructors
 */
export const openEnum = <const V extends string | number>(name: string, values: readonly V[], numeric?: boolean): OpenEnumType<V> =>
  new OpenEnumType(name, values, numeric)
