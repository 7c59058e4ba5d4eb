import type * as t from 'io-ts'
import { describeValue } from './primitives/describe.js'

/**
 * What kind of problem an {@link Issue} reports.
 *
 * - `invalid_type`: the wrong kind of JSON value (a number where text belongs);
 * - `invalid_value`: the right kind, but not a value of it (a date that is not one, a cycle,
 *   nesting deeper than {@link MAX_NESTING});
 * - `missing_required`, `unrecognized_key`, `invalid_enum_value`: what the names say;
 * - `not_integer`: a fraction where the model has an integer;
 * - `too_small`, `too_big`: below the model's `min` or above its `max` (text length in code
 *   points, bytes, list or map entries, or a number's value);
 * - `pattern`: text that does not match the model's pattern;
 * - `too_many_issues`: the last issue of a list cut at {@link MAX_ISSUES}.
 *
 * @since 0.1.0
 * @category model
 */
export type IssueCode =
  | 'invalid_type'
  | 'missing_required'
  | 'unrecognized_key'
  | 'invalid_enum_value'
  | 'invalid_value'
  | 'not_integer'
  | 'too_small'
  | 'too_big'
  | 'pattern'
  | 'too_many_issues'

/**
 * How many issues one decode reports at most: past it, decoding stops and a last issue says so,
 * so a huge bad input costs little and the first issues stay real.
 *
 * @since 0.1.0
 * @category model
 */
export const MAX_ISSUES = 1000

/**
 * How deep decoding goes, counted in keys and list positions from the root: an object or list
 * nested deeper is an issue, valid or not, instead of exhausting the stack. SageMaker itself
 * allows 50 nested SearchExpressions (two levels each); EventBridge events are shallow.
 *
 * @since 0.1.0
 * @category model
 */
export const MAX_NESTING = 512

/**
 * One problem found while decoding, at a path into the input.
 *
 * @since 0.1.0
 * @category model
 */
export interface Issue {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
  readonly code: IssueCode
  /** What belongs here: a type, or some of an enum's values. */
  readonly expected?: string
  /** What was there, shortened. */
  readonly received?: string
  /** The member or enum value probably meant (`ProcessingJobNmae` -> `ProcessingJobName`). */
  readonly suggestion?: string
}

const SHOWN_VALUES = 6

/** `"A" | "B" | ... N more`: enough to act on, bounded for long lists. */
export function describeValues(values: readonly (string | number)[]): string {
  const shown = values.slice(0, SHOWN_VALUES).map((v) => JSON.stringify(v))
  const rest = values.length - shown.length
  return rest > 0 ? `${shown.join(' | ')} | ... ${rest} more` : shown.join(' | ')
}

const INDEXED = new Set(['ArrayType', 'ReadonlyArrayType', 'TupleType'])

/**
 * An io-ts error that carries the issue this package's codecs made, and how long the context
 * was at the codec that made it (what comes before is the path of the io-ts types around it).
 */
export interface CarriedIssue extends t.ValidationError {
  readonly issue: Issue
  readonly at: number
}

const carried = (error: t.ValidationError): error is CarriedIssue => (error as Partial<CarriedIssue>).issue !== undefined

/** The path that io-ts context entries `1..end` spell: list positions as numbers. */
function contextPath(context: t.Context, end: number): Array<string | number> {
  const path: Array<string | number> = []
  for (let i = 1; i < end; i++) {
    const key = context[i]!.key
    const parentTag = (context[i - 1]!.type as { _tag?: string })._tag
    path.push(parentTag !== undefined && INDEXED.has(parentTag) ? Number(key) : key)
  }
  return path
}

/**
 * Turns io-ts validation errors into flat {@link Issue}s: list positions become numbers. Errors
 * of this package's codecs carry their issue; those of other io-ts types are read from their
 * context.
 *
 * @since 0.1.0
 * @category conversions
 */
export function toIssues(errors: t.Errors): Issue[] {
  const out: Issue[] = []
  for (const error of errors) {
    if (carried(error)) {
      out.push(error.at <= 1 ? error.issue : { ...error.issue, path: [...contextPath(error.context, error.at), ...error.issue.path] })
      continue
    }
    const context = error.context
    const last = context[context.length - 1]
    const message = error.message ?? `expected ${last?.type.name ?? 'a value'}, received ${describeValue(error.value)}`
    const missing = context.length > 1 && last?.actual === undefined
    out.push({
      path: contextPath(context, context.length),
      message,
      // io-ts's own primitives (t.string, t.boolean, t.literal) fail only on the wrong type.
      code: missing ? 'missing_required' : 'invalid_type',
      ...(last === undefined ? {} : { expected: last.type.name }),
      ...(missing ? {} : { received: describeValue(error.value) }),
    })
  }
  return out
}
