import type { StandardSchemaV1 } from '@standard-schema/spec'
import * as t from 'io-ts'
import { type IssueCode, toIssues } from '../issues.js'
import { describeValue } from './describe.js'
import { FAIL, type Fast } from './fast.js'

/**
 * How deep decoding goes, counted in keys and list positions from the root, before it stops with
 * an issue instead of exhausting the stack. SageMaker itself allows 50 nested SearchExpressions
 * (two levels each); EventBridge events are shallow.
 *
 * @since 0.1.0
 * @category model
 */
export const MAX_NESTING = 512

/**
 * Every codec the package exports: an io-ts type and a Standard Schema v1, whose input type is
 * the wire form (`O`, timestamps as text) and whose output is the decoded value (`A`).
 *
 * @since 0.1.0
 * @category model
 */
export interface Codec<A, O = A> extends t.Type<A, O, unknown>, StandardSchemaV1<O, A> {}

export const VENDOR = 'sagemaker-shapes'

/**
 * A failure that says what kind of issue it is (io-ts errors carry no code; `toIssues` reads it).
 *
 * @since 0.1.0
 * @category constructors
 */
export function failWith<A>(u: unknown, c: t.Context, message: string, code: IssueCode): t.Validation<A> {
  return t.failures([{ value: u, context: c, message, code } as t.ValidationError])
}

let guardDepth = 0

/**
 * The base of the package's codecs. It makes decoding safe on any input: an exception from the
 * input (a getter or Proxy trap that throws, a revoked Proxy) becomes an issue at its path, and
 * nesting past {@link MAX_NESTING} stops with an issue rather than a stack overflow (cyclic
 * inputs included). It also gives each codec its `~standard` Standard Schema interface.
 *
 * @since 0.1.0
 * @category model
 */
export class BaseCodec<A, O> extends t.Type<A, O, unknown> implements StandardSchemaV1<O, A> {
  /**
   * The generated straight-line check: valid input returns at once (decoded), anything else
   * gives FAIL and the careful path below decides, with issues. Absent for codecs built by hand.
   */
  readonly fast: Fast<A> | undefined
  /** The careful path alone: what `validate` does when the fast path declines. */
  readonly validateCarefully: t.Validate<unknown, A>

  constructor(name: string, is: t.Is<A>, validate: t.Validate<unknown, A>, encode: t.Encode<A, O>, fast?: Fast<A>) {
    const careful: t.Validate<unknown, A> = (u, c) => {
      if (c.length > MAX_NESTING) return failWith(u, c, `nested deeper than ${MAX_NESTING} levels; stopped decoding here`, 'invalid_value')
      try {
        return validate(u, c)
      } catch (e) {
        return failWith(u, c, `could not read the value (${e instanceof Error ? e.message : describeValue(e)})`, 'invalid_value')
      }
    }
    super(
      name,
      (u): u is A => {
        if (fast !== undefined) {
          try {
            return fast(u, true) !== FAIL
          } catch {
            // a throwing getter, or a stack too deep for the fast path: the careful guard decides
          }
        }
        if (guardDepth >= MAX_NESTING) return false
        guardDepth++
        try {
          return is(u)
        } catch {
          return false
        } finally {
          guardDepth--
        }
      },
      (u, c) => {
        if (fast !== undefined) {
          try {
            const r = fast(u, false)
            if (r !== FAIL) return t.success(r)
          } catch {
            // as above: the careful path decides, and reports
          }
        }
        return careful(u, c)
      },
      encode,
    )
    this.fast = fast
    this.validateCarefully = careful
  }

  #standard: StandardSchemaV1.Props<O, A> | undefined

  /** Built on first use and kept: consumers read it on every parse. */
  get '~standard'(): StandardSchemaV1.Props<O, A> {
    if (this.#standard === undefined) {
      const validate = (value: unknown): StandardSchemaV1.Result<A> => {
        const result = this.validate(value, [{ key: '', type: this, actual: value }])
        if (result._tag === 'Right') return { value: result.right }
        return { issues: toIssues(result.left).map((i) => ({ message: i.message, path: i.path })) }
      }
      this.#standard = { version: 1, vendor: VENDOR, validate }
    }
    return this.#standard
  }
}
