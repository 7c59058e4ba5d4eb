// The same shapes for the peers, derived from the same IR as our codecs, so every contender
// checks exactly the same members: plain io-ts combinators, zod 4, and JSON Schema for ajv (with
// the same constraints, for strict requests).
import * as t from 'io-ts'
import { z } from 'zod'
import { effectiveConstraints } from '../codegen/emit/constraints.js'
import type { IR, Shape, TypeRef } from '../codegen/ir/types.js'

type Mode = 'strict' | 'lenient'

/** The timestamps the payloads use (ISO text, epoch milliseconds) to a Date, as ours decode them. */
const toDate = (v: string | number | Date): Date => (v instanceof Date ? v : typeof v === 'number' || /^\d+$/.test(v) ? new Date(Number(v)) : new Date(v))

/** A timestamp as a plain io-ts user writes one. */
export const ioTsDate = new t.Type<Date, string, unknown>(
  'Date',
  (u): u is Date => u instanceof Date,
  (u, c) => (typeof u === 'string' || typeof u === 'number' ? t.success(toDate(u)) : t.failure(u, c)),
  (d) => d.toISOString(),
)

export function ioTs(ir: IR, root: string, mode: Mode): t.Mixed {
  const memo = new Map<string, t.Mixed>()
  const building = new Set<string>()
  const date = ioTsDate
  const ref = (r: TypeRef): t.Mixed => {
    switch (r.kind) {
      case 'string':
        return t.string
      case 'integer':
        return t.Int
      case 'number':
        return t.number
      case 'boolean':
        return t.boolean
      case 'timestamp':
        return date
      case 'blob':
      case 'document':
        return t.unknown
      case 'list':
        return t.array(ref(r.item))
      case 'map':
        return t.record(t.string, ref(r.value))
      case 'ref':
        return shape(ir.shapes[r.name]!)
    }
  }
  const shape = (s: Shape): t.Mixed => {
    const known = memo.get(s.name)
    if (known !== undefined) return known
    // t.recursion only where a shape refers back to itself, as a plain io-ts user writes it.
    if (building.has(s.name)) return t.recursion<unknown, unknown, unknown, t.Mixed>(s.name, () => memo.get(s.name)!)
    building.add(s.name)
    const codec = build(s)
    building.delete(s.name)
    memo.set(s.name, codec)
    return codec
  }
  const build = (s: Shape): t.Mixed => {
    if (s.kind === 'enum') return mode === 'strict' ? t.keyof(Object.fromEntries(s.values.map((v) => [v, null]))) : t.string
    const required = Object.fromEntries(s.members.filter((m) => m.required && s.kind === 'structure').map((m) => [m.name, ref(m.target)]))
    const optional = Object.fromEntries(s.members.filter((m) => !m.required || s.kind === 'union').map((m) => [m.name, ref(m.target)]))
    const object = t.intersection([t.type(required), t.partial(optional)])
    return mode === 'strict' ? t.exact(object) : object
  }
  return shape(ir.shapes[root]!)
}

export function zod(ir: IR, root: string, mode: Mode): z.ZodType {
  const memo = new Map<string, z.ZodType>()
  const date = z.union([z.string(), z.number(), z.date()]).transform(toDate)
  const ref = (r: TypeRef): z.ZodType => {
    switch (r.kind) {
      case 'string':
        return z.string()
      case 'integer':
        return z.number().int()
      case 'number':
        return z.number()
      case 'boolean':
        return z.boolean()
      case 'timestamp':
        return date
      case 'blob':
      case 'document':
        return z.unknown()
      case 'list':
        return z.array(ref(r.item))
      case 'map':
        return z.record(z.string(), ref(r.value))
      case 'ref':
        return z.lazy(() => shape(ir.shapes[r.name]!))
    }
  }
  const shape = (s: Shape): z.ZodType => {
    const known = memo.get(s.name)
    if (known !== undefined) return known
    let schema: z.ZodType
    if (s.kind === 'enum') schema = mode === 'strict' ? z.enum(s.values.map(String) as [string, ...string[]]) : z.string()
    else {
      const members = Object.fromEntries(s.members.map((m) => [m.name, m.required && s.kind === 'structure' ? ref(m.target) : ref(m.target).optional()]))
      schema = mode === 'strict' ? z.strictObject(members) : z.looseObject(members)
    }
    memo.set(s.name, schema)
    return schema
  }
  return shape(ir.shapes[root]!)
}

/**
 * JSON Schema (draft 7) of the wire form, for ajv: validation only, no conversion. Strict, it
 * has the model's constraints our strict codecs check (minLength, maxLength and pattern, minimum
 * and maximum, minItems and maxItems, minProperties and maxProperties, propertyNames).
 */
export function jsonSchema(ir: IR, root: string, mode: Mode): object {
  const definitions: Record<string, object> = {}
  const constrained = (r: TypeRef, names: { min: string; max: string }, schema: object): object => {
    const c = mode === 'strict' ? effectiveConstraints(r) : undefined
    if (c === undefined) return schema
    const pattern = r.kind === 'string' && c.pattern !== undefined ? { pattern: c.pattern } : {}
    return { ...schema, ...(c.min === undefined ? {} : { [names.min]: c.min }), ...(c.max === undefined ? {} : { [names.max]: c.max }), ...pattern }
  }
  const LENGTH = { min: 'minLength', max: 'maxLength' }
  const VALUE = { min: 'minimum', max: 'maximum' }
  const ref = (r: TypeRef): object => {
    switch (r.kind) {
      case 'string':
        return constrained(r, LENGTH, { type: 'string' })
      case 'integer':
        return constrained(r, VALUE, { type: 'integer' })
      case 'number':
        return constrained(r, VALUE, { type: 'number' })
      case 'boolean':
        return { type: 'boolean' }
      case 'timestamp':
        return { type: ['string', 'number'] }
      case 'blob':
      case 'document':
        return {}
      case 'list':
        return constrained(r, { min: 'minItems', max: 'maxItems' }, { type: 'array', items: ref(r.item) })
      case 'map': {
        const keys = r.key.kind === 'string' && mode === 'strict' && effectiveConstraints(r.key) !== undefined ? { propertyNames: ref(r.key) } : {}
        return constrained(r, { min: 'minProperties', max: 'maxProperties' }, { type: 'object', additionalProperties: ref(r.value), ...keys })
      }
      case 'ref':
        define(ir.shapes[r.name]!)
        return { $ref: `#/definitions/${r.name}` }
    }
  }
  const define = (s: Shape): void => {
    if (definitions[s.name] !== undefined) return
    definitions[s.name] = {}
    if (s.kind === 'enum') {
      definitions[s.name] = mode === 'strict' ? { enum: s.values } : { type: typeof s.values[0] === 'number' ? 'integer' : 'string' }
      return
    }
    definitions[s.name] = {
      type: 'object',
      properties: Object.fromEntries(s.members.map((m) => [m.name, ref(m.target)])),
      required: s.kind === 'structure' ? s.members.filter((m) => m.required).map((m) => m.name) : [],
      additionalProperties: mode === 'lenient',
      ...(s.kind === 'union' ? { minProperties: 1 } : {}),
    }
  }
  define(ir.shapes[root]!)
  return { $ref: `#/definitions/${root}`, definitions }
}
