// Compares the IR the boto3 front-end reads from a page with the botocore model the page was
// rendered from, and lists every difference: members, required flags, kinds, enum values.
import type { IR, Shape, TypeRef } from '../../../codegen/ir/types.js'
import type { ModelShape, ServiceModel } from './fixture-models.js'

export type Role = 'request' | 'response'

export interface Difference {
  /** `Operation.request.Member.Item...` */
  readonly path: string
  readonly role: Role
  readonly kind: 'missing member' | 'extra member' | 'required' | 'type' | 'enum values' | 'map key'
  readonly model: string
  readonly page: string
}

/** What a model shape's type reads as on a page: botocore prints long as integer, double as float. */
const KIND: Readonly<Record<string, TypeRef['kind']>> = {
  string: 'string',
  character: 'string',
  integer: 'integer',
  long: 'integer',
  float: 'number',
  double: 'number',
  boolean: 'boolean',
  timestamp: 'timestamp',
  blob: 'blob',
}

const describe = (ref: TypeRef, ir: IR): string => {
  if (ref.kind !== 'ref') return ref.kind
  const shape = ir.shapes[ref.name]
  return shape === undefined ? `missing ${ref.name}` : shape.kind
}

export function compareOperation(model: ServiceModel, operation: string, ir: IR, irOperation: string = operation): Difference[] {
  const differences: Difference[] = []
  const modelOp = model.operations[operation]!
  const irOp = ir.operations[irOperation]
  if (irOp === undefined) return [{ path: operation, role: 'request', kind: 'missing member', model: 'operation', page: 'absent' }]
  const seen = new Set<string>()

  const compareShape = (modelName: string, ref: TypeRef, path: string, role: Role): void => {
    const shape: ModelShape = model.shapes[modelName]!
    const add = (kind: Difference['kind'], modelSays: string, pageSays: string): void => {
      differences.push({ path, role, kind, model: modelSays, page: pageSays })
    }
    if (shape.document === true) {
      if (ref.kind !== 'document') add('type', 'document', describe(ref, ir))
      return
    }
    switch (shape.type) {
      case 'structure': {
        const target: Shape | undefined = ref.kind === 'ref' ? ir.shapes[ref.name] : undefined
        if (target?.kind !== 'structure') return add('type', 'structure', describe(ref, ir))
        // A recursive shape is compared once per (model shape, IR shape) pair.
        const pair = `${role} ${modelName} ${target.name}`
        if (seen.has(pair)) return
        seen.add(pair)
        const modelMembers = shape.members ?? {}
        const required = new Set(shape.required ?? [])
        for (const [name, member] of Object.entries(modelMembers)) {
          const irMember = target.members.find((m) => m.name === name)
          const at = `${path}.${name}`
          if (irMember === undefined) {
            differences.push({ path: at, role, kind: 'missing member', model: 'present', page: 'absent' })
            continue
          }
          if (irMember.required !== required.has(name)) {
            differences.push({ path: at, role, kind: 'required', model: String(required.has(name)), page: String(irMember.required) })
          }
          compareShape(member.shape, irMember.target, at, role)
        }
        for (const m of target.members) {
          if (modelMembers[m.name] === undefined) differences.push({ path: `${path}.${m.name}`, role, kind: 'extra member', model: 'absent', page: 'present' })
        }
        return
      }
      case 'list':
        if (ref.kind !== 'list') return add('type', 'list', describe(ref, ir))
        return compareShape(shape.member!.shape, ref.item, `${path}[]`, role)
      case 'map': {
        if (ref.kind !== 'map') return add('type', 'map', describe(ref, ir))
        const key = model.shapes[shape.key!.shape]!
        const keyRef = ref.key
        if (key.enum !== undefined && keyRef.kind === 'string') add('map key', 'enum', 'string')
        else compareShape(shape.key!.shape, keyRef, `${path}{key}`, role)
        return compareShape(shape.value!.shape, ref.value, `${path}{}`, role)
      }
      case 'string':
        if (shape.enum !== undefined) {
          const target = ref.kind === 'ref' ? ir.shapes[ref.name] : undefined
          if (target?.kind !== 'enum') return add('type', 'enum', describe(ref, ir))
          if (JSON.stringify(target.values) !== JSON.stringify(shape.enum)) add('enum values', shape.enum.join('|'), target.values.join('|'))
          return
        }
        if (ref.kind !== 'string') add('type', 'string', describe(ref, ir))
        return
      default: {
        const kind = KIND[shape.type]
        if (ref.kind !== kind) add('type', kind ?? shape.type, describe(ref, ir))
      }
    }
  }

  if (modelOp.input !== undefined) compareShape(modelOp.input.shape, { kind: 'ref', name: irOp.input }, `${operation}.request`, 'request')
  if (modelOp.output !== undefined) {
    if (irOp.output === undefined) differences.push({ path: `${operation}.response`, role: 'response', kind: 'missing member', model: 'present', page: 'absent' })
    else compareShape(modelOp.output.shape, { kind: 'ref', name: irOp.output }, `${operation}.response`, 'response')
  }
  return differences
}
