import { SourceError } from '../../ir/origin.js'
import type { IR, Member, Shape, TypeRef } from '../../ir/types.js'
import { RESERVED_NAMES } from '../../ir/validate.js'
import { type NameRequest, assignNames, itemName, mapKeyName, mapValueName, typeName } from './naming.js'
import type { Boto3Operation, TypedNode } from './page.js'

type StructureNode = TypedNode & { kind: 'structure' }
type EnumNode = TypedNode & { kind: 'enum' }

/**
 * Structural identity of a node. `rec` stands for the innermost structure around it, so equal
 * keys mean equal shapes, recursive ones included. Required flags are left out: the response
 * syntax does not show them, and one model shape serves requests and responses alike.
 */
function structuralKey(node: TypedNode, memo: Map<TypedNode, string>): string {
  const cached = memo.get(node)
  if (cached !== undefined) return cached
  let key: string
  switch (node.kind) {
    case 'enum':
      key = `enum(${[...node.values].sort().map((v) => JSON.stringify(v)).join(',')})`
      break
    case 'list':
      key = `list(${structuralKey(node.item, memo)})`
      break
    case 'map':
      key = `map(${structuralKey(node.key, memo)},${structuralKey(node.value, memo)})`
      break
    case 'structure':
      key = `struct{${node.members.map((m) => `${m.name}:${structuralKey(m.value, memo)}`).join(',')}}`
      break
    case 'recursive':
      key = 'rec'
      break
    default:
      key = node.kind
  }
  memo.set(node, key)
  return key
}

interface Occurrence extends NameRequest {
  readonly node: StructureNode | EnumNode
}

/** Builds IR from the operations of boto3 pages. Operation names must be distinct. */
export function boto3ToIR(operations: readonly Boto3Operation[], source = 'boto3 API syntax'): IR {
  const memo = new Map<TypedNode, string>()
  const occurrences: Occurrence[] = []
  const topLevel = new Map<StructureNode, string>()
  const reserved = new Set<string>(RESERVED_NAMES)
  const ops = [...operations].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

  const collect = (node: TypedNode, wanted: string, parentWanted: string): void => {
    switch (node.kind) {
      case 'enum':
        occurrences.push({ key: structuralKey(node, memo), wanted, parentWanted, node })
        return
      case 'list':
        collect(node.item, itemName(wanted), parentWanted)
        return
      case 'map':
        collect(node.key, mapKeyName(wanted), parentWanted)
        collect(node.value, mapValueName(wanted), parentWanted)
        return
      case 'structure':
        if (!topLevel.has(node)) occurrences.push({ key: structuralKey(node, memo), wanted, parentWanted, node })
        for (const m of node.members) collect(m.value, typeName(m.name), wanted)
        return
      default:
    }
  }

  for (const op of ops) {
    if (reserved.has(`${op.name}Request`)) throw new SourceError(op.origin, `operation ${op.name} is documented twice`)
    reserved.add(`${op.name}Request`).add(`${op.name}Response`)
    topLevel.set(op.request, `${op.name}Request`)
    if (op.response !== undefined) {
      if (op.response.kind !== 'structure') throw new SourceError(op.response.origin, `${op.name}: the response is ${op.response.kind}, not a structure`)
      topLevel.set(op.response, `${op.name}Response`)
    }
  }
  for (const op of ops) {
    collect(op.request, `${op.name}Request`, op.name)
    if (op.response !== undefined) collect(op.response, `${op.name}Response`, op.name)
  }

  const names = assignNames(occurrences, reserved)
  const nameOf = (node: StructureNode | EnumNode): string =>
    topLevel.get(node as StructureNode) ?? names.get(structuralKey(node, memo))!

  // Required flags: a member is required when any of the shape's occurrences says so.
  const requiredByKey = new Map<string, boolean[]>()
  for (const o of occurrences) {
    if (o.node.kind !== 'structure') continue
    const flags = requiredByKey.get(o.key) ?? o.node.members.map(() => false)
    o.node.members.forEach((m, i) => (flags[i] ||= m.required))
    requiredByKey.set(o.key, flags)
  }

  const shapes: Record<string, Shape> = {}
  const refOf = (node: TypedNode, enclosing: string): TypeRef => {
    switch (node.kind) {
      case 'string':
      case 'integer':
      case 'boolean':
      case 'timestamp':
      case 'blob':
      case 'document':
        return { kind: node.kind }
      case 'float':
        return { kind: 'number' }
      case 'recursive':
        return { kind: 'ref', name: enclosing }
      case 'list':
        return { kind: 'list', item: refOf(node.item, enclosing) }
      case 'map':
        return { kind: 'map', key: refOf(node.key, enclosing), value: refOf(node.value, enclosing) }
      case 'enum':
      case 'structure':
        return { kind: 'ref', name: define(node) }
    }
  }
  const define = (node: StructureNode | EnumNode): string => {
    const name = nameOf(node)
    if (shapes[name] !== undefined) return name
    if (node.kind === 'enum') {
      shapes[name] = { kind: 'enum', name, values: node.values, origin: node.origin }
      return name
    }
    const placeholder: Shape = { kind: 'structure', name, members: [], origin: node.origin }
    shapes[name] = placeholder
    const flags = topLevel.has(node) ? undefined : requiredByKey.get(structuralKey(node, memo))
    const members: Member[] = node.members.map((m, i) => ({
      name: m.name,
      target: refOf(m.value, name),
      required: flags?.[i] ?? m.required,
      origin: m.origin,
    }))
    shapes[name] = { ...placeholder, members }
    return name
  }

  const irOperations: Record<string, IR['operations'][string]> = {}
  for (const op of ops) {
    const input = define(op.request)
    const output = op.response === undefined ? undefined : define(op.response as StructureNode)
    irOperations[op.name] = { name: op.name, input, ...(output === undefined ? {} : { output }), origin: op.origin }
  }
  return { source, shapes: sortByKey(shapes), operations: irOperations }
}

function sortByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
