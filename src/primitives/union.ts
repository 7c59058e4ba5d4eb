import * as t from 'io-ts'
import { describeValue, encodeMembers, hasOwn, isRecord, setOwn } from './describe.js'
import { BaseCodec, failWith } from './base.js'
import { fastOf } from './fast.js'
import type { Mode } from './mode.js'
import type { FastFactory, Members } from './struct.js'
import { UnknownKeyType } from './unknown-key.js'

/**
 * A tagged union as the API models it: an object with exactly one of its members set. In
 * `lenient` mode an object that sets none of the known members is kept as it is (a member AWS
 * added later, or `{}`, which AWS's own event examples send), and unknown keys beside a known
 * member are kept.
 *
 * @since 0.1.0
 * @category model
 */
export class UnionType<A, O> extends BaseCodec<A, O> {
  readonly _tag = 'UnionType' as const
  constructor(
    name: string,
    readonly mode: Mode,
    readonly members: Members,
    fast?: FastFactory<A>,
    /** Strict unions mark unknown keys with it; {@link union} makes it (see lenientUnion). */
    unknownKey?: t.Type<never, never, unknown>,
  ) {
    const strict = mode === 'strict'
    const names = Object.keys(members)
    // Built without struct()/union(), a strict codec still rejects unknown keys (without suggestions).
    const unknownKeyType = unknownKey ?? t.never
    const setMembers = (u: Record<string, unknown>): string[] =>
      names.filter((k) => hasOwn(u, k) && u[k] !== undefined && u[k] !== null)

    const is = (u: unknown): u is A => {
      if (!isRecord(u)) return false
      const set = setMembers(u)
      if (set.length !== 1) return !strict && set.length === 0
      if (strict && Object.keys(u).some((k) => !hasOwn(members, k))) return false
      return members[set[0]!]!.is(u[set[0]!])
    }

    const validate = (u: unknown, c: t.Context): t.Validation<A> => {
      if (!isRecord(u)) return failWith(u, c, `expected an object (${name}), received ${describeValue(u)}`, 'invalid_type')
      const set = setMembers(u)
      const keys = Object.keys(u)
      if (set.length === 0 && !strict) return t.success({ ...u } as A)
      if (set.length !== 1) {
        const message =
          set.length === 0
            ? `expected exactly one member of ${name} (${names.join(' | ')}), received none`
            : `expected exactly one member of ${name}, received ${set.join(' and ')}`
        return failWith(u, c, message, 'invalid_value')
      }
      const errors: t.Errors = []
      const out: Record<string, unknown> = {}
      for (const key of keys) {
        const value = u[key]
        if (!hasOwn(members, key)) {
          if (strict) {
            errors.push({ value, context: [...c, { key, type: unknownKeyType, actual: value }], message: `unknown member ${JSON.stringify(key)}` })
          } else {
            setOwn(out, key, value)
          }
          continue
        }
        if (key !== set[0]) {
          if (strict && value === null) {
            errors.push({ value, context: [...c, { key, type: members[key]!, actual: value }], message: 'expected no value, received null (omit the member instead)' })
          }
          continue
        }
        const member = members[key]!
        const result = member.validate(value, [...c, { key, type: member, actual: value }])
        if (result._tag === 'Left') errors.push(...result.left)
        else setOwn(out, key, result.right)
      }
      return errors.length > 0 ? t.failures(errors) : t.success(out as A)
    }

    const encode = (a: A): O => encodeMembers(a as Record<string, unknown>, (key) => (hasOwn(members, key) ? members[key] : undefined)) as O

    super(name, is, validate, encode, fast?.(Object.values(members).map(fastOf)))
  }
}

/** @since 0.1.0 @category constructors */
export const union = <A, O = A>(name: string, mode: Mode, members: Members, fast?: FastFactory<A>): UnionType<A, O> =>
  new UnionType<A, O>(name, mode, members, fast, mode === 'strict' ? new UnknownKeyType(Object.keys(members)) : undefined)

/**
 * A lenient union ({@link union} in `lenient` mode), without the strict parts; see lenientStruct.
 *
 * @since 0.1.0
 * @category constructors
 */
export const lenientUnion = <A, O = A>(name: string, members: Members, fast?: FastFactory<A>): UnionType<A, O> =>
  new UnionType<A, O>(name, 'lenient', members, fast)
