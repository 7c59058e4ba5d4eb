// Turns boto3 syntax (as the page reader types it) into example values, and lists the paths
// in such a value where members, enums and structures sit.
import type { TypedNode } from '../../../codegen/frontends/boto3/page.js'

type Structure = TypedNode & { kind: 'structure' }
export type Path = Array<string | number>

/** A base64 sample for `b'bytes'`. */
export const BYTES_SAMPLE = 'Ynl0ZXM='
/** The instant `datetime(2015, 1, 1)` stands for, in the form a JSON request carries. */
export const DATETIME_SAMPLE = '2015-01-01T00:00:00Z'

/**
 * Each placeholder becomes a sample of its type and each enum its first value. A recursive
 * structure is expanded once more; below that its lists are empty.
 */
export function sample(node: TypedNode, enclosing: Structure[] = [], depth = 1): unknown {
  switch (node.kind) {
    case 'string':
      return 'string'
    case 'integer':
      return 123
    case 'float':
      return 123.5
    case 'boolean':
      return true
    case 'timestamp':
      return DATETIME_SAMPLE
    case 'blob':
      return BYTES_SAMPLE
    case 'enum':
      return node.values[0]
    case 'recursive':
      return depth > 0 ? sample(enclosing[enclosing.length - 1]!, enclosing, depth - 1) : undefined
    case 'list': {
      const item = sample(node.item, enclosing, depth)
      return item === undefined ? [] : [item]
    }
    case 'map':
      return { [String(sample(node.key, enclosing, depth))]: sample(node.value, enclosing, depth) }
    case 'structure': {
      const out: Record<string, unknown> = {}
      for (const m of node.members) out[m.name] = sample(m.value, [...enclosing, node], depth)
      return out
    }
  }
}

export interface Site {
  readonly path: Path
  readonly node: TypedNode
  /** For struct members: whether the syntax marks it required. */
  readonly required?: boolean
}

/** Every place in `value` (a sample of `node`), with the syntax node found there. */
export function sites(node: TypedNode, value: unknown, path: Path = [], enclosing: Structure[] = [], required?: boolean): Site[] {
  const here: Site = required === undefined ? { path, node } : { path, node, required }
  switch (node.kind) {
    case 'recursive':
      return value === undefined ? [] : sites(enclosing[enclosing.length - 1]!, value, path, enclosing, required)
    case 'list':
      return [here, ...(value as unknown[]).flatMap((v, i) => sites(node.item, v, [...path, i], enclosing))]
    case 'map': {
      const [key, v] = Object.entries(value as object)[0]!
      return [here, ...sites(node.value, v, [...path, key], enclosing)]
    }
    case 'structure': {
      const record = value as Record<string, unknown>
      return [
        here,
        ...node.members.flatMap((m) => sites(m.value, record[m.name], [...path, m.name], [...enclosing, node], m.required)),
      ]
    }
    default:
      return [here]
  }
}

export function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value)
}

/** A copy of `value` with `change` applied to the parent of `path`'s last key. */
export function changeAt(value: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(value)
  change(getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>, path[path.length - 1]!)
  return copy
}
