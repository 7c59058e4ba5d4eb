import * as t from 'io-ts'
import { describeValue, encodeMembers, hasOwn, isRecord, setOwn } from './describe.js'
import { BaseCodec, failWith } from './base.js'
import { type Fast, fastOf } from './fast.js'
import type { Mode } from './mode.js'

/** Member codecs of a structure, by key. */
export type Members = Readonly<Record<string, t.Mixed>>

/**
 * Marks an error at a key the structure does not know (strict mode). Its name reads as the
 * expectation in error messages.
 *
 * @since 0.1.0
 * @category model
 */
export class UnknownKeyType extends t.Type<never, never, unknown> {
  readonly _tag = 'UnknownKeyType' as const
  constructor(readonly known: readonly string[]) {
    super(
      'no such member',
      (_u): _u is never => false,
      (u, c) => t.failure(u, c),
      () => {
        throw new Error('unreachable')
      },
    )
  }
}

/**
 * A structure: named members, some required, in `strict` or `lenient` {@link Mode}.
 *
 * @since 0.1.0
 * @category model
 */
export class StructType<A, O> extends BaseCodec<A, O> {
  readonly _tag = 'StructType' as const
  constructor(
    name: string,
    readonly mode: Mode,
    readonly required: Members,
    readonly optional: Members,
    fast?: FastFactory<A>,
  ) {
    const strict = mode === 'strict'
    const requiredKeys = Object.keys(required)
    const unknownKey = strict ? new UnknownKeyType([...requiredKeys, ...Object.keys(optional)]) : undefined
    const memberOf = (key: string): t.Mixed | undefined =>
      hasOwn(required, key) ? required[key] : hasOwn(optional, key) ? optional[key] : undefined

    const is = (u: unknown): u is A => {
      if (!isRecord(u)) return false
      for (const key of requiredKeys) {
        if (!hasOwn(u, key) || !required[key]!.is(u[key])) return false
      }
      for (const key of Object.keys(u)) {
        const member = memberOf(key)
        if (member === undefined) {
          if (strict) return false
        } else if (u[key] !== undefined && !member.is(u[key])) {
          return false
        }
      }
      return true
    }

    const validate = (u: unknown, c: t.Context): t.Validation<A> => {
      if (!isRecord(u)) return failWith(u, c, `expected an object (${name}), received ${describeValue(u)}`, 'invalid_type')
      const errors: t.Errors = []
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(u)) {
        const value = u[key]
        const member = memberOf(key)
        if (member === undefined) {
          if (unknownKey !== undefined) {
            errors.push({
              value,
              context: [...c, { key, type: unknownKey, actual: value }],
              message: `unknown member ${JSON.stringify(key)}`,
            })
          } else {
            setOwn(out, key, value)
          }
          continue
        }
        if (value === undefined) continue
        if (value === null) {
          if (strict) {
            errors.push({
              value,
              context: [...c, { key, type: member, actual: value }],
              message: `expected ${member.name}, received null (omit the member instead)`,
              code: 'invalid_type',
            } as t.ValidationError)
          }
          continue
        }
        const result = member.validate(value, [...c, { key, type: member, actual: value }])
        if (result._tag === 'Left') errors.push(...result.left)
        else setOwn(out, key, result.right)
      }
      for (const key of requiredKeys) {
        if (!hasOwn(u, key) || u[key] === undefined || (u[key] === null && !strict)) {
          const member = required[key]!
          errors.push({
            value: undefined,
            context: [...c, { key, type: member, actual: undefined }],
            message: `missing required member ${JSON.stringify(key)}`,
          })
        }
      }
      return errors.length > 0 ? t.failures(errors) : t.success(out as A)
    }

    const encode = (a: A): O => encodeMembers(a as Record<string, unknown>, memberOf) as O

    // By position, required members first: generated fast paths index them (codegen/emit/fast.ts).
    super(name, is, validate, encode, fast?.([...Object.values(required), ...Object.values(optional)].map(fastOf)))
  }
}

/** Makes a generated fast path from its members' fast paths, in member order. */
export type FastFactory<A> = (members: ReadonlyArray<Fast<unknown>>) => Fast<A>

/**
 * Builds a structure codec.
 *
 * @since 0.1.0
 * @category constructors
 */
export const struct = <A, O = A>(
  name: string,
  mode: Mode,
  required: Members,
  optional: Members,
  fast?: FastFactory<A>,
): StructType<A, O> => new StructType<A, O>(name, mode, required, optional, fast)
