// Requests generated from the vendored botocore model with fast-check: values valid under every
// rule of the reference (required members, types, enum values, min/max, patterns), small and
// bounded in depth, in the forms the strict codecs read (timestamps as Date, ISO-8601 or RFC 1123
// text, epoch seconds as a number or text).
import fc from 'fast-check'
import { type PatternNode, printPattern, translatePattern } from '../../../../codegen/frontends/botocore/pattern.js'
import { type Model, type ModelShape, length, patternRegExp } from './reference.js'

// Characters a pattern's classes draw from: printable ASCII, non-ASCII letters, an astral symbol
// (two UTF-16 units, one code point) and whitespace.
const POOL = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...'éßЖ😀\t\n', '\u00a0', '\u3000']
const PLAIN = fc.constantFrom(...[...'aZ09-_.', 'é', '😀'])

const atomChars = new WeakMap<object, string[]>()
function charsOf(node: PatternNode): string[] {
  let chars = atomChars.get(node)
  if (chars === undefined) {
    const test = new RegExp(`^${printPattern(node)}$`, 'u')
    chars = POOL.filter((c) => test.test(c))
    atomChars.set(node, chars)
  }
  return chars
}

/** A small seeded generator (mulberry32): patterns are searched with it, deterministically. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0
    let x = Math.imul(a ^ (a >>> 15), 1 | a)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return (((x ^ (x >>> 14)) >>> 0) % n)
  }
}

/** Text the pattern tree matches as a whole; an unbounded repetition runs up to `stretch` more times. */
function matchOf(node: PatternNode, pick: (n: number) => number, stretch: number): string {
  switch (node.type) {
    case 'seq':
      return node.items.map((item) => matchOf(item, pick, stretch)).join('')
    case 'alt':
      return matchOf(node.branches[pick(node.branches.length)]!, pick, stretch)
    case 'group':
      return node.kind === 'capture' || node.kind === 'group' ? matchOf(node.body, pick, stretch) : ''
    case 'repeat': {
      const count = node.min + pick(Math.min(node.max - node.min, stretch) + 1)
      let out = ''
      for (let i = 0; i < count; i++) out += matchOf(node.body, pick, stretch)
      return out
    }
    case 'assert':
      return ''
    case 'char':
      return String.fromCodePoint(node.cp)
    default: {
      const chars = charsOf(node)
      return chars.length === 0 ? '\u{1}' : chars[pick(chars.length)]!
    }
  }
}

/**
 * A string of the shape: matched by its pattern (lookarounds and anchors included, as the
 * reference tests it) and within its length. Searched from a seed fast-check draws, with
 * repetitions stretched towards the length the shape asks for; a shape no search satisfies
 * is an error that names it.
 */
