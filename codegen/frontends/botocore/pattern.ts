// botocore's `pattern` traits are written for the Java (service) and Python regex engines; the
// IR carries ECMA-262 sources for `new RegExp(source, 'u')`, which Unicode mode parses strictly.
// A pattern is parsed once, left to right (linear in its length), into a small tree, and printed
// back in ECMA-262 form: what ECMA-262 spells the same way is printed as written, the rest is
// rewritten with the same meaning, and what has no ECMA-262 equivalent is reported, not guessed.
// Patterns stay NOT anchored: Smithy's rule, and what the service does.
import { Parser, SYNTAX, Untranslatable } from './pattern-parser.js'

export type PatternNode =
  | { readonly type: 'alt'; readonly branches: readonly PatternNode[] }
  | { readonly type: 'seq'; readonly items: readonly PatternNode[] }
  | { readonly type: 'group'; readonly kind: GroupKind; readonly name?: string; readonly body: PatternNode }
  | { readonly type: 'repeat'; readonly body: PatternNode; readonly min: number; readonly max: number; readonly lazy: boolean; readonly raw: string }
  | { readonly type: 'assert'; readonly kind: '^' | '$' | '\\b' | '\\B' }
  | Atom
  | { readonly type: 'set'; readonly negated: boolean; readonly items: readonly SetItem[] }

/** A single character or a class of them, as it may stand inside or outside `[...]`. */
export type Atom =
  | { readonly type: 'char'; readonly cp: number; readonly raw?: string }
  | { readonly type: 'builtin'; readonly name: 'd' | 'D' | 'w' | 'W' | 's' | 'S' }
  | { readonly type: 'property'; readonly negated: boolean; readonly name: string }
  | { readonly type: 'dot' }

export type SetItem = Exclude<Atom, { type: 'dot' }> | { readonly type: 'range'; readonly from: Atom & { type: 'char' }; readonly to: Atom & { type: 'char' } }

export type GroupKind = 'capture' | 'group' | 'ahead' | 'not-ahead' | 'behind' | 'not-behind'

export type Translation =
  | { readonly ok: true; readonly source: string; readonly tree: PatternNode; readonly changes: readonly string[] }
  | { readonly ok: false; readonly reason: string }

/** Reads a botocore pattern and prints it as an ECMA-262 source, or says why it cannot. */
export function translatePattern(pattern: string): Translation {
  let tree: PatternNode
  const changes: string[] = []
  try {
    tree = new Parser(pattern, changes).parse()
  } catch (error) {
    if (error instanceof Untranslatable) return { ok: false, reason: error.message }
    throw error
  }
  const source = printPattern(tree)
  try {
    new RegExp(source, 'u')
  } catch (error) {
    return { ok: false, reason: `translated to ${JSON.stringify(source)}, which does not compile: ${(error as Error).message}` }
  }
  return { ok: true, source, tree, changes: source === pattern ? [] : [...new Set(changes)] }
}

/**
 * Whether a repetition repeats something that repeats itself (`(-*[a-z]){0,62}`): the shape
 * behind catastrophic backtracking, though only when the inner and outer loops can split the
 * same text in more than one way.
 */
export function hasNestedQuantifiers(node: PatternNode, insideRepeat = false): boolean {
  switch (node.type) {
    case 'alt':
      return node.branches.some((b) => hasNestedQuantifiers(b, insideRepeat))
    case 'seq':
      return node.items.some((i) => hasNestedQuantifiers(i, insideRepeat))
    case 'group':
      return hasNestedQuantifiers(node.body, insideRepeat)
    case 'repeat':
      if (node.max <= 1) return hasNestedQuantifiers(node.body, insideRepeat)
      return insideRepeat || hasNestedQuantifiers(node.body, true)
    default:
      return false
  }
}

const hex = (cp: number): string => (cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\u{${cp.toString(16)}}`)

function printChar(atom: Atom & { type: 'char' }, inClass: boolean): string {
  if (atom.raw !== undefined) return atom.raw
  const c = String.fromCodePoint(atom.cp)
  if (inClass ? c === ']' || c === '\\' || c === '-' || c === '^' : SYNTAX.has(c)) return `\\${c}`
  if (atom.cp < 0x20 || atom.cp === 0x7f || (atom.cp >= 0xd800 && atom.cp <= 0xdfff)) return hex(atom.cp)
  return c
}

function printAtom(atom: Atom | SetItem, inClass: boolean): string {
  switch (atom.type) {
    case 'char':
      return printChar(atom, inClass)
    case 'builtin':
      return `\\${atom.name}`
    case 'property':
      return `\\${atom.negated ? 'P' : 'p'}{${atom.name}}`
    case 'dot':
      return '.'
    case 'range':
      return `${printChar(atom.from, true)}-${printChar(atom.to, true)}`
  }
}

const GROUP_PREFIX: Readonly<Record<GroupKind, string>> = { capture: '', group: '?:', ahead: '?=', 'not-ahead': '?!', behind: '?<=', 'not-behind': '?<!' }

/** The ECMA-262 source of a pattern tree. */
export function printPattern(node: PatternNode): string {
  switch (node.type) {
    case 'alt':
      return node.branches.map(printPattern).join('|')
    case 'seq':
      return node.items.map(printPattern).join('')
    case 'group':
      return `(${node.name === undefined ? GROUP_PREFIX[node.kind] : `?<${node.name}>`}${printPattern(node.body)})`
    case 'repeat':
      return `${printPattern(node.body)}${node.raw}${node.lazy ? '?' : ''}`
    case 'assert':
      return node.kind
    case 'set':
      return `[${node.negated ? '^' : ''}${node.items.map((i) => printAtom(i, true)).join('')}]`
    default:
      return printAtom(node, false)
  }
}
