import { type IR, type TypeRef, constraintsOf, forEachRef } from './types.js'

const IDENTIFIER = /^[A-Z][A-Za-z0-9_]*$/
/** Names a shape may not take: they would shadow the globals generated code uses. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['Array', 'Record', 'Date', 'Uint8Array', 'Object', 'Function', 'Error', 'Promise', 'String', 'Number', 'Boolean'])

/**
 * Checks the IR's invariants and returns one message per violation (empty when sound):
 * every reference resolves, every name is a distinct exported identifier (also ignoring
 * case, since a shape may become a file name), structures have distinct member names,
 * enums have distinct values, operations point at structures, and constraints are usable
 * (`min <= max`, counts are whole and not negative, patterns compile in Unicode mode).
 */
export function validateIR(ir: IR): string[] {
  const problems: string[] = []
  const byLowerName = new Map<string, string>()
  const checkRef = (ref: TypeRef, where: string): void => {
    forEachRef(ref, (name) => {
      if (ir.shapes[name] === undefined) problems.push(`${where}: refers to unknown shape ${name}`)
    })
    if (ref.kind === 'map' && ref.key.kind !== 'string' && !(ref.key.kind === 'ref' && ir.shapes[ref.key.name]?.kind === 'enum')) {
      problems.push(`${where}: map keys must be strings or an enum`)
    }
    checkConstraints(ref, where, problems)
  }
  for (const [key, shape] of Object.entries(ir.shapes)) {
    if (key !== shape.name) problems.push(`shape ${key}: stored under a different name than its own (${shape.name})`)
    if (!IDENTIFIER.test(shape.name) || RESERVED_NAMES.has(shape.name)) problems.push(`shape ${shape.name}: not a usable exported name`)
    const lower = shape.name.toLowerCase()
    const clash = byLowerName.get(lower)
    if (clash !== undefined) problems.push(`shape ${shape.name}: differs from ${clash} only in case`)
    byLowerName.set(lower, shape.name)
    if (shape.kind === 'enum') {
      if (shape.values.length === 0) problems.push(`enum ${shape.name}: has no values`)
      if (new Set(shape.values).size !== shape.values.length) problems.push(`enum ${shape.name}: repeats a value`)
      continue
    }
    const names = new Set<string>()
    for (const member of shape.members) {
      if (names.has(member.name)) problems.push(`${shape.name}.${member.name}: member appears twice`)
      names.add(member.name)
      checkRef(member.target, `${shape.name}.${member.name}`)
    }
  }
  for (const op of Object.values(ir.operations)) {
    for (const alias of [op.aliases?.request, op.aliases?.response]) {
      if (alias !== undefined && ir.shapes[alias] !== undefined) problems.push(`operation ${op.name}: alias ${alias} is also a shape's name`)
    }
    for (const [role, name] of [['input', op.input], ['output', op.output]] as const) {
      if (name === undefined) continue
      if (ir.shapes[name]?.kind !== 'structure') problems.push(`operation ${op.name}: ${role} ${name} is not a structure`)
    }
  }
  for (const event of Object.values(ir.events ?? {})) {
    if (ir.shapes[event.detail]?.kind !== 'structure') problems.push(`event ${event.name}: detail ${event.detail} is not a structure`)
  }
  for (const record of Object.values(ir.records ?? {})) {
    if (ir.shapes[record.shape]?.kind !== 'structure') problems.push(`record ${record.name}: ${record.shape} is not a structure`)
  }
  return problems
}

/** Throws with every violation listed when the IR is unsound. */
export function assertValidIR(ir: IR): void {
  const problems = validateIR(ir)
  if (problems.length > 0) throw new Error(`IR invariants violated:\n  ${problems.join('\n  ')}`)
}

// Lengths and sizes count things; only a number's range may be negative or a fraction.
const COUNTED = new Set(['string', 'blob', 'list', 'map'])

function checkConstraints(ref: TypeRef, where: string, problems: string[]): void {
  if (ref.kind === 'list') checkConstraints(ref.item, `${where}[]`, problems)
  if (ref.kind === 'map') {
    checkConstraints(ref.key, `${where}{key}`, problems)
    checkConstraints(ref.value, `${where}{}`, problems)
  }
  const c = constraintsOf(ref)
  if (c === undefined) return
  for (const bound of ['min', 'max'] as const) {
    const value = c[bound]
    if (value === undefined) continue
    if (!Number.isFinite(value)) problems.push(`${where}: ${bound} ${value} is not a finite number`)
    else if (COUNTED.has(ref.kind) && (!Number.isInteger(value) || value < 0)) problems.push(`${where}: ${bound} ${value} is not a count`)
  }
  if (c.min !== undefined && c.max !== undefined && c.min > c.max) problems.push(`${where}: min ${c.min} is above max ${c.max}`)
  if (c.pattern !== undefined) {
    if (ref.kind !== 'string') problems.push(`${where}: a pattern on a ${ref.kind}`)
    try {
      new RegExp(c.pattern, 'u')
    } catch (error) {
      problems.push(`${where}: pattern ${JSON.stringify(c.pattern)} does not compile: ${(error as Error).message}`)
    }
  }
}
