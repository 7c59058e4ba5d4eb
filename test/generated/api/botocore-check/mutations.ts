// Mutations of a valid request, one per rule of the reference: each breaks one rule at one place
// (a `site`) and leaves the rest valid, so the reference's verdict names that rule there.
import { type Model, type ModelShape, type Path, type Rule, length, patternRegExp } from './reference.js'

/** A value in a request, with the shape it is an instance of. */
export interface Site {
  readonly path: Path
  readonly shape: string
}

/** Every value of a valid request and its shape, root first. */
export function sitesOf(model: Model, shapeName: string, value: unknown, path: Path = []): Site[] {
  const shape = model.shapes[shapeName]!
  const out: Site[] = [{ path, shape: shapeName }]
  if (shape.type === 'structure' && shape.document !== true) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out.push(...sitesOf(model, shape.members![k]!.shape, v, [...path, k]))
  } else if (shape.type === 'list') {
    ;(value as unknown[]).forEach((v, i) => out.push(...sitesOf(model, shape.member!.shape, v, [...path, i])))
  } else if (shape.type === 'map') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out.push(...sitesOf(model, shape.value!.shape, v, [...path, k]))
  }
  return out
}

/** What a mutation may draw on: a sample valid value of a shape, by seed. */
export interface Helpers {
  readonly model: Model
  readonly sample: (shape: string, seed: number) => unknown
}

export interface Mutation {
  readonly name: string
  readonly rule: Rule
  /** The mutated value at a site, or undefined when the mutation does not apply there. */
  readonly apply: (value: unknown, shape: ModelShape, site: Site, helpers: Helpers) => { value: unknown; at?: Path; key?: true } | undefined
}

const isInteger = (s: ModelShape): boolean => s.type === 'integer' || s.type === 'long'
const isNumber = (s: ModelShape): boolean => isInteger(s) || s.type === 'float' || s.type === 'double'
const isText = (s: ModelShape): boolean => s.type === 'string' && s.enum === undefined
const record = (u: unknown): Record<string, unknown> => u as Record<string, unknown>
const codePoints = (s: string, n: number): string => [...s].slice(0, n).join('')
const WRONG_TYPE: Readonly<Record<string, unknown>> = {
  string: 42,
  integer: '7',
  long: '7',
  float: '0.5',
  double: '0.5',
  boolean: 'true',
  timestamp: {},
  list: {},
  map: [],
  structure: [],
}
// Candidates for text that a pattern does not match (a pattern such as `.*` matches anything).
const STRANGERS = ['!', ' ', '\u0000', '~', '\n', '%', 'é', '😀', '/', ':', '-', 'a', 'A', '0', '_', '.']

