import * as t from 'io-ts'
import { describeValue } from './describe.js'

const SHOWN_VALUES = 6

/** `'A' | 'B' | ... (N more)`: enough to act on, bounded for long lists. */
function describeValues(values: readonly string[]): string {
  const shown = values.slice(0, SHOWN_VALUES).map((v) => JSON.stringify(v))
  const rest = values.length - shown.length
  return rest > 0 ? `${shown.join(' | ')} | ... ${rest} more` : shown.join(' | ')
}

/**
 * An enum whose unknown values are errors (requests).
 *
 * @since 0.1.0
 * @category primitives
 */
export class ClosedEnumType<V extends string> extends t.Type<V, V, unknown> {
  readonly _tag = 'ClosedEnumType' as const
  constructor(
    name: string,
    readonly values: readonly V[],
  ) {
    const known = new Set<string>(values)
    const is = (u: unknown): u is V => typeof u === 'string' && known.has(u)
    const expected = describeValues(values)
    super(
      name,
      is,
      (u, c) => (is(u) ? t.success(u) : t.failure(u, c, `expected ${name} (${expected}), received ${describeValue(u)}`)),
      t.identity,
    )
  }
}

/**
 * An enum whose unknown values are accepted as they are (responses, events): AWS adds
 * values, and a consumer must not break when it does.
 *
 * @since 0.1.0
 * @category primitives
 */
export class OpenEnumType<V extends string> extends t.Type<V | (string & {}), string, unknown> {
  readonly _tag = 'OpenEnumType' as const
  constructor(
    name: string,
    readonly values: readonly V[],
  ) {
    const is = (u: unknown): u is V | (string & {}) => typeof u === 'string'
    super(
      name,
      is,
      (u, c) => (is(u) ? t.success(u) : t.failure(u, c, `expected a string (${name}), received ${describeValue(u)}`)),
      t.identity,
    )
  }
}

/** @since 0.1.0 @category constructors */
export const closedEnum = <V extends string>(name: string, values: readonly V[]): ClosedEnumType<V> =>
  new ClosedEnumType(name, values)

/** @since 0.1.0 @category constructors */
export const openEnum = <V extends string>(name: string, values: readonly V[]): OpenEnumType<V> =>
  new OpenEnumType(name, values)
