import type * as t from 'io-ts'
import { BaseCodec } from './base.js'
import { type Fast, fastOf } from './fast.js'

/**
 * A codec that refers to itself (Search's `SearchExpression.SubExpressions`): `definition` is
 * called once, on first use, so the codec can name itself inside it.
 *
 * @since 0.1.0
 * @category model
 */
export class RecursiveType<A, O> extends BaseCodec<A, O> {
  readonly _tag = 'RecursiveType' as const
  constructor(name: string, definition: () => t.Type<A, O, unknown>) {
    let resolved: t.Type<A, O, unknown> | undefined
    let resolvedFast: Fast<A> | undefined
    const type = (): t.Type<A, O, unknown> => (resolved ??= definition())
    super(
      name,
      (u): u is A => type().is(u),
      (u, c) => type().validate(u, c),
      (a) => type().encode(a),
      // Resolved once, on first use: the definition names this codec, so it cannot run earlier.
      (u, g) => (resolvedFast ??= fastOf(type() as t.Type<A, O, unknown> & { fast?: Fast<A> }))(u, g),
    )
  }
}

/** @since 0.1.0 @category constructors */
export const recursive = <A, O = A>(name: string, definition: () => t.Type<A, O, unknown>): RecursiveType<A, O> =>
  new RecursiveType(name, definition)
