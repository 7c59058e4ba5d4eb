// A reference validator for request parameters, written from botocore's documented client-side
// check (`ParamValidator`, botocore/validate.py) and from what the service checks after it:
//
// - botocore: required members (an idempotency token is filled in when absent, so it is not
//   required of a caller), unknown members, types (`int` for integer/long, `int` or `float` for
//   float/double, `str`, `bool`, `list`, `dict`, a datetime or timestamp text), no `None`
//   anywhere, exactly one member of a tagged union, and `min`: string length in code points, list
//   length, number value, and the same for map keys;
// - the service: `max` (string length, list and map size, number value), map size `min`, `pattern`
//   (not anchored: it must match somewhere), enum values, and JSON types (a boolean is no number,
//   although Python's `True` is an `int`).
//
// It reads the vendored model as JSON, not the IR, and shares only the pattern translation with
// the code generator (botocore patterns are Java regular expressions; JavaScript runs them
// translated).
import { translatePattern } from '../../../../codegen/frontends/botocore/pattern.js'

export interface ModelShape {
  readonly type: string
  readonly members?: Readonly<Record<string, { readonly shape: string; readonly idempotencyToken?: boolean }>>
  readonly required?: readonly string[]
  readonly member?: { readonly shape: string }
  readonly key?: { readonly shape: string }
  readonly value?: { readonly shape: string }
  readonly enum?: readonly string[]
  readonly min?: number
  readonly max?: number
  readonly pattern?: string
  readonly union?: boolean
  readonly document?: boolean
}

export interface Model {
  readonly operations: Readonly<Record<string, { readonly input?: { readonly shape: string } }>>
  readonly shapes: Readonly<Record<string, ModelShape>>
}

/** Each rule the reference checks; a mutation of the independent check breaks exactly one. */
export type Rule =
  | 'required'
  | 'unknown'
  | 'type'
  | 'null'
  | 'integer'
  | 'union'
  | 'enum'
  | 'min-length'
  | 'max-length'
  | 'min-size'
  | 'max-size'
  | 'min-value'
  | 'max-value'
  | 'pattern'

export const RULES: readonly Rule[] = ['required', 'unknown', 'type', 'null', 'integer', 'union', 'enum', 'min-length', 'max-length', 'min-size', 'max-size', 'min-value', 'max-value', 'pattern']

export type Path = readonly (string | number)[]

export interface Violation {
  readonly path: Path
  readonly rule: Rule
  /** Who rejects it: boto3 before sending, or the service. */
  readonly by: 'botocore' | 'service'
  /** Set when the violation is in a map's key rather than its value. */
  readonly key?: true
}

const patterns = new Map<string, RegExp>()
export function patternRegExp(pattern: string): RegExp {
  let regexp = patterns.get(pattern)
  if (regexp === undefined) {
    const t = translatePattern(pattern)
    if (!t.ok) throw new Error(`untranslatable pattern ${pattern}: ${t.reason}`)
    regexp = new RegExp(t.source, 'u')
    patterns.set(pattern, regexp)
  }
  return regexp
}

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && !(u instanceof Date) && !(u instanceof Uint8Array)

/** Code points, as Python's `len` and Smithy count a string. */
export const length = (s: string): number => [...s].length

const ISO_8601 = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/
const RFC_1123 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/
const EPOCH_TEXT = /^\d+(\.\d+)?$/

/** What botocore's `parse_to_aware_datetime` reads: a datetime, epoch seconds, or timestamp text. */
function isTimestamp(u: unknown): boolean {
  if (u instanceof Date) return !Number.isNaN(u.getTime())
  if (typeof u === 'number') return Number.isFinite(u)
  if (typeof u !== 'string') return false
  if (ISO_8601.test(u)) return !Number.isNaN(Date.parse(u.replace(' ', 'T')))
  return RFC_1123.test(u) ? !Number.isNaN(Date.parse(u)) : EPOCH_TEXT.test(u)
}

/** Every rule `value` breaks as the input of `shapeName`. */
export function validate(model: Model, shapeName: string, value: unknown): Violation[] {
  const out: Violation[] = []
  const report = (path: Path, rule: Rule, by: Violation['by'], key?: true): void => {
    out.push({ path, rule, by, ...(key === undefined ? {} : { key }) })
  }

  const check = (name: string, value: unknown, path: Path, key?: true): void => {
    const shape = model.shapes[name]!
    if (value === null || value === undefined) return report(path, 'null', 'botocore', key)
    const range = (n: number, rule: 'length' | 'size' | 'value', minBy: Violation['by']): void => {
      if (shape.min !== undefined && n < shape.min) report(path, `min-${rule}`, minBy, key)
      if (shape.max !== undefined && n > shape.max) report(path, `max-${rule}`, 'service', key)
    }
    switch (shape.type) {
      case 'structure': {
        if (shape.document === true) return
        if (!isRecord(value)) return report(path, 'type', 'botocore', key)
        const members = shape.members ?? {}
        const keys = Object.keys(value)
        if (shape.union === true && keys.length !== 1) report(path, 'union', 'botocore')
        for (const required of shape.required ?? []) {
          if (!(required in value) && members[required]?.idempotencyToken !== true) report([...path, required], 'required', 'botocore')
        }
        for (const k of keys) {
          const member = Object.prototype.hasOwnProperty.call(members, k) ? members[k] : undefined
          if (member === undefined) report([...path, k], 'unknown', 'botocore')
          else check(member.shape, value[k], [...path, k])
        }
        return
      }
      case 'list':
        if (!Array.isArray(value)) return report(path, 'type', 'botocore', key)
        range(value.length, 'size', 'botocore')
        value.forEach((item, i) => check(shape.member!.shape, item, [...path, i]))
        return
      case 'map':
        if (!isRecord(value)) return report(path, 'type', 'botocore', key)
        // botocore checks no map's size; the service does.
        range(Object.keys(value).length, 'size', 'service')
        for (const [k, v] of Object.entries(value)) {
          check(shape.key!.shape, k, [...path, k], true)
          check(shape.value!.shape, v, [...path, k])
        }
        return
      case 'string':
        if (typeof value !== 'string') return report(path, 'type', 'botocore', key)
        range(length(value), 'length', 'botocore')
        if (shape.pattern !== undefined && !patternRegExp(shape.pattern).test(value)) report(path, 'pattern', 'service', key)
        if (shape.enum !== undefined && !shape.enum.includes(value)) report(path, 'enum', 'service', key)
        return
      case 'integer':
      case 'long':
      case 'float':
      case 'double':
        if (typeof value === 'boolean') return report(path, 'type', 'service', key)
        if (typeof value !== 'number' || !Number.isFinite(value)) return report(path, 'type', 'botocore', key)
        if ((shape.type === 'integer' || shape.type === 'long') && !Number.isInteger(value)) report(path, 'integer', 'botocore', key)
        range(value, 'value', 'botocore')
        return
      case 'boolean':
        if (typeof value !== 'boolean') report(path, 'type', 'botocore', key)
        return
      case 'timestamp':
        if (!isTimestamp(value)) report(path, 'type', 'botocore', key)
        return
      case 'blob':
        if (typeof value !== 'string' && !(value instanceof Uint8Array)) report(path, 'type', 'botocore', key)
        return
      default:
        throw new Error(`${name}: unknown shape type ${shape.type}`)
    }
  }

  check(shapeName, value, [])
  return out
}

/** The input shape of an operation (botocore validates nothing for an operation without one). */
export function inputOf(model: Model, operation: string): string | undefined {
  return model.operations[operation]?.input?.shape
}
