import * as t from 'io-ts'
import { describeValue, encodeMembers, hasOwn, isRecord, setOwn } from './describe.js'
import { BaseCodec, failWith } from './base.js'
import { type Fast, fastOf } from './fast.js'
import type { Mode } from './mode.js'
import { UnknownKeyType } from './unknown-key.js'

/** Member codecs of a structure, by key. */
export type Members = Readonly<Record<string, t.Mixed>>

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
    /** Strict structures mark unknown keys with it; {@link struct} makes it (see lenientStruct). */
    unknownKey?: t.Type<never, never, unknown>,
  ) {
    const strict = mode === 'strict'
    const requiredKeys = Object.keys(required)
    // Built without struct()/union(), a strict codec still rejects unknown keys (without suggestions).
    const unknownKeyType = unknownKey ?? t.never
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
          if (strict) {
            errors.push({
              value,
              context: [...c, { key, type: unknownKeyType, actual: value }],
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
): StructType<A, O> =>
  new StructType<A, O>(name, mode, required, optional, fast, mode === 'strict' ? new UnknownKeyType([...Object.keys(required), ...Object.keys(optional)]) : undefined)

/**
 * A lenient structure ({@link struct} in `lenient` mode). Generated lenient codecs use it: it
 * leaves the strict parts (unknown-key suggestions and their edit distance) out of a bundle.
 *
 * @since 0.1.0
 * @category constructors
 */
export const lenientStruct = <A, O = A>(name: string, required: Members, optional: Members, fast?: FastFactory<A>): StructType<A, O> =>
  new StructType<A, O>(name, 'lenient', required, optional, fast)