function violating(shape: ModelShape): string | undefined {
  const regexp = patternRegExp(shape.pattern!)
  const min = Math.max(shape.min ?? 0, 0)
  const max = shape.max ?? min + 3
  for (let n = min; n <= Math.min(max, min + 3); n++) {
    for (const c of STRANGERS) if (!regexp.test(c.repeat(n))) return c.repeat(n)
  }
  return undefined
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'a required member left out',
    rule: 'required',
    apply: (value, shape, site) => {
      if (shape.type !== 'structure' || shape.union === true) return undefined
      const left = (shape.required ?? []).filter((m) => m in record(value) && shape.members![m]?.idempotencyToken !== true)
      if (left.length === 0) return undefined
      const { [left[0]!]: _dropped, ...rest } = record(value)
      return { value: rest, at: [...site.path, left[0]!] }
    },
  },
  {
    name: 'an unknown member',
    rule: 'unknown',
    apply: (value, shape, site) => (shape.type === 'structure' && shape.union !== true && shape.document !== true ? { value: { ...record(value), NotAMember: 'x' }, at: [...site.path, 'NotAMember'] } : undefined),
  },
  { name: 'a value of the wrong type', rule: 'type', apply: (_v, shape, site) => (site.path.length === 0 ? undefined : { value: WRONG_TYPE[shape.type] }) },
  { name: 'null for a value', rule: 'null', apply: (_v, _shape, site) => (site.path.length === 0 ? undefined : { value: null }) },
  {
    name: 'a fraction for an integer',
    rule: 'integer',
    apply: (value, shape) => {
      if (!isInteger(shape)) return undefined
      const v = value as number
      // Past 2^52 a double holds no halves: v + 0.5 would round to an integer.
      const fraction = [v + 0.5, v - 0.5, (shape.min ?? 0) + 0.5].find(
        (f) => !Number.isInteger(f) && f >= (shape.min ?? -Infinity) && f <= (shape.max ?? Infinity),
      )
      return fraction === undefined ? undefined : { value: fraction }
    },
  },
  { name: 'a tagged union with no member', rule: 'union', apply: (_v, shape) => (shape.union === true ? { value: {} } : undefined) },
  {
    name: 'a tagged union with two members',
    rule: 'union',
    apply: (value, shape, _site, helpers) => {
      if (shape.union !== true) return undefined
      const other = Object.entries(shape.members ?? {}).find(([m]) => !(m in record(value)))
      return other === undefined ? undefined : { value: { ...record(value), [other[0]]: helpers.sample(other[1].shape, 1) } }
    },
  },
  { name: 'a value outside the enum', rule: 'enum', apply: (_v, shape) => (shape.enum !== undefined ? { value: 'NOT_A_KNOWN_VALUE' } : undefined) },
  {
    name: 'a string below its minimum length',
    rule: 'min-length',
    apply: (value, shape) => (isText(shape) && (shape.min ?? 0) > 0 ? { value: codePoints(value as string, shape.min! - 1) } : undefined),
  },
  {
    name: 'a map key below its minimum length',
    rule: 'min-length',
    apply: (value, shape, site, helpers) => {
      if (shape.type !== 'map') return undefined
      const keyShape = helpers.model.shapes[shape.key!.shape]!
      const min = isText(keyShape) ? (keyShape.min ?? 0) : 0
      const entries = Object.entries(record(value))
      if (min === 0 || entries.length === 0) return undefined
      const key = codePoints(entries[0]![0], min - 1)
      if (key in record(value)) return undefined
      return { value: Object.fromEntries([[key, entries[0]![1]], ...entries.slice(1)]), at: [...site.path, key], key: true }
    },
  },
  {
    name: 'a string above its maximum length',
    rule: 'max-length',
    apply: (value, shape) => {
      if (!isText(shape) || shape.max === undefined || shape.max > 100_000) return undefined
      const s = value as string
      const pad = [...s].at(-1) ?? 'a'
      return { value: s + pad.repeat(shape.max + 1 - length(s)) }
    },
  },
  {
    name: 'a list below its minimum size',
    rule: 'min-size',
    apply: (value, shape) => (shape.type === 'list' && (shape.min ?? 0) > 0 ? { value: (value as unknown[]).slice(0, shape.min! - 1) } : undefined),
  },
  {
    name: 'a list above its maximum size',
    rule: 'max-size',
    apply: (value, shape, _site, helpers) => {
      if (shape.type !== 'list' || shape.max === undefined || shape.max > 2000) return undefined
      const items = value as unknown[]
      const pool = items.length > 0 ? items : [helpers.sample(shape.member!.shape, 1)]
      return { value: Array.from({ length: shape.max + 1 }, (_, i) => pool[i % pool.length]) }
    },
  },
  {
    name: 'a map below its minimum size',
    rule: 'min-size',
    apply: (value, shape) => (shape.type === 'map' && (shape.min ?? 0) > 0 ? { value: Object.fromEntries(Object.entries(record(value)).slice(0, shape.min! - 1)) } : undefined),
  },
  {
    name: 'a map above its maximum size',
    rule: 'max-size',
    apply: (value, shape, _site, helpers) => {
      if (shape.type !== 'map' || shape.max === undefined || shape.max > 500) return undefined
      const out = { ...record(value) }
      for (let seed = 1; Object.keys(out).length <= shape.max && seed < 20 * (shape.max + 1); seed++) {
        const key = helpers.sample(shape.key!.shape, seed) as string
        if (!(key in out)) out[key] = helpers.sample(shape.value!.shape, seed)
      }
      return Object.keys(out).length > shape.max ? { value: out } : undefined
    },
  },
  {
    name: 'a number below its minimum',
    rule: 'min-value',
    apply: (_v, shape) => (isNumber(shape) && shape.min !== undefined ? { value: isInteger(shape) ? Math.ceil(shape.min) - 1 : shape.min - 0.5 } : undefined),
  },
  {
    name: 'a number above its maximum',
    rule: 'max-value',
    apply: (_v, shape) => (isNumber(shape) && shape.max !== undefined ? { value: isInteger(shape) ? Math.floor(shape.max) + 1 : shape.max + 0.5 } : undefined),
  },
  {
    name: 'a string its pattern does not match',
    rule: 'pattern',
    apply: (_v, shape) => {
      if (!isText(shape) || shape.pattern === undefined) return undefined
      const text = violating(shape)
      return text === undefined ? undefined : { value: text }
    },
  },
]

/** A copy of `root` with the value at `path` replaced. */
export function replaceAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path
  if (Array.isArray(root)) return root.map((item, i) => (i === head ? replaceAt(item, rest, value) : item))
  const copy = { ...record(root) }
  // The key of a map may itself have been replaced (a key mutation rebuilds the map).
  copy[head as string] = replaceAt(copy[head as string], rest, value)
  return copy
}
