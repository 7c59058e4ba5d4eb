import type { Member, Shape, TypeRef } from '../ir/types.js'
import { fastFactory } from './fast.js'
import { type Plan, type Variant, primaryVariant, variantName } from './plan.js'

/** What a declaration needs from elsewhere: runtime primitives and other shapes' names. */
export interface Needs {
  readonly runtime: Set<string>
  readonly runtimeTypes: Set<string>
  /** Variant names used, each with its shape's name. */
  readonly shapes: Map<string, string>
  /** Whether `t` (io-ts) is referenced as a value or type. */
  io: boolean
}

export const PURE = '/*#__PURE__*/'
const INDENT = '  '

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
      const name = variantName(plan, ref.name, variant)
      needs.shapes.set(name, ref.name)
      return name
    }
  }
}

export function codecExpression(plan: Plan, ref: TypeRef, variant: Variant, needs: Needs): string {
  const runtime = (name: string): string => {
    needs.runtime.add(name)
    return name
  }
  switch (ref.kind) {
    case 'string':
      needs.io = true
      return 't.string'
    case 'boolean':
      needs.io = true
      return 't.boolean'
    case 'integer':
      return runtime('integer')
    case 'number':
      return runtime('double')
    case 'timestamp':
      return runtime(variant === 'strict' ? 'timestamp' : 'timestampLenient')
    case 'blob':
      return runtime('blob')
    case 'document':
      return runtime('document')
    case 'list':
      return `${PURE} ${runtime('list')}(${codecExpression(plan, ref.item, variant, needs)})`
    case 'map': {
      const value = codecExpression(plan, ref.value, variant, needs)
      const key = ref.key.kind === 'ref' ? `, ${codecExpression(plan, ref.key, variant, needs)}` : ''
      return `${PURE} ${runtime('map')}(${value}${key})`
    }
    case 'ref': {
      const name = variantName(plan, ref.name, variant)
      needs.shapes.set(name, ref.name)
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
 * A property name for object literals and types. `__proto__` is written computed: as a plain
 * or quoted key in an object literal it would set the object's prototype instead of a member.
 */
const propertyKey = (name: string): string =>
  name === '__proto__' ? `[${quote(name)}]` : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : quote(name)

const indentText = (text: string, indent: string): string => text.replace(/\n/g, `\n${indent}`)

/** Lays out a list of items on one line when short, else one per line. */
function layout(open: string, items: readonly string[], close: string, indent: string, width = 100): string {
  const flat = `${open}${items.join(', ')}${close}`
  if (indent.length + flat.length <= width) return flat
  return `${open}\n${items.map((i) => `${indent}${INDENT}${i},`).join('\n')}\n${indent}${close}`
}

/** The module-local array of an enum's values, shared by its variants. */
export const enumValuesName = (shape: string): string => `${shape}Values`

/** Whether an enum's values are emitted: only a closed (strict) variant checks against them. */
export const hasValueList = (plan: Plan, shape: string): boolean => plan.variants.get(shape)?.has('strict') === true

/** Declared once per enum, before its variants. */
export function enumValues(shape: Shape & { kind: 'enum' }): string {
  const literals = shape.values.map((v) => (typeof v === 'number' ? String(v) : quote(v)))
  return `const ${enumValuesName(shape.name)} = ${layout('[', literals, ']', '')} as const`
}

function enumDeclaration(plan: Plan, shape: Shape & { kind: 'enum' }, variant: Variant, needs: Needs): string {
  const name = variantName(plan, shape.name, variant)
  const literals = shape.values.map((v) => (typeof v === 'number' ? String(v) : quote(v)))
  const other = shape.valueType === 'integer' ? '(number & {})' : '(string & {})'
  const union = (parts: readonly string[]): string =>
    parts.join(' | ').length > 90 ? parts.map((p) => `\n${INDENT}| ${p}`).join('') : parts.join(' | ')
  let type: string
  if (variant === 'strict') type = union(literals)
  else if (primaryVariant(plan, shape.name) === 'strict') type = `${variantName(plan, shape.name, 'strict')} | ${other}`
  else type = union([...literals, other])
  const constructor = variant === 'strict' ? 'closedEnum' : 'openEnum'
  needs.runtime.add(constructor)
  // An open enum checks no value against its list: without a strict variant, no list is emitted.
  const values = hasValueList(plan, shape.name)
    ? enumValuesName(shape.name)
    : `[] as ${shape.valueType === 'integer' ? 'number' : 'string'}[]${shape.valueType === 'integer' ? ', true' : ''}`
  return [
    `export type ${name} =${type.startsWith('\n') ? '' : ' '}${type}`,
    `export const ${name} = ${PURE} ${constructor}(${quote(shape.name)}, ${values})`,
  ].join('\n')
}

/**
 * The declarations of a structure or union variant: its type (`typeBody`, or an alias of the
 * primary variant when the two types are the same) and its codec: the runtime constructor
 * (`struct`/`union`, or their lenient forms, which leave the strict parts out of bundles) called
 * with the name, the member groups `memberArgs` writes and the fast path, wrapped in
 * `recursive(...)` when the shape is in a recursive group.
 */
function objectDeclaration(
  plan: Plan,
  shape: Shape & { kind: 'structure' | 'union' },
  variant: Variant,
  needs: Needs,
  typeBody: () => string,
  memberArgs: (group: (members: readonly Member[]) => string) => string,
): string {
  const name = variantName(plan, shape.name, variant)
  const primary = primaryVariant(plan, shape.name)
  const type =
    variant !== primary && !plan.variantTypesDiffer(shape.name) ? `export type ${name} = ${variantName(plan, shape.name, primary)}` : typeBody()
  needs.runtimeTypes.add('Encoded')
  needs.runtimeTypes.add('Codec')
  const recursive = plan.recursive.has(shape.name)
  const indent = recursive ? INDENT : ''
  const kind = shape.kind === 'structure' ? 'struct' : 'union'
  const constructor = variant === 'strict' ? kind : `lenient${kind[0]!.toUpperCase()}${kind.slice(1)}`
  needs.runtime.add(constructor)
  const group = (members: readonly Member[]): string =>
    members.length === 0
      ? '{}'
      : `{\n${members.map((m) => `${indent}${INDENT}${propertyKey(m.name)}: ${codecExpression(plan, m.target, variant, needs)},`).join('\n')}\n${indent}}`
  const fast = indentText(fastFactory(plan.ir, shape, variant === 'strict', plan.changing, needs), indent)
  const mode = variant === 'strict' ? ` 'strict',` : ''
  const call = `${PURE} ${constructor}(${quote(name)},${mode} ${memberArgs(group)}, ${fast})`
  if (recursive) needs.runtime.add('recursive')
  const value = recursive ? `${PURE} recursive<${name}, Encoded<${name}>>(${quote(name)}, () =>\n${INDENT}${call},\n)` : call
  return `${type}\nexport const ${name}: Codec<${name}, Encoded<${name}>> = ${value}`
}

function unionDeclaration(plan: Plan, shape: Shape & { kind: 'union' }, variant: Variant, needs: Needs): string {
  const name = variantName(plan, shape.name, variant)
  const typeBody = (): string => {
    // One object type per member, the others `?: never`, as the SDK types its unions.
    const alternatives = shape.members.map((set) => {
      const fields = shape.members.map((m) =>
        m === set ? `${propertyKey(m.name)}: ${typeExpression(plan, m.target, variant, needs)}` : `${propertyKey(m.name)}?: never`,
      )
      return `${INDENT}| { ${fields.join('; ')} }`
    })
    if (variant === 'lenient') alternatives.push(`${INDENT}| { [member: string]: unknown }`)
    return `export type ${name} =\n${alternatives.join('\n')}`
  }
  return objectDeclaration(plan, shape, variant, needs, typeBody, (group) => group(shape.members))
}

// Lenient optional members also admit `undefined`, as the SDK declares its outputs, so an SDK
// output is assignable to a response type under exactOptionalPropertyTypes too.
function memberLines(plan: Plan, members: readonly Member[], variant: Variant, needs: Needs): string {
  return members
    .map((m) => {
      const type = typeExpression(plan, m.target, variant, needs)
      if (m.required) return `${INDENT}${propertyKey(m.name)}: ${type}`
      return `${INDENT}${propertyKey(m.name)}?: ${type}${variant === 'lenient' ? ' | undefined' : ''}`
    })
    .join('\n')
}

function structDeclaration(plan: Plan, shape: Shape & { kind: 'structure' }, variant: Variant, needs: Needs): string {
  const name = variantName(plan, shape.name, variant)
  const typeBody = (): string => `export interface ${name} {\n${memberLines(plan, shape.members, variant, needs)}\n}`
  return objectDeclaration(plan, shape, variant, needs, typeBody, (group) => `${group(shape.members.filter((m) => m.required))}, ${group(shape.members.filter((m) => !m.required))}`)
}

/** The declarations (type + codec) of one shape in one variant. */
export function declaration(plan: Plan, shape: Shape, variant: Variant, needs: Needs): string {
  switch (shape.kind) {
    case 'enum':
      return enumDeclaration(plan, shape, variant, needs)
    case 'structure':
      return structDeclaration(plan, shape, variant, needs)
    case 'union':
      return unionDeclaration(plan, shape, variant, needs)
  }
}
