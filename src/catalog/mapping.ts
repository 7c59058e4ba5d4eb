import type * as t from 'io-ts'
import { safeDecode } from '../decode.js'
import { formatPath } from '../format.js'
import type { Issue } from '../issues.js'
import { isRecord, setOwn } from '../primitives/describe.js'

/**
 * One field of a resource-catalog record: the API member it holds (its provider name) and, for a
 * structure or a list of structures, its own fields. A field without `api` is the catalog's own
 * (`account_id`, `tags`).
 *
 * @since 0.1.0
 * @category model
 */
export interface CatalogField {
  readonly api?: string
  readonly fields?: CatalogFields
}

/**
 * The fields of a record or of one of its structures, by the record's (snake_case) name.
 *
 * @since 0.1.0
 * @category model
 */
export type CatalogFields = Readonly<Record<string, CatalogField>>

/** A path into a value: keys and list positions. */
export type CatalogPath = ReadonlyArray<string | number>

/**
 * The result of moving a value between a catalog record and the API's shape. `carried` lists
 * the fields the other side has no member for (the catalog's own fields, members the table or
 * the model does not know): they are kept under their own name, never dropped, and listed here
 * by their path in the input.
 *
 * @since 0.1.0
 * @category model
 */
export type CatalogResult<A> =
  | { readonly success: true; readonly data: A; readonly carried: readonly CatalogPath[] }
  | { readonly success: false; readonly issues: Issue[] }

/**
 * Both directions between a record codec and an API response codec.
 *
 * @since 0.1.0
 * @category model
 */
export interface CatalogMapping<R, A> {
  /** A record (decoded or wire form) to the API's shape. */
  readonly toApi: (record: unknown) => CatalogResult<A>
  /** An API response (decoded or wire form) to the record. */
  readonly fromApi: (response: unknown) => CatalogResult<R>
}

/** One level of a mapping: each source key's target key and, for structures, the next level. */
interface Level {
  readonly entries: ReadonlyMap<string, { readonly target: string | undefined; readonly next: Level | undefined }>
}

function recordToApiLevel(fields: CatalogFields): Level {
  const entries = new Map<string, { target: string | undefined; next: Level | undefined }>()
  for (const key of Object.keys(fields)) {
    const field = fields[key]!
    entries.set(key, { target: field.api, next: field.fields === undefined ? undefined : recordToApiLevel(field.fields) })
  }
  return { entries }
}

function apiToRecordLevel(fields: CatalogFields): Level {
  const entries = new Map<string, { target: string | undefined; next: Level | undefined }>()
  for (const key of Object.keys(fields)) {
    const field = fields[key]!
    if (field.api === undefined) continue // the catalog's own field: no API member names it
    entries.set(field.api, { target: key, next: field.fields === undefined ? undefined : apiToRecordLevel(field.fields) })
  }
  return { entries }
}

/** A fresh copy of a decoded value (Dates, lists, maps), so input and output share nothing. */
function copy(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime())
  if (Array.isArray(value)) return value.map(copy)
  if (isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) setOwn(out, key, copy(value[key]))
    return out
  }
  return value
}

interface Renaming {
  readonly carried: CatalogPath[]
  readonly issues: Issue[]
}

/** Renames the keys of a decoded value level by level; what a level does not know is carried. */
function rename(value: unknown, level: Level, path: CatalogPath, out: Renaming): unknown {
  if (Array.isArray(value)) return value.map((item, i) => rename(item, level, [...path, i], out))
  if (!isRecord(value)) return copy(value)
  const result: Record<string, unknown> = {}
  const from = new Map<string, string>()
  for (const key of Object.keys(value)) {
    const entry = level.entries.get(key)
    const target = entry?.target ?? key
    if (entry?.target === undefined) out.carried.push([...path, key])
    const earlier = from.get(target)
    if (earlier !== undefined) {
      out.issues.push({
        path: [...path, key],
        message: `${JSON.stringify(key)} and ${JSON.stringify(earlier)} would both become ${JSON.stringify(target)}; one would be lost`,
        code: 'invalid_value',
      })
      continue
    }
    from.set(target, key)
    const item = value[key]
    const converted = entry?.target === undefined || entry.next === undefined ? copy(item) : rename(item, entry.next, [...path, key], out)
    setOwn(result, target, converted)
  }
  return result
}

/** A path in the converted value, back in the input's terms (as far as the mapping knows it). */
function pathInInput(path: CatalogPath, backwards: Level): CatalogPath {
  const out: Array<string | number> = []
  let level: Level | undefined = backwards
  for (const key of path) {
    if (typeof key === 'number' || level === undefined) {
      out.push(key)
      continue
    }
    const entry = level.entries.get(key)
    out.push(entry?.target ?? key)
    level = entry?.next
  }
  return out
}

function direction<S, T>(source: t.Decoder<unknown, S>, target: t.Decoder<unknown, T>, forwards: Level, backwards: Level): (input: unknown) => CatalogResult<T> {
  return (input: unknown): CatalogResult<T> => {
    const decoded = safeDecode(source, input)
    if (!decoded.success) return decoded
    const renaming: Renaming = { carried: [], issues: [] }
    let converted: unknown
    try {
      converted = rename(decoded.data, forwards, [], renaming)
    } catch (e) {
      // A decoded value can be the input itself (nothing to change), so a Proxy or getter that
      // throws on a second read still reaches here.
      const message = `could not read the input (${e instanceof Error ? e.message : 'an exception'})`
      return { success: false, issues: [{ path: [], message, code: 'invalid_value' }] }
    }
    if (renaming.issues.length > 0) return { success: false, issues: renaming.issues }
    const checked = safeDecode(target, converted)
    if (checked.success) return { success: true, data: checked.data, carried: renaming.carried }
    // The target's issues (a member the API requires, a fraction where the record has INT32),
    // pointed at the input's field.
    const issues = checked.issues.map((issue) => ({
      ...issue,
      path: pathInInput(issue.path, backwards),
      message: `${issue.message} (as ${formatPath(issue.path)} of ${target.name})`,
    }))
    return { success: false, issues }
  }
}

/**
 * Moves values between a catalog record and the API response it describes, by the record's
 * provider names. Both directions decode their input first, rename, and check the result with
 * the other side's codec, so what comes out is a valid value of that side or a list of issues
 * at paths into the input. Timestamps stay `Date`s, numbers, booleans, maps and lists are
 * copied as they are; fields without a counterpart are carried under their own name and
 * listed in `carried`.
 *
 * @since 0.1.0
 * @category constructors
 */
export function catalogMapping<R, A>(record: t.Decoder<unknown, R>, api: t.Decoder<unknown, A>, fields: CatalogFields): CatalogMapping<R, A> {
  const toApiLevel = recordToApiLevel(fields)
  const fromApiLevel = apiToRecordLevel(fields)
  return { toApi: direction(record, api, toApiLevel, fromApiLevel), fromApi: direction(api, record, fromApiLevel, toApiLevel) }
}

