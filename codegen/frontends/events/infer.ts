import type { SchemaType } from './schema-registry.js'
import { isPlaceholder } from './tolerant-json.js'

/** What the examples (and the schema registry) say a value is. */
export type Inferred =
  | { readonly kind: 'string' | 'number' | 'boolean' | 'unknown' | 'mixed' }
  | { readonly kind: 'list'; readonly item: Inferred }
  | { readonly kind: 'object'; readonly members: ReadonlyMap<string, Inferred> }

const UNKNOWN: Inferred = { kind: 'unknown' }

/** The type of one example value. `null` and placeholders say nothing about a type. */
export function inferValue(value: unknown): Inferred {
  if (value === null || value === undefined) return UNKNOWN
  if (typeof value === 'string') return { kind: 'string' }
  if (typeof value === 'number') return { kind: 'number' }
  if (typeof value === 'boolean') return { kind: 'boolean' }
  if (Array.isArray(value)) return { kind: 'list', item: value.map(inferValue).reduce(merge, UNKNOWN) }
  if (typeof value === 'object') {
    if (isPlaceholder(value as never)) return UNKNOWN
    const keys = Object.keys(value)
    return { kind: 'object', members: new Map(keys.map((k) => [k, inferValue((value as Record<string, unknown>)[k])])) }
  }
  return UNKNOWN
}

/** Two observations of one value merged: members united (first seen first), kinds reconciled. */
export function merge(a: Inferred, b: Inferred): Inferred {
  if (a.kind === 'unknown') return b
  if (b.kind === 'unknown') return a
  if (a.kind === 'list' && b.kind === 'list') return { kind: 'list', item: merge(a.item, b.item) }
  if (a.kind === 'object' && b.kind === 'object') {
    const members = new Map(a.members)
    for (const [k, v] of b.members) members.set(k, members.has(k) ? merge(members.get(k)!, v) : v)
    return { kind: 'object', members }
  }
  return a.kind === b.kind ? a : { kind: 'mixed' }
}

/**
 * Adds what the schema registry knows and the examples do not show. Where both describe a value,
 * the examples decide its form (the registry types `Tags` as a list; events send an object).
 */
export function withSchema(inferred: Inferred, schema: SchemaType): Inferred {
  return withSchemaInferred(inferred, schemaInferred(schema))
}

function withSchemaInferred(inferred: Inferred, fromSchema: Inferred): Inferred {
  if (inferred.kind === 'unknown') return fromSchema
  if (inferred.kind === 'object' && fromSchema.kind === 'object') {
    const members = new Map(inferred.members)
    for (const [k, v] of fromSchema.members) members.set(k, members.has(k) ? withSchemaInferred(members.get(k)!, v) : v)
    return { kind: 'object', members }
  }
  if (inferred.kind === 'list' && fromSchema.kind === 'list') return { kind: 'list', item: withSchemaInferred(inferred.item, fromSchema.item) }
  return inferred
}

function schemaInferred(schema: SchemaType): Inferred {
  switch (schema.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return { kind: schema.type }
    case 'json':
      return UNKNOWN
    case 'array':
      return { kind: 'list', item: schemaInferred(schema.element) }
    case 'object':
      return { kind: 'object', members: new Map(Object.entries(schema.properties).map(([k, p]) => [k, schemaInferred(p.type)])) }
  }
}
