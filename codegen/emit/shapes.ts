import type { Constraints, Shape, TypeRef } from '../ir/types.js'
import { effectiveConstraints } from './constraints.js'
import { type Reference, memberDoc, shapeDoc } from './docs.js'
import { type Plan, type Variant, primaryVariant, variantName } from './plan.js'

/** What a module's declarations need from elsewhere: runtime names and other shapes' names. */
export interface Needs {
  /** Runtime values (constructors). */
  readonly runtime: Set<string>
  readonly runtimeTypes: Set<string>
  /** Type names used, each with its shape's name (imported as types). */
  readonly types: Map<string, string>
  /** Shapes whose description is used (imported as `<Shape>$`). */
  readonly descriptions: Set<string>
}

export const PURE = '/*#__PURE__*/'
const INDENT = '  '

/** The exported name of a shape's description. */
export const descriptionName = (shape: string): string => `${shape}$`

/**
 * Whether a shape's two variants share one generic declaration: they differ (an enum is open in
 * one, closed in the other) and both are emitted. Its parameter `E` says which: `X<OpenEnums>` is
 * lenient, `X<ClosedEnums>` strict.
 */
export const isGeneric = (plan: Plan, shape: string): boolean => plan.variants.get(shape)?.size === 2 && plan.variantTypesDiffer(shape)

export function typeExpression(plan: Plan, ref: TypeRef, variant: Variant, needs: Needs): string {
  switch (ref.kind) {
    case 'string':
      return 'string'
    case 'integer':
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'timestamp':
      return 'Date'
    case 'blob':
      return 'Uint8Array'
    case 'document':
      needs.runtimeTypes.add('DocumentValue')
      return 'DocumentValue'
    case 'list':
      return `Array<${typeExpression(plan, ref.item, variant, needs)}>`
    case 'map': {
      const value = typeExpression(plan, ref.value, variant, needs)
      if (ref.key.kind === 'ref' && variant === 'strict') {
        return `Partial<Record<${typeExpression(plan, ref.key, variant, needs)}, ${value}>>`
      }
      return `Record<string, ${value}>`
    }
    case 'ref': {
      if (isGeneric(plan, ref.name)) {
        needs.types.set(ref.name, ref.name)
        return `${ref.name}<E>`
      }
      const name = variantName(plan, ref.name, variant)
      needs.types.set(name, ref.name)
      return name
    }
  }
}

// Line terminators end a string literal; the other control and bidirectional-override
// characters would compile but hide what the source says from whoever reads it.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
const escapeUnprintable = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** A TypeScript string literal in single quotes that holds exactly `s`, whatever it contains. */
export const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(UNPRINTABLE, escapeUnprintable)}'`
/**
 * A property name for types. `__proto__` is written computed: as a plain or quoted key in an
 * object literal it would set the object's prototype instead of a member.
 */
const propertyKey = (name: string): string =>
  name === '__proto__' ? `[${quote(name)}]` : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : quote(name)

/** Lays out a list of items on one line when short, else one per line. */
function layout(open: string, items: readonly string[], close: string, indent: string, width = 100): string {
  const flat = `${open}${items.join(', ')}${close}`
  if (indent.length + flat.length <= width) return flat
  return `${open}\n${items.map((i) => `${indent}${INDENT}${i},`).join('\n')}\n${indent}${close}`
}

const SCALAR_KINDS: Readonly<Record<string, number>> = { string: 0, boolean: 1, integer: 2, number: 3, timestamp: 4, blob: 5, document: 6 }

const bound = (n: number | undefined): string => (n === undefined ? 'null' : String(n))

/** `, min, max` (and `, pattern`) as a description writes them, or nothing when unconstrained. */
function constraintTail(c: Constraints | undefined, withPattern: boolean): string {
  if (c === undefined || (c.min === undefined && c.max === undefined && (!withPattern || c.pattern === undefined))) return ''
  const parts = [bound(c.min), bound(c.max)]
  if (withPattern && c.pattern !== undefined) parts.push(quote(c.pattern))
  else if (c.max === undefined) parts.pop()
  return `, ${parts.join(', ')}`
}

