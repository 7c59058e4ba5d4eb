import ts from 'typescript'
import { type Origin, SourceError } from '../../ir/origin.js'
import type { Member, TypeRef } from '../../ir/types.js'

/** What the SDK's declaration files declare, before operations pick what they reach. */
export interface Declarations {
  readonly structures: Map<string, { members: Member[]; origin: Origin }>
  readonly unions: Map<string, { members: Member[]; origin: Origin }>
  readonly enums: Map<string, { values: (string | number)[]; valueType?: 'integer'; origin: Origin }>
}

const PRIMITIVES: Readonly<Record<string, TypeRef>> = {
  string: { kind: 'string' },
  number: { kind: 'number' },
  boolean: { kind: 'boolean' },
  Date: { kind: 'timestamp' },
  Uint8Array: { kind: 'blob' },
  __DocumentType: { kind: 'document' },
  DocumentType: { kind: 'document' },
}

export function emptyDeclarations(): Declarations {
  return { structures: new Map(), unions: new Map(), enums: new Map() }
}

function originOf(file: ts.SourceFile, node: ts.Node, name: string): Origin {
  const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file))
  return { file: name, line: line + 1, column: character + 1 }
}

/** Reads one `models/*.d.ts` file's enums, structures and unions into `into`. */
export function readModelFile(text: string, fileName: string, into: Declarations): void {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const where = (node: ts.Node): Origin => originOf(file, node, fileName)
  const fail = (node: ts.Node, reason: string): never => {
    throw new SourceError(where(node), reason)
  }

  const typeRef = (node: ts.TypeNode): TypeRef => {
    if (ts.isUnionTypeNode(node)) {
      // `__AutomaticJsonStringConversion | string`: a string holding JSON, which the SDK can
      // also stringify for the caller; on the wire and in our codecs it is a string.
      const rest = node.types.filter(
        (t) => t.kind !== ts.SyntaxKind.UndefinedKeyword && !(ts.isTypeReferenceNode(t) && t.typeName.getText(file) === '__AutomaticJsonStringConversion'),
      )
      if (rest.length !== 1) fail(node, `unsupported union type ${node.getText(file)}`)
      return typeRef(rest[0]!)
    }
    if (ts.isArrayTypeNode(node)) return { kind: 'list', item: typeRef(node.elementType) }
    if (ts.isParenthesizedTypeNode(node)) return typeRef(node.type)
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { kind: 'string' }
      case ts.SyntaxKind.NumberKeyword:
        return { kind: 'number' }
      case ts.SyntaxKind.BooleanKeyword:
        return { kind: 'boolean' }
      default:
    }
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText(file)
      const args = node.typeArguments ?? []
      if (name === 'Record' && args.length === 2) {
        return { kind: 'map', key: typeRef(args[0]!), value: typeRef(args[1]!) }
      }
      if (name === 'Partial' && args.length === 1) {
        const inner = typeRef(args[0]!)
        if (inner.kind !== 'map') fail(node, `unsupported Partial<> of ${args[0]!.getText(file)}`)
        return inner
      }
      if (args.length > 0) fail(node, `unsupported generic type ${node.getText(file)}`)
      return PRIMITIVES[name] ?? { kind: 'ref', name }
    }
    return fail(node, `unsupported type ${node.getText(file)}`)
  }

  const membersOf = (owner: string, elements: ts.NodeArray<ts.TypeElement>): Member[] => {
    const members: Member[] = []
    for (const element of elements) {
      if (!ts.isPropertySignature(element) || element.type === undefined) fail(element, `${owner}: unsupported member`)
      const property = element as ts.PropertySignature
      const name = property.name.getText(file).replace(/^["']|["']$/g, '')
      if (property.type!.kind === ts.SyntaxKind.NeverKeyword) continue
      members.push({ name, target: typeRef(property.type!), required: property.questionToken === undefined, origin: where(property) })
    }
    return members
  }

  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const type = declaration.type
        if (type === undefined || !ts.isTypeLiteralNode(type)) continue
        const values = type.members.map((m) => {
          const literal = ts.isPropertySignature(m) && m.type !== undefined && ts.isLiteralTypeNode(m.type) ? m.type.literal : undefined
          if (literal === undefined || !ts.isStringLiteral(literal)) return fail(m, 'enum member is not a string literal')
          return literal.text
        })
        into.enums.set(declaration.name.getText(file), { values, origin: where(declaration) })
      }
    } else if (ts.isEnumDeclaration(statement)) {
      // `declare enum X { A = 10 }`: an intEnum.
      const values = statement.members.map((m) => {
        const init = m.initializer
        if (init === undefined || !ts.isNumericLiteral(init) || !Number.isInteger(Number(init.text))) {
          return fail(m, `${statement.name.text}: enum member is not an integer literal`)
        }
        return Number(init.text)
      })
      into.enums.set(statement.name.text, { values, valueType: 'integer', origin: where(statement) })
    } else if (ts.isInterfaceDeclaration(statement)) {
      if (statement.heritageClauses !== undefined) fail(statement, `${statement.name.text}: interfaces that extend others are not supported`)
      into.structures.set(statement.name.text, { members: membersOf(statement.name.text, statement.members), origin: where(statement) })
    } else if (ts.isModuleDeclaration(statement) && statement.body !== undefined && ts.isModuleBlock(statement.body)) {
      // `namespace U { interface AMember { A: X; B?: never; $unknown?: never } ... }`: the union's members.
      const union = statement.name.getText(file)
      const members: Member[] = []
      for (const inner of statement.body.statements) {
        if (!ts.isInterfaceDeclaration(inner) || !inner.name.text.endsWith('Member') || inner.name.text === '$UnknownMember') continue
        const set = membersOf(union, inner.members).filter((m) => m.required)
        if (set.length !== 1) fail(inner, `${union}.${inner.name.text}: a union member must set exactly one member`)
        members.push({ ...set[0]!, required: false })
      }
      into.unions.set(union, { members, origin: where(statement) })
    }
  }
}

/** Reads `interface XCommandInput extends Y {}`: the input or output shape's name, if any. */
export function readCommandFile(text: string, fileName: string): { input?: string; output?: string } {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const out: { input?: string; output?: string } = {}
  for (const statement of file.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue
    const role = statement.name.text.endsWith('CommandInput') ? 'input' : statement.name.text.endsWith('CommandOutput') ? 'output' : undefined
    if (role === undefined) continue
    const bases = (statement.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(file)))
    const shape = bases.find((b) => b !== '__MetadataBearer' && b !== 'MetadataBearer')
    if (shape !== undefined) out[role] = shape
  }
  return out
}
