import type * as t from 'io-ts'
import { describeValue } from './primitives/describe.js'

/**
 * What kind of problem an {@link Issue} reports.
 *
 * @since 0.1.0
 * @category model
 */
export type IssueCode = 'invalid_type' | 'missing_required' | 'unrecognized_key' | 'invalid_enum_value' | 'invalid_value'

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

const INDEXED = new Set(['ListType', 'ArrayType', 'ReadonlyArrayType', 'TupleType'])

function codeOf(error: t.ValidationError): IssueCode {
  const own = (error as { code?: IssueCode }).code
  if (own !== undefined) return own
  const last = error.context[error.context.length - 1]
  const tag = (last?.type as { _tag?: string } | undefined)?._tag
  if (tag === 'UnknownKeyType') return 'unrecognized_key'
  if (error.context.length > 1 && last?.actual === undefined) return 'missing_required'
  // io-ts's own primitives (t.string, t.boolean, t.literal) fail only on the wrong type.
  return 'invalid_type'
}

/**
 * Turns io-ts validation errors into flat {@link Issue}s: list positions become numbers.
 *
 * @since 0.1.0
 * @category conversions
 */
export function toIssues(errors: t.Errors): Issue[] {
  return errors.map((error) => {
    const path: Array<string | number> = []
    const context = error.context
    for (let i = 1; i < context.length; i++) {
      const key = context[i]!.key
      const parentTag = (context[i - 1]!.type as { _tag?: string })._tag
      path.push(parentTag !== undefined && INDEXED.has(parentTag) ? Number(key) : key)
    }
    const last = context[context.length - 1]
    const message = error.message ?? `expected ${last?.type.name ?? 'a value'}, received ${describeValue(error.value)}`
    const code = codeOf(error)
    const type = last?.type as (t.Decoder<unknown, unknown> & { _tag?: string; values?: readonly (string | number)[]; suggest?: (word: string) => string | undefined }) | undefined
    let expected: string | undefined
    let suggestion: string | undefined
    if (type?._tag === 'UnknownKeyType') {
      suggestion = type.suggest?.(String(last!.key))
    } else if (type?._tag === 'ClosedEnumType' && type.values !== undefined) {
      expected = describeValues(type.values)
      if (typeof error.value === 'string') suggestion = type.suggest?.(error.value)
    } else if (type !== undefined) {
      expected = type.name
    }
    return {
      path,
      message,
      code,
      ...(expected === undefined ? {} : { expected }),
      ...(code === 'missing_required' ? {} : { received: describeValue(error.value) }),
      ...(suggestion === undefined ? {} : { suggestion }),
    }
  })
}