/**
 * A member type as a description (see src/primitives/description.ts). `pending` names the shapes
 * of the module not declared yet: a reference to one (a recursive group) is a function.
 */
export function describeRef(ref: TypeRef, needs: Needs, pending: ReadonlySet<string>, strict = true): string {
  // Only a strict view checks constraints: where none reads the description, they are left out.
  const constraints = (r: TypeRef) => (strict ? effectiveConstraints(r) : undefined)
  switch (ref.kind) {
    case 'list':
      return `[7, ${describeRef(ref.item, needs, pending, strict)}${constraintTail(constraints(ref), false)}]`
    case 'map': {
      const keyConstraints = constraints(ref.key)
      const key = ref.key.kind === 'ref' || keyConstraints !== undefined ? describeRef(ref.key, needs, pending, strict) : undefined
      const size = constraintTail(constraints(ref), false)
      const keyPart = key !== undefined ? `, ${key}` : size === '' ? '' : ', null'
      return `[8, ${describeRef(ref.value, needs, pending, strict)}${keyPart}${size}]`
    }
    case 'ref': {
      needs.descriptions.add(ref.name)
      const name = descriptionName(ref.name)
      return pending.has(ref.name) ? `() => ${name}` : name
    }
    default: {
      const kind = SCALAR_KINDS[ref.kind]!
      const tail = constraintTail(constraints(ref), ref.kind === 'string')
      return tail === '' ? String(kind) : `[${kind}${tail}]`
    }
  }
}

const enumLiteral = (v: string | number): string => (typeof v === 'number' ? String(v) : quote(v))

/**
 * A shape's one description: its kind, name and members (required first), or its enum values
 * (left out where no strict view reads them), typed by the runtime's description interfaces.
 */
export function description(plan: Plan, shape: Shape, needs: Needs, pending: ReadonlySet<string>): string {
  const name = descriptionName(shape.name)
  if (shape.kind === 'enum') {
    needs.runtimeTypes.add('EnumDescription')
    const numeric = shape.valueType === 'integer'
    const values = plan.variants.get(shape.name)?.has('strict') === true ? layout('[', shape.values.map(enumLiteral), ']', '') : '[]'
    return `export const ${name}: EnumDescription = [11, ${quote(shape.name)}, ${values}${numeric ? ', 1' : ''}]`
  }
  const members = shape.kind === 'structure' ? [...shape.members.filter((m) => m.required), ...shape.members.filter((m) => !m.required)] : shape.members
  const head = shape.kind === 'structure' ? `[9, ${quote(shape.name)}, ${members.filter((m) => m.required).length},` : `[10, ${quote(shape.name)},`
  const type = shape.kind === 'structure' ? 'StructureDescription' : 'UnionDescription'
  needs.runtimeTypes.add(type)
  if (members.length === 0) return `export const ${name}: ${type} = ${head.slice(0, -1)}]`
  const strict = plan.variants.get(shape.name)?.has('strict') === true
  const lines = members.map((m) => `${INDENT}${quote(m.name)}, ${describeRef(m.target, needs, pending, strict)},`)
  return `export const ${name}: ${type} = ${head}\n${lines.join('\n')}\n]`
}

/** The codec of one variant of a shape: the runtime's view of its description. */
export function codecDeclaration(plan: Plan, shape: Shape, variant: Variant, needs: Needs): string {
  const name = variantName(plan, shape.name, variant)
  needs.runtime.add(variant)
  return `export const ${name} = ${PURE} ${variant}<${name}>(${descriptionName(shape.name)})`
}

/** `<E extends Enums = ...>`: the parameter of a generic declaration, defaulting to its primary variant. */
function openParameter(plan: Plan, shape: string, needs: Needs): string {
  const primary = primaryVariant(plan, shape) === 'lenient' ? 'OpenEnums' : 'ClosedEnums'
  needs.runtimeTypes.add('Enums')
  needs.runtimeTypes.add(primary)
  return `<E extends Enums = ${primary}>`
}

const enumsOf = (variant: Variant): string => (variant === 'lenient' ? 'OpenEnums' : 'ClosedEnums')

