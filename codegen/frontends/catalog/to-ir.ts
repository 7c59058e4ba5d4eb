import type { IR, Member, Shape, TypeRef } from '../../ir/types.js'
import { itemName } from '../boto3/naming.js'
import type { CatalogField, CatalogTable } from './table.js'

const pascal = (snake: string): string =>
  snake
    .split('_')
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')

/** Which of a field's names the IR's members carry. */
type MemberNaming = 'record' | 'provider'

/**
 * Shape names for the STRUCTs of a table: `<record><Field>`, a list's item named as the boto3
 * front-end names one (`optimization_configs` -> `OptimizationConfig`), qualified by the
 * enclosing structure's name where two fields would share one.
 */
function structureNames(table: CatalogTable, record: string): Map<CatalogField, string> {
  const names = new Map<CatalogField, string>()
  const taken = new Set([record])
  const visit = (fields: readonly CatalogField[], parent: string): void => {
    for (const field of fields) {
      const isList = field.type.kind === 'list'
      const holds = field.type.kind === 'structure' || (field.type.kind === 'list' && field.type.item === 'structure')
      if (!holds) continue
      const own = isList ? itemName(pascal(field.name)) : pascal(field.name)
      let name = `${record}${own}`
      if (taken.has(name)) name = `${parent}${own}`
      for (let n = 2; taken.has(name); n++) name = `${parent}${own}${n}`
      taken.add(name)
      names.set(field, name)
      visit(field.fields, name)
    }
  }
  visit(table.fields, record)
  return names
}

function target(field: CatalogField, names: ReadonlyMap<CatalogField, string>): TypeRef {
  const type = field.type
  switch (type.kind) {
    case 'structure':
      return { kind: 'ref', name: names.get(field)! }
    case 'map':
      return { kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } }
    case 'list':
      return { kind: 'list', item: type.item === 'structure' ? { kind: 'ref', name: names.get(field)! } : { kind: type.item } }
    default:
      return { kind: type.kind }
  }
}

function tableIR(table: CatalogTable, record: string, naming: MemberNaming, source: string): IR {
  const names = structureNames(table, record)
  const shapes: Record<string, Shape> = {}
  const build = (name: string, fields: readonly CatalogField[], origin: CatalogField['origin']): void => {
    const members: Member[] = []
    for (const field of fields) {
      const memberName = naming === 'record' ? field.name : field.providerName
      if (memberName === undefined) continue
      // A catalog record may lack any field: none is required.
      members.push({ name: memberName, target: target(field, names), required: false, origin: field.origin })
      const nested = names.get(field)
      if (nested !== undefined) build(nested, field.fields, field.origin)
    }
    shapes[name] = { kind: 'structure', name, members, origin }
  }
  build(record, table.fields, table.origin)
  return { source, shapes, operations: {}, records: { [record]: { name: record, shape: record } } }
}

/** The record as the catalog stores it: snake_case members, every one optional. */
export function catalogToIR(table: CatalogTable, record: string, source = `resource catalog table ${table.name}`): IR {
  return tableIR(table, record, 'record', source)
}

/**
 * The same structures with members named by their provider names, fields without one left
 * out: what the table claims about the API, to compare with the model.
 */
export function catalogProviderIR(table: CatalogTable, record: string): IR {
  return tableIR(table, record, 'provider', `provider names of ${table.name}`)
}

/** Paths (`a.b[].c`) of the fields that name no API member. */
export function fieldsWithoutProvider(table: CatalogTable): string[] {
  const out: string[] = []
  const visit = (fields: readonly CatalogField[], prefix: string): void => {
    for (const f of fields) {
      const path = `${prefix}${f.name}`
      if (f.providerName === undefined) out.push(path)
      visit(f.fields, `${path}${f.type.kind === 'list' ? '[]' : ''}.`)
    }
  }
  visit(table.fields, '')
  return out
}
