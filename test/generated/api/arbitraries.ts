import { Buffer } from 'node:buffer'
import fc from 'fast-check'
import { isRecursive, stronglyConnected } from '../../../codegen/ir/graph.js'
import { type IR, type Member, type Shape, type TypeRef, constraintsOf } from '../../../codegen/ir/types.js'
import { textArbitrary } from './botocore-check/requests.js'

// fast-check arbitraries of valid wire inputs for the strict variant of any IR shape, and
// mutations of such values that the strict codec must reject at a known path.

/** A position in a value: structure and map keys, list indices. */
export type Path = ReadonlyArray<string | number>

export type MutationKind = 'drop-required' | 'add-key' | 'change-type' | 'break-enum'

export interface Mutation {
  /** The mutated value (the valid value it came from is left as it was). */
  readonly value: unknown
  /** Where the strict codec must report an issue. */
  readonly path: Path
  readonly kind: MutationKind
}

/** The key `add-key` adds to a structure or union. */
export const UNKNOWN_KEY = 'zzUnknownMember'
/** The value `break-enum` puts where a string enum value (or an enum map key) was. */
export const BROKEN_ENUM = 'NOT_A_VALUE_zz'

export interface ShapeArbitraries {
  /** Valid wire inputs for the strict codec of `shape`; cached per shape. */
  readonly valid: (shape: string) => fc.Arbitrary<unknown>
  /** One mutation of `value` (a valid value of `shape`), among the places the value has. */
  readonly mutation: (value: unknown, shape: string) => fc.Arbitrary<Mutation>
  /** A valid value and one mutation of it. */
  readonly mutated: (shape: string) => fc.Arbitrary<Mutation>
}

export interface ArbitraryOptions {
  /** How many times a recursive group may nest inside itself (default 2). */
  readonly recursionDepth?: number
  /** Most items in a list and entries in a map (default 3). */
  readonly maxItems?: number
}

// A timestamp is an instant in the years 0000-9999 (what ISO-8601 text, the encoded form, can
// say). Epoch seconds also stay below 1e11 in magnitude (from 1e11 on, the codec reads
// milliseconds), so they reach from 0000 to 5138.
const MAX_EPOCH_SECONDS = 1e11 - 1
const ISO_MIN = new Date('0000-01-01T00:00:00.000Z')
const ISO_MAX = new Date('9999-12-31T23:59:59.999Z')
const EPOCH_MIN_SECONDS = Math.ceil(ISO_MIN.getTime() / 1000)

const strings = fc.oneof(
  { arbitrary: fc.string({ maxLength: 10 }), weight: 4 },
  { arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }), weight: 1 },
)
/** Map keys: any text, now and then one that an object's prototype knows. */
const mapKeys = fc.oneof(
  { arbitrary: fc.string({ maxLength: 8 }), weight: 9 },
  { arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'), weight: 1 },
)
const ZONES = ['Z', 'z', '+00:00', '+05:30', '-08:00', '+0100', '-03'] as const

/** `d` as ISO-8601 text with `digits` fraction digits, `separator` before the time, in `zone`. */
function isoText(d: Date, digits: number, zone: string, separator: string): string {
  const sign = zone.startsWith('-') ? -1 : 1
  const offset = /^[zZ]$/.test(zone) ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.replace(':', '').slice(3, 5) || '0'))
  const local = new Date(d.getTime() + offset * 60_000)
  // Near 0000 and 9999 the local time may need a fifth year digit: say it in UTC then.
  if (local.getUTCFullYear() < 0 || local.getUTCFullYear() > 9999) return d.toISOString()
  const fraction = `${String(local.getUTCMilliseconds()).padStart(3, '0')}000000`.slice(0, digits)
  return `${local.toISOString().slice(0, 10)}${separator}${local.toISOString().slice(11, 19)}${digits > 0 ? `.${fraction}` : ''}${zone}`
}

const isoInstants = fc.date({ min: ISO_MIN, max: ISO_MAX, noInvalidDate: true })
const timestamps: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: isoInstants.map((d) => d.toISOString()), weight: 2 },
  {
    arbitrary: fc
      .tuple(isoInstants, fc.integer({ min: 0, max: 9 }), fc.constantFrom(...ZONES), fc.constantFrom('T', ' '))
      .map(([d, digits, zone, separator]) => isoText(d, digits, zone, separator)),
    weight: 1,
  },
  { arbitrary: isoInstants, weight: 1 },
  {
    arbitrary: fc.double({ min: EPOCH_MIN_SECONDS, max: MAX_EPOCH_SECONDS, noNaN: true }).map((s) => (s === 0 ? 0 : s)),
    weight: 1,
  },
  { arbitrary: fc.integer({ min: EPOCH_MIN_SECONDS, max: MAX_EPOCH_SECONDS }), weight: 1 },
)
const blobs: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b).toString('base64')), weight: 4 },
  { arbitrary: fc.uint8Array({ maxLength: 12 }), weight: 1 },
)
const documents = fc.jsonValue({ maxDepth: 2 })