function patternString(name: string, tree: PatternNode, regexp: RegExp, min: number, max: number): fc.Arbitrary<string> {
  const stretches = [3, 8, min, 2 * min, Math.min(max, 64)].filter((n) => n > 0)
  return fc.integer({ min: 0, max: 0x7fffffff }).map((seed) => {
    const pick = random(seed)
    for (let attempt = 0; attempt < 2000; attempt++) {
      const text = matchOf(tree, pick, stretches[attempt % stretches.length]!)
      if (length(text) >= min && length(text) <= max && regexp.test(text)) return text
    }
    throw new Error(`${name}: found no string of ${min} to ${max} characters that ${regexp} matches`)
  })
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER
const INT32 = 2 ** 31

function stringArbitrary(name: string, shape: ModelShape): fc.Arbitrary<string> {
  return textArbitrary(name, shape)
}

/**
 * Text within `min`/`max` code points that `pattern` (a model pattern, botocore's or already
 * ECMA-262: translating is idempotent) matches somewhere.
 */
export function textArbitrary(name: string, constraints: { readonly min?: number | undefined; readonly max?: number | undefined; readonly pattern?: string | undefined }): fc.Arbitrary<string> {
  const min = constraints.min ?? 0
  const max = constraints.max ?? Infinity
  if (constraints.pattern === undefined) return fc.string({ unit: PLAIN, minLength: min, maxLength: Math.min(max, min + 8) })
  const t = translatePattern(constraints.pattern)
  if (!t.ok) throw new Error(t.reason)
  return patternString(name, t.tree, patternRegExp(constraints.pattern), min, max)
}

export interface RequestOptions {
  /** Where the published model is narrower than botocore's: the values to draw, by shape. */
  readonly narrower: Readonly<Record<string, readonly (string | number)[]>>
  /** Structures the published model makes tagged unions: one member is drawn. */
  readonly unions: ReadonlySet<string>
  /** Past this depth, structures get their required members only and lists their minimum. */
  readonly depth: number
}

/** Arbitraries of valid values of the model's shapes, built once per shape and depth. */
export function valueArbitraries(model: Model, options: RequestOptions): (shape: string) => fc.Arbitrary<unknown> {
  const cache = new Map<string, fc.Arbitrary<unknown>>()
  const building = new Set<string>()
  const idempotency = (s: ModelShape, m: string): boolean => s.members?.[m]?.idempotencyToken === true

  const of = (name: string, depth: number): fc.Arbitrary<unknown> => {
    const deep = depth > options.depth
    const key = `${name}@${deep ? 'deep' : depth}`
    let arbitrary = cache.get(key)
    if (arbitrary === undefined) {
      // Optional members stop at `options.depth`; only required members could go on for ever.
      if (building.has(key)) throw new Error(`${name}: required members recurse without end`)
      building.add(key)
      arbitrary = build(name, depth, deep)
      building.delete(key)
      cache.set(key, arbitrary)
    }
    return arbitrary
  }

  const build = (name: string, depth: number, deep: boolean): fc.Arbitrary<unknown> => {
    const shape = model.shapes[name]!
    const narrower = options.narrower[name]
    if (narrower !== undefined) return fc.constantFrom(...narrower)
    if (shape.enum !== undefined) return fc.constantFrom(...shape.enum)
    const sizes = (extra: number): { minLength: number; maxLength: number } => {
      const min = shape.min ?? 0
      return { minLength: min, maxLength: deep ? min : Math.min(shape.max ?? Infinity, min + extra) }
    }
    switch (shape.type) {
      case 'structure': {
        const members = Object.entries(shape.members ?? {})
        if (shape.union === true || options.unions.has(name)) return fc.oneof(...members.map(([m, ref]) => of(ref.shape, depth + 1).map((v) => ({ [m]: v }))))
        const required = (shape.required ?? []).filter((m) => !idempotency(shape, m))
        const kept = deep ? members.filter(([m]) => required.includes(m)) : members
        const record = Object.fromEntries(kept.map(([m, ref]) => [m, of(ref.shape, depth + 1)]))
        return fc.record(record, { requiredKeys: required })
      }
      case 'list':
        return fc.array(of(shape.member!.shape, depth + 1), sizes(2))
      case 'map': {
        const { minLength, maxLength } = sizes(2)
        const keys = of(shape.key!.shape, depth + 1) as fc.Arbitrary<string>
        return fc.uniqueArray(fc.tuple(keys, of(shape.value!.shape, depth + 1)), { minLength, maxLength, selector: ([k]) => k }).map((entries) => Object.fromEntries(entries))
      }
      case 'string':
        return stringArbitrary(name, shape)
      case 'integer':
      case 'long': {
        const bound = shape.type === 'integer' ? INT32 : MAX_SAFE
        return fc.integer({ min: Math.ceil(Math.max(shape.min ?? -bound, -bound)), max: Math.floor(Math.min(shape.max ?? bound - 1, bound - 1)) })
      }
      case 'float':
      case 'double':
        return fc.double({ min: shape.min ?? -1e6, max: shape.max ?? 1e6, noNaN: true, noDefaultInfinity: true })
      case 'boolean':
        return fc.boolean()
      case 'timestamp': {
        const date = fc.date({ min: new Date(0), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
        // Every form boto3 accepts: a datetime, ISO-8601 and RFC 1123 text, epoch seconds as a number or as text.
        const seconds = date.map((d) => Math.floor(d.getTime() / 1000))
        return fc.oneof(date, date.map((d) => d.toISOString()), date.map((d) => d.toUTCString()), seconds, seconds.map(String))
      }
      default:
        throw new Error(`${name}: no arbitrary for ${shape.type}`)
    }
  }

  return (shape) => of(shape, 0)
}
