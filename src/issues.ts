import type * as t from 'io-ts'

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
}

const INDEXED = new Set(['ListType', 'ArrayType', 'ReadonlyArrayType', 'TupleType'])

function codeOf(error: t.ValidationError): IssueCode {
  const last = error.context[error.context.length - 1]
  const tag = (last?.type as { _tag?: string } | undefined)?._tag
  if (tag === 'UnknownKeyType') return 'unrecognized_key'
  if (error.context.length > 1 && last?.actual === undefined) return 'missing_required'
  if (tag === 'ClosedEnumType' && typeof error.value === 'string') return 'invalid_enum_value'
  if ((tag === undefined || tag === 'Type') && typeof error.value === 'string') return 'invalid_value'
  if ((tag === undefined || tag === 'Type') && typeof error.value === 'number') return 'invalid_value'
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
    const message = error.message ?? `expected ${last?.type.name ?? 'a value'}`
    return { path, message, code: codeOf(error) }
  })
}