function enumType(plan: Plan, shape: Shape & { kind: 'enum' }, needs: Needs): string {
  const literals = shape.values.map(enumLiteral)
  const generic = isGeneric(plan, shape.name)
  const other = shape.valueType === 'integer' ? 'number & {}' : 'string & {}'
  const parts = generic ? [...literals, `E[${quote(shape.valueType === 'integer' ? 'integer' : 'text')}]`] : primaryVariant(plan, shape.name) === 'lenient' ? [...literals, `(${other})`] : literals
  const union = parts.join(' | ').length > 90 ? parts.map((p) => `\n${INDENT}| ${p}`).join('') : ` ${parts.join(' | ')}`
  return `export type ${shape.name}${generic ? openParameter(plan, shape.name, needs) : ''} =${union}`
}

function unionType(plan: Plan, shape: Shape & { kind: 'union' }, needs: Needs, reference: Reference | undefined): string {
  const variant = primaryVariant(plan, shape.name)
  const generic = isGeneric(plan, shape.name)
  // One object type per member, the others `?: never`, as the SDK types its unions; the one set
  // carries its documentation.
  const alternatives = shape.members.map((set) => {
    const doc = memberDoc(plan.ir, shape, set, reference, `${INDENT}${INDENT}${INDENT}`)
    const fields = shape.members.map((m) =>
      m === set ? `${doc}${INDENT}${INDENT}${INDENT}${propertyKey(m.name)}: ${typeExpression(plan, m.target, variant, needs)}` : `${INDENT}${INDENT}${INDENT}${propertyKey(m.name)}?: never`,
    )
    return `${INDENT}| {\n${fields.join('\n')}\n${INDENT}${INDENT}}`
  })
  // Lenient: an object that sets no known member (one AWS added later, or {}) is kept.
  const open = '{ [member: string]: unknown }'
  if (generic) {
    alternatives.push(`${INDENT}| E['other']`)
  } else if (variant === 'lenient') {
    alternatives.push(`${INDENT}| ${open}`)
  }
  return `export type ${shape.name}${generic ? openParameter(plan, shape.name, needs) : ''} =\n${alternatives.join('\n')}`
}

// Optional members admit `undefined`, as the SDK declares them (and as decoding treats them), so
// SDK values are assignable under exactOptionalPropertyTypes too.
function memberLines(plan: Plan, shape: Shape & { kind: 'structure' }, variant: Variant, needs: Needs, reference: Reference | undefined): string {
  return shape.members
    .map((m) => {
      const type = typeExpression(plan, m.target, variant, needs)
      const doc = memberDoc(plan.ir, shape, m, reference, INDENT)
      return `${doc}${INDENT}${propertyKey(m.name)}${m.required ? '' : '?'}: ${type}${m.required ? '' : ' | undefined'}`
    })
    .join('\n')
}

/**
 * The TypeScript types of a shape's variants: one declaration (generic in `Open` where the
 * variants differ) under the shape's name, and the other variant's name as an alias of it.
 */
export function typeDeclarations(plan: Plan, shape: Shape, variants: readonly Variant[], needs: Needs, reference?: Reference): string[] {
  const primary = primaryVariant(plan, shape.name)
  const own =
    shape.kind === 'enum'
      ? enumType(plan, shape, needs)
      : shape.kind === 'union'
        ? unionType(plan, shape, needs, reference)
        : shape.open === true && shape.members.length === 0
          ? `/** An open record: no example or API shape says which members it has; every member is kept. */\nexport interface ${shape.name} {\n  [member: string]: unknown\n}`
          : `export interface ${shape.name}${isGeneric(plan, shape.name) ? openParameter(plan, shape.name, needs) : ''} {\n${memberLines(plan, shape, primary, needs, reference)}\n}`
  const aliases = variants
    .filter((v) => v !== primary)
    .map((v) => {
      if (!isGeneric(plan, shape.name)) return `export type ${variantName(plan, shape.name, v)} = ${shape.name}`
      needs.runtimeTypes.add(enumsOf(v))
      return `export type ${variantName(plan, shape.name, v)} = ${shape.name}<${enumsOf(v)}>`
    })
  return [`${shapeDoc(plan.ir, shape, reference)}${own}`, ...aliases]
}