/** A scalar of the kind, within the model's constraints where it has some (strict codecs check them). */
function primitive(ref: TypeRef & { kind: 'string' | 'integer' | 'number' | 'boolean' | 'timestamp' | 'blob' | 'document' }, where: string): fc.Arbitrary<unknown> {
  const c = constraintsOf(ref)
  switch (ref.kind) {
    case 'string':
      return c === undefined ? strings : textArbitrary(where, c)
    case 'integer':
      return c === undefined ? fc.maxSafeInteger() : fc.integer({ min: Math.max(c.min ?? -MAX_SAFE, -MAX_SAFE), max: Math.min(c.max ?? MAX_SAFE, MAX_SAFE) })
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: c?.min ?? -Number.MAX_VALUE, max: c?.max ?? Number.MAX_VALUE }).map((x) => (x === 0 ? 0 : x))
    case 'boolean':
      return fc.boolean()
    case 'timestamp':
      return timestamps
    case 'blob':
      return c === undefined ? blobs : fc.uint8Array({ minLength: c.min ?? 0, maxLength: Math.min(c.max ?? 12, (c.min ?? 0) + 12) })
    case 'document':
      return documents
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER

/** List and map sizes: at least the model's minimum, at most its maximum (and `most`). */
function sizes(ref: TypeRef, most: number): { minLength: number; maxLength: number } {
  const c = constraintsOf(ref)
  const min = c?.min ?? 0
  return { minLength: min, maxLength: Math.max(min, Math.min(c?.max ?? most, most)) }
}

/** Assigns a key as own data, even `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function isObject(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u) && !(u instanceof Date) && !(u instanceof Uint8Array)
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

/** A shallow copy of an object, every own key as own data (`__proto__` included). */
function copyObject(o: Record<string, unknown>, without?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(o)) if (key !== without) setOwn(out, key, o[key])
  return out
}

/** A copy of `root` with the value at `path` replaced by `f(value)`; only the path is copied. */
function updateAt(root: unknown, path: Path, f: (value: unknown) => unknown): unknown {
  if (path.length === 0) return f(root)
  const [head, ...rest] = path
  if (Array.isArray(root) && typeof head === 'number') {
    const out = [...root]
    out[head] = updateAt(root[head], rest, f)
    return out
  }
  if (isObject(root) && typeof head === 'string' && hasOwn(root, head)) {
    const out = copyObject(root)
    setOwn(out, head, updateAt(root[head], rest, f))
    return out
  }
  throw new Error(`no value at ${JSON.stringify(path)}`)
}

/** Values of a different JSON type than what `target` takes (never `null`, never `undefined`). */
function wrongTypes(ir: IR, target: TypeRef): readonly unknown[] {
  switch (target.kind) {
    case 'string':
    case 'blob':
      return [42, true, {}, []]
    case 'integer':
      return ['7', true, {}, []]
    case 'number':
      return ['1.5', false, {}, []]
    case 'boolean':
      return ['true', 0, {}, []]
    case 'timestamp':
      // Text and numbers can be timestamps; booleans, objects and arrays cannot.
      return [true, {}, []]
    case 'document':
      return []
    case 'list':
      return ['[]', 1, true, {}]
    case 'map':
      return ['{}', 1, true, []]
    case 'ref': {
      const shape = ir.shapes[target.name]!
      if (shape.kind === 'enum') return typeof shape.values[0] === 'number' ? ['1', true, {}, []] : [1, true, {}, []]
      return ['{}', 1, true, []]
    }
  }
}

type Candidate = () => fc.Arbitrary<Mutation>

/**
 * Builds the arbitraries for `ir`. Recursion is bounded by a budget: a recursive group may
 * contain itself `recursionDepth` times, after which optional members that lead back into the
 * group are left out, lists and maps of it are empty, and unions pick a member that stops.
 */
