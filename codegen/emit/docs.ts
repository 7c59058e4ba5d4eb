// Documentation on hover, built from facts: what the model says of each member (required or
// not, its kind, length, size or range, pattern, enum values, the timestamp forms read) in the
// project's own words, and a link to its entry in the AWS API reference. AWS's descriptions
// stay in AWS's documentation. Comments live in the types: bundles do not carry them.
import type { Constraints, IR, Member, Shape, TypeRef } from '../ir/types.js'
import { effectiveConstraints } from './constraints.js'

/** The operation a shape is the request or the response of. */
export type Role = { readonly operation: string; readonly part: 'request' | 'response' }

/** Where a shape's and a member's entries in an API reference are. */
export interface Reference {
  /** The reference page of an operation. */
  readonly operation: (operation: string) => string
  /** The entry of a shape, or of one of its members (`member`), given the operation it is the request or response of. */
  readonly shape: (shape: string, member: string | undefined, role: Role | undefined) => string
}

const SAGEMAKER_REFERENCE = 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/'

/** The SageMaker API reference, as its pages and anchors are named. */
export const SAGEMAKER: Reference = {
  operation: (operation) => `${SAGEMAKER_REFERENCE}API_${operation}.html`,
  shape: (shape, member, role) => {
    if (role !== undefined) return `${SAGEMAKER_REFERENCE}API_${role.operation}.html${member === undefined ? '' : `#sagemaker-${role.operation}-${role.part}-${member}`}`
    return `${SAGEMAKER_REFERENCE}API_${shape}.html${member === undefined ? '' : `#sagemaker-Type-${shape}-${member}`}`
  },
}

/** Text inside a comment: `*\/` would end it. */
const safe = (text: string): string => text.replace(/\*\//g, '*\\/')

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``

function range(c: Constraints | undefined, unit: string): string {
  if (c === undefined || (c.min === undefined && c.max === undefined)) return ''
  const u = unit === '' ? '' : ` ${unit}`
  if (c.min !== undefined && c.max !== undefined) return c.min === c.max ? ` of exactly ${c.min}${u}` : ` of ${c.min} to ${c.max}${u}`
  return c.min !== undefined ? ` of at least ${c.min}${u}` : ` of at most ${c.max}${u}`
}

function valueRange(c: Constraints | undefined): string {
  if (c === undefined || (c.min === undefined && c.max === undefined)) return ''
  if (c.min !== undefined && c.max !== undefined) return ` from ${c.min} to ${c.max}`
  return c.min !== undefined ? `, at least ${c.min}` : `, at most ${c.max}`
}

const MAX_LISTED = 8

/** What a type expression holds, as a phrase: `text of 1 to 63 characters matching ...`. */
export function describeType(ir: IR, ref: TypeRef): string {
  // What can fail only: a minimum of 0 and a pattern any text matches are no facts worth saying.
  const c = effectiveConstraints(ref)
  switch (ref.kind) {
    case 'string':
      return `text${range(c, 'characters')}${c?.pattern === undefined ? '' : ` matching ${code(c.pattern)}`}`
    case 'integer':
      return `an integer${valueRange(c)}`
    case 'number':
      return `a number (not only whole)${valueRange(c)}`
    case 'boolean':
      return 'a boolean'
    case 'timestamp':
      return 'a timestamp, decoded to a `Date` (read from a `Date`, ISO-8601 or RFC 1123 text, or epoch seconds as a number or text; responses and events also epoch milliseconds)'
    case 'blob':
      return `bytes${range(c, 'bytes')} (a \`Uint8Array\`, base64 text on the wire)`
    case 'document':
      return 'any JSON value'
    case 'list':
      return `a list${range(c, 'items')} of ${describeType(ir, ref.item)}`
    case 'map': {
      const key = ref.key.kind === 'string' && effectiveConstraints(ref.key) === undefined ? '' : `, keys ${describeType(ir, ref.key)}`
      return `a map${range(c, 'entries')}${key}, values ${describeType(ir, ref.value)}`
    }
    case 'ref': {
      const shape = ir.shapes[ref.name]
      if (shape?.kind !== 'enum') return `a \`${ref.name}\``
      if (shape.values.length <= MAX_LISTED) return `one of ${shape.values.map((v) => code(JSON.stringify(v))).join(', ')} (lenient: also values added later)`
      return `one of the ${shape.values.length} values of \`${ref.name}\` (lenient: also values added later)`
    }
  }
}

/** A JSDoc block from lines of text (empty when there are none), indented. */
export function docBlock(lines: readonly string[], indent = ''): string {
  if (lines.length === 0) return ''
  return `${indent}/**\n${lines.map((l) => `${indent} * ${safe(l)}`).join('\n')}\n${indent} */\n`
}

const roles = new WeakMap<IR, ReadonlyMap<string, Role>>()

/** Which operation a shape is the request or response of, if any. */
export function roleOf(ir: IR, shape: string): Role | undefined {
  let byShape = roles.get(ir)
  if (byShape === undefined) {
    const map = new Map<string, Role>()
    for (const op of Object.values(ir.operations)) {
      map.set(op.input, { operation: op.name, part: 'request' })
      if (op.output !== undefined) map.set(op.output, { operation: op.name, part: 'response' })
    }
    roles.set(ir, (byShape = map))
  }
  return byShape.get(shape)
}

/**
 * The comment of a member: required or not (in a union, exactly one member is set), what it
 * holds, and its entry in the reference.
 */
export function memberDoc(ir: IR, shape: Shape, member: Member, reference: Reference | undefined, indent: string): string {
  const what = describeType(ir, member.target)
  const presence = shape.kind === 'union' ? 'The one member set' : member.required ? 'Required' : 'Optional'
  const lines = [`${presence}: ${what}.`]
  if (reference !== undefined) lines.push(`@see ${reference.shape(shape.name, member.name, roleOf(ir, shape.name))}`)
  return docBlock(lines, indent)
}

/** The comment of a shape's type: what it is, and its entry (or its operation's page) in the reference. */
export function shapeDoc(ir: IR, shape: Shape, reference: Reference | undefined): string {
  const role = roleOf(ir, shape.name)
  const lines = role === undefined ? [] : [`The ${role.part} of ${role.operation}.`]
  // Enums have no page of their own: they are listed where they are used.
  if (reference !== undefined && shape.kind !== 'enum') lines.push(`@see ${role === undefined ? reference.shape(shape.name, undefined, undefined) : reference.operation(role.operation)}`)
  return docBlock(lines)
}
