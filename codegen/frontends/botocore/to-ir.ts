import { type Origin, SourceError } from '../../ir/origin.js'
import { reachable } from '../../ir/graph.js'
import type { Constraints, IR, Member, Operation, Shape, TypeRef } from '../../ir/types.js'
import { translatePattern } from './pattern.js'

/** A botocore shape, as `service-2.json` writes it (the traits the front-end reads). */
export interface BotocoreShape {
  readonly type: 'structure' | 'string' | 'integer' | 'long' | 'float' | 'double' | 'boolean' | 'timestamp' | 'blob' | 'list' | 'map'
  readonly members?: Readonly<Record<string, { readonly shape: string }>>
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
  readonly exception?: boolean
}

export interface BotocoreModel {
  readonly metadata: { readonly apiVersion: string; readonly serviceId: string }
  readonly operations: Readonly<Record<string, { readonly name: string; readonly input?: { shape: string }; readonly output?: { shape: string } }>>
  readonly shapes: Readonly<Record<string, BotocoreShape>>
}

/** What to do with patterns that have no ECMA-262 form: the reviewed list, by pattern. */
export interface PatternPolicy {
  /** Patterns known to be untranslatable: their shapes keep `min`/`max` and drop the pattern. */
  readonly untranslatable: ReadonlySet<string>
}

const NUMBER_KINDS: Readonly<Record<string, 'integer' | 'number'>> = { integer: 'integer', long: 'integer', float: 'number', double: 'number' }
const SCALAR_KINDS: Readonly<Record<string, TypeRef['kind']>> = { boolean: 'boolean', timestamp: 'timestamp', blob: 'blob' }

/**
 * Where each shape and member starts in the vendored file (the extract's layout: shapes at
 * four spaces, members at eight), so that errors point at the model's line.
 */
function originsOf(text: string, file: string): Map<string, Origin> {
  const out = new Map<string, Origin>()
  let section = ''
  let shape = ''
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const top = /^ {2}"([^"]+)": /.exec(line)
    if (top !== null) section = top[1]!
    const entry = /^( {4}| {8})"([^"]+)": \{$/.exec(line)
    if (section !== 'shapes' || entry === null) continue
    if (entry[1]!.length === 4) shape = entry[2]!
    const key = entry[1]!.length === 4 ? shape : `${shape}.${entry[2]}`
    out.set(key, { file, line: i + 1, column: entry[1]!.length + 1 })
  }
  return out
}

/**
 * IR for every operation of a botocore model and every shape they reach: structures, unions,
 * enums by name; strings, numbers (`integer`/`long` as integers, `float`/`double` as numbers),
 * lists and maps as type expressions carrying the model's `min`, `max` and (translated) `pattern`.
 * Operations without an input or output structure get an empty `<Op>Request` / `<Op>Response`,
 * and differently named ones aliases, as the SDK front-end does, so the two compare name for name.
 */
export function botocoreToIR(model: BotocoreModel, text: string, file: string, policy: PatternPolicy): IR {
  const origins = originsOf(text, file)
  const at = (key: string): Origin => origins.get(key) ?? { file, line: 1, column: 1 }
  const translated = new Map<string, string | undefined>()
  const patternOf = (name: string, pattern: string): string | undefined => {
    if (!translated.has(pattern)) {
      const result = translatePattern(pattern)
      if (!result.ok && !policy.untranslatable.has(pattern)) {
        throw new SourceError(at(name), `pattern ${JSON.stringify(pattern)} has no ECMA-262 form (${result.reason}); review it and list it in codegen/overlays/botocore-patterns.ts`)
      }
      translated.set(pattern, result.ok ? result.source : undefined)
    }
    return translated.get(pattern)
  }
  const constraintsOf = (name: string, s: BotocoreShape): { constraints?: Constraints } => {
    const pattern = s.pattern === undefined ? undefined : patternOf(name, s.pattern)
    const c: Constraints = {
      ...(s.min === undefined ? {} : { min: s.min }),
      ...(s.max === undefined ? {} : { max: s.max }),
      ...(pattern === undefined ? {} : { pattern }),
    }
    return Object.keys(c).length === 0 ? {} : { constraints: c }
  }
  const shapeOf = (name: string): BotocoreShape => {
    const s = model.shapes[name]
    if (s === undefined) throw new SourceError({ file, line: 1, column: 1 }, `refers to unknown shape ${name}`)
    return s
  }
  const isNamed = (s: BotocoreShape): boolean => s.type === 'structure' || s.enum !== undefined

  const refTo = (name: string): TypeRef => {
    const s = shapeOf(name)
    if (s.type === 'structure') return s.document === true ? { kind: 'document' } : { kind: 'ref', name }
    if (s.enum !== undefined) return { kind: 'ref', name }
    if (s.type === 'string') return { kind: 'string', ...constraintsOf(name, s) }
    const number = NUMBER_KINDS[s.type]
    if (number !== undefined) return { kind: number, ...constraintsOf(name, s) }
    if (s.type === 'blob') return { kind: 'blob', ...constraintsOf(name, s) }
    if (s.type === 'list') return { kind: 'list', item: refTo(s.member!.shape), ...constraintsOf(name, s) }
    if (s.type === 'map') return { kind: 'map', key: refTo(s.key!.shape), value: refTo(s.value!.shape), ...constraintsOf(name, s) }
    const scalar = SCALAR_KINDS[s.type]
    if (scalar === undefined) throw new SourceError(at(name), `unsupported shape type ${s.type}`)
    return { kind: scalar } as TypeRef
  }

  const shapes: Record<string, Shape> = {}
  for (const [name, s] of Object.entries(model.shapes)) {
    if (!isNamed(s) || s.document === true) continue
    if (s.enum !== undefined) {
      shapes[name] = { kind: 'enum', name, values: [...s.enum], origin: at(name) }
      continue
    }
    const required = new Set(s.required ?? [])
    const members: Member[] = Object.entries(s.members ?? {}).map(([m, target]) => ({
      name: m,
      target: refTo(target.shape),
      required: s.union !== true && required.has(m),
      origin: at(`${name}.${m}`),
    }))
    shapes[name] = s.union === true ? { kind: 'union', name, members, origin: at(name) } : { kind: 'structure', name, members, origin: at(name) }
  }

  const operations: Record<string, Operation> = {}
  for (const [name, op] of Object.entries(model.operations)) {
    const ensure = (shape: string | undefined, own: string): string => {
      if (shape !== undefined) return shape
      if (shapes[own] !== undefined) throw new Error(`${name}: has no ${own}, but the model declares one`)
      shapes[own] = { kind: 'structure', name: own, members: [] }
      return own
    }
    const input = ensure(op.input?.shape, `${name}Request`)
    const output = ensure(op.output?.shape, `${name}Response`)
    const aliases = {
      ...(input !== `${name}Request` ? { request: `${name}Request` } : {}),
      ...(output !== `${name}Response` ? { response: `${name}Response` } : {}),
    }
    operations[name] = { name, input, output, ...(Object.keys(aliases).length > 0 ? { aliases } : {}) }
  }

  const used = reachable({ source: '', shapes, operations }, Object.values(operations).flatMap((o) => [o.input, o.output!]))
  const kept = Object.fromEntries(
    Object.keys(shapes)
      .filter((n) => used.has(n))
      .sort()
      .map((n) => [n, shapes[n]!]),
  )
  return { source: `botocore ${model.metadata.serviceId} ${model.metadata.apiVersion}`, shapes: kept, operations }
}