export function shapeArbitraries(ir: IR, options: ArbitraryOptions = {}): ShapeArbitraries {
  const depth = options.recursionDepth ?? 2
  const maxItems = options.maxItems ?? 3
  const groupOf = new Map<string, number>()
  stronglyConnected(ir)
    .filter((c) => isRecursive(ir, c))
    .forEach((c, i) => c.forEach((name) => groupOf.set(name, i)))

  const cache = new Map<string, fc.Arbitrary<unknown>>()
  const building = new Set<string>()

  const shapeOf = (name: string): Shape => {
    const shape = ir.shapes[name]
    if (shape === undefined) throw new Error(`no shape ${name} in the IR`)
    return shape
  }

  /** The arbitrary for a shape, or `undefined` when the recursion budget rules it out. */
  const shapeArb = (name: string, budget: number): fc.Arbitrary<unknown> | undefined => {
    const group = groupOf.get(name)
    const key = group === undefined ? name : `${name}@${budget}`
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    if (building.has(key)) throw new Error(`${name} cannot be built within the recursion budget (a required cycle?)`)
    building.add(key)
    try {
      const arb = build(shapeOf(name), group, budget)
      if (arb !== undefined) cache.set(key, arb)
      return arb
    } finally {
      building.delete(key)
    }
  }

  const refArb = (target: TypeRef, group: number | undefined, budget: number): fc.Arbitrary<unknown> | undefined => {
    switch (target.kind) {
      case 'ref': {
        const targetGroup = groupOf.get(target.name)
        if (targetGroup === undefined) return shapeArb(target.name, 0)
        if (targetGroup !== group) return shapeArb(target.name, depth)
        return budget > 0 ? shapeArb(target.name, budget - 1) : undefined
      }
      case 'list': {
        const item = refArb(target.item, group, budget)
        const size = sizes(target, maxItems)
        if (item === undefined) return size.minLength === 0 ? fc.constant([]) : undefined
        return fc.array(item, size)
      }
      case 'map': {
        const value = refArb(target.value, group, budget)
        const size = sizes(target, maxItems)
        if (value === undefined) return size.minLength === 0 ? fc.constant({}) : undefined
        const keyConstraints = constraintsOf(target.key)
        const keys = target.key.kind === 'ref' ? enumKeys(target.key.name) : keyConstraints === undefined ? mapKeys : textArbitrary('map key', keyConstraints)
        return fc.uniqueArray(fc.tuple(keys, value), { ...size, selector: ([k]) => k }).map((entries) => {
          const out: Record<string, unknown> = {}
          for (const [k, v] of entries) setOwn(out, k, v)
          return out
        })
      }
      default:
        return primitive(target, target.kind)
    }
  }

  const enumKeys = (name: string): fc.Arbitrary<string> => {
    const shape = shapeOf(name)
    if (shape.kind !== 'enum') throw new Error(`map key ${name} is a ${shape.kind}, not an enum`)
    return fc.constantFrom(...shape.values.map(String))
  }

  // A member's value: documents never `null` there (a strict structure reads `null` as a mistake).
  const memberArb = (m: Member, group: number | undefined, budget: number): fc.Arbitrary<unknown> | undefined => {
    const arb = refArb(m.target, group, budget)
    return m.target.kind === 'document' && arb !== undefined ? arb.filter((v) => v !== null) : arb
  }

  const build = (shape: Shape, group: number | undefined, budget: number): fc.Arbitrary<unknown> | undefined => {
    switch (shape.kind) {
      case 'enum':
        if (shape.values.length === 0) throw new Error(`enum ${shape.name} has no values`)
        return fc.constantFrom(...shape.values)
      case 'structure': {
        const model: Record<string, fc.Arbitrary<unknown>> = {}
        const requiredKeys: string[] = []
        for (const m of shape.members) {
          const arb = memberArb(m, group, budget)
          if (arb === undefined) {
            if (m.required) return undefined
            continue
          }
          model[m.name] = arb
          if (m.required) requiredKeys.push(m.name)
        }
        return fc.record(model, { requiredKeys })
      }
      case 'union': {
        const choices = shape.members.flatMap((m) => {
          const arb = memberArb(m, group, budget)
          return arb === undefined ? [] : [arb.map((v) => ({ [m.name]: v }))]
        })
        if (choices.length === 0) return undefined
        return fc.oneof(...choices)
      }
    }
  }

  const valid = (name: string): fc.Arbitrary<unknown> => {
    const arb = shapeArb(name, depth)
    if (arb === undefined) throw new Error(`${name} has no finite value`)
    return arb
  }

  // Mutations: walk the value with its type, collect every place one of the four can happen.

  const collectShape = (value: unknown, name: string, path: Path, out: Map<MutationKind, Candidate[]>): void => {
    const shape = shapeOf(name)
    const add = (kind: MutationKind, c: Candidate): void => {
      out.set(kind, [...(out.get(kind) ?? []), c])
    }
    switch (shape.kind) {
      case 'enum':
        if (typeof value === 'string') {
          add('break-enum', () => fc.constant<Mutation>({ kind: 'break-enum', path, value: BROKEN_ENUM }))
        }
        return
      case 'structure':
      case 'union': {
        if (!isObject(value)) throw new Error(`${name} at ${JSON.stringify(path)} is not an object`)
        add('add-key', () => fc.constant<Mutation>({ kind: 'add-key', path: [...path, UNKNOWN_KEY], value: UNKNOWN_KEY }))
        for (const m of shape.members) {
          if (!hasOwn(value, m.name)) continue
          const memberPath = [...path, m.name]
          if (shape.kind === 'structure' && m.required) {
            add('drop-required', () => fc.constant<Mutation>({ kind: 'drop-required', path: memberPath, value: undefined }))
          }
          collectRef(value[m.name], m.target, memberPath, out, add)
        }
        return
      }
    }
  }

  const collectRef = (
    value: unknown,
    target: TypeRef,
    path: Path,
    out: Map<MutationKind, Candidate[]>,
    add: (kind: MutationKind, c: Candidate) => void,
  ): void => {
    const wrong = wrongTypes(ir, target)
    if (wrong.length > 0) {
      add('change-type', () => fc.constantFrom(...wrong).map((v): Mutation => ({ kind: 'change-type', path, value: v })))
    }
    switch (target.kind) {
      case 'ref':
        collectShape(value, target.name, path, out)
        return
      case 'list':
        if (!Array.isArray(value)) throw new Error(`list at ${JSON.stringify(path)} is not an array`)
        value.forEach((item, i) => collectRef(item, target.item, [...path, i], out, add))
        return
      case 'map': {
        if (!isObject(value)) throw new Error(`map at ${JSON.stringify(path)} is not an object`)
        const keyShape = target.key.kind === 'ref' ? shapeOf(target.key.name) : undefined
        for (const key of Object.keys(value)) {
          if (keyShape?.kind === 'enum' && typeof keyShape.values[0] === 'string') {
            add('break-enum', () => fc.constant<Mutation>({ kind: 'break-enum', path: [...path, BROKEN_ENUM], value: { renameKey: key } }))
          }
          collectRef(value[key], target.value, [...path, key], out, add)
        }
        return
      }
      default:
    }
  }

  // Candidates above carry what to do in `value`; this applies it to the valid value.
  const apply = (valid: unknown, m: Mutation): Mutation => {
    switch (m.kind) {
      case 'drop-required':
        return { ...m, value: updateAt(valid, m.path.slice(0, -1), (o) => copyObject(o as Record<string, unknown>, String(m.path.at(-1)))) }
      case 'add-key':
        return {
          ...m,
          value: updateAt(valid, m.path.slice(0, -1), (o) => {
            const out = copyObject(o as Record<string, unknown>)
            setOwn(out, UNKNOWN_KEY, 'unexpected')
            return out
          }),
        }
      case 'change-type':
        return { ...m, value: updateAt(valid, m.path, () => m.value) }
      case 'break-enum': {
        const rename = isObject(m.value) ? m.value['renameKey'] : undefined
        if (typeof rename === 'string') {
          // An enum map key: the entry moves to a key the enum does not have.
          return {
            ...m,
            value: updateAt(valid, m.path.slice(0, -1), (o) => {
              const map = o as Record<string, unknown>
              const out = copyObject(map, rename)
              setOwn(out, BROKEN_ENUM, map[rename])
              return out
            }),
          }
        }
        return { ...m, value: updateAt(valid, m.path, () => BROKEN_ENUM) }
      }
    }
  }

  const mutation = (value: unknown, name: string): fc.Arbitrary<Mutation> => {
    const places = new Map<MutationKind, Candidate[]>()
    collectShape(value, name, [], places)
    // The root itself changes type only when nothing inside it can (an enum).
    const shape = shapeOf(name)
    if (shape.kind === 'enum') {
      const wrong = wrongTypes(ir, { kind: 'ref', name })
      places.set('change-type', [() => fc.constantFrom(...wrong).map((v): Mutation => ({ kind: 'change-type', path: [], value: v }))])
    }
    const kinds = [...places.keys()]
    if (kinds.length === 0) throw new Error(`no mutation applies to ${name}`)
    return fc
      .constantFrom(...kinds)
      .chain((kind) => {
        const candidates = places.get(kind)!
        return fc.integer({ min: 0, max: candidates.length - 1 }).chain((i) => candidates[i]!())
      })
      .map((m) => apply(value, m))
  }

  const mutated = (name: string): fc.Arbitrary<Mutation> => valid(name).chain((v) => mutation(v, name))

  return { valid, mutation, mutated }
}
