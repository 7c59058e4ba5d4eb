// The reading half of the pattern translation: a botocore pattern (Java or Python syntax), read
// once left to right into a tree, with what had to change noted and what has no ECMA-262 form
// reported as Untranslatable.
import type { Atom, GroupKind, PatternNode, SetItem } from './pattern.js'

export class Untranslatable extends Error {}

// Outside a class, Unicode mode lets only these be escaped; inside, `-` too.
export const SYNTAX = new Set([...'^$\\.*+?()[]{}|/'])
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13 }
const GROUP_OPENERS: ReadonlyArray<[string, GroupKind]> = [
  ['?:', 'group'],
  ['?=', 'ahead'],
  ['?!', 'not-ahead'],
  ['?<=', 'behind'],
  ['?<!', 'not-behind'],
]
const range = (from: string, to: string): SetItem => ({ type: 'range', from: { type: 'char', cp: from.codePointAt(0)! }, to: { type: 'char', cp: to.codePointAt(0)! } })
const chars = (text: string): SetItem[] => [...text].map((c) => ({ type: 'char', cp: c.codePointAt(0)! }))
// Java's POSIX classes, which match ASCII only (Pattern without UNICODE_CHARACTER_CLASS).
const POSIX: Readonly<Record<string, readonly SetItem[]>> = {
  Lower: [range('a', 'z')],
  Upper: [range('A', 'Z')],
  ASCII: [range('\x00', '\x7f')],
  Alpha: [range('a', 'z'), range('A', 'Z')],
  Digit: [range('0', '9')],
  Alnum: [range('a', 'z'), range('A', 'Z'), range('0', '9')],
  Punct: [range('!', '/'), range(':', '@'), range('[', '`'), range('{', '~')],
  Graph: [range('!', '~')],
  Print: [range(' ', '~')],
  Blank: chars(' \t'),
  Cntrl: [range('\x00', '\x1f'), ...chars('\x7f')],
  XDigit: [range('0', '9'), range('a', 'f'), range('A', 'F')],
  Space: chars(' \t\n\x0b\f\r'),
}
const isEcmaProperty = (name: string): boolean => {
  try {
    new RegExp(`\\p{${name}}`, 'u')
    return true
  } catch {
    return false
  }
}

export class Parser {
  private readonly cps: string[]
  private pos = 0

  constructor(
    source: string,
    private readonly changes: string[],
  ) {
    this.cps = [...source]
  }

  parse(): PatternNode {
    const node = this.alternation()
    if (this.pos < this.cps.length) throw new Untranslatable(`unbalanced ')' at ${this.pos}`)
    return node
  }

  private peek(offset = 0): string | undefined {
    return this.cps[this.pos + offset]
  }

  private lookingAt(text: string): boolean {
    return [...text].every((c, i) => this.peek(i) === c)
  }

  private alternation(): PatternNode {
    const branches = [this.sequence()]
    while (this.peek() === '|') {
      this.pos++
      branches.push(this.sequence())
    }
    return branches.length === 1 ? branches[0]! : { type: 'alt', branches }
  }

  private sequence(): PatternNode {
    const items: PatternNode[] = []
    while (this.pos < this.cps.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom()
      if (atom !== undefined) items.push(this.quantified(atom))
    }
    return items.length === 1 ? items[0]! : { type: 'seq', items }
  }

  private atom(): PatternNode | undefined {
    const c = this.cps[this.pos++]!
    switch (c) {
      case '(':
        return this.group()
      case '[':
        return this.set()
      case '.':
        return { type: 'dot' }
      case '^':
      case '$':
        return { type: 'assert', kind: c }
      case '\\':
        return this.escape(false)
      case '*':
      case '+':
      case '?':
        throw new Untranslatable(`nothing to repeat before '${c}' at ${this.pos - 1}`)
      case '{':
      case '}':
      case ']':
        // A brace that starts no quantifier, or a lone bracket, is literal in Java and Python.
        if (c === '{' && this.quantifierAt(this.pos - 1) !== undefined) throw new Untranslatable(`nothing to repeat before '{' at ${this.pos - 1}`)
        this.changes.push(`literal ${c} escaped`)
        return { type: 'char', cp: c.codePointAt(0)! }
      default:
        return { type: 'char', cp: c.codePointAt(0)!, raw: c }
    }
  }

  private group(): PatternNode | undefined {
    if (this.peek() === '?') {
      if (this.peek(1) === '#') {
        // A comment group: nothing to match.
        while (this.pos < this.cps.length && this.peek() !== ')') this.pos++
        this.pos++
        this.changes.push('comment group dropped')
        return undefined
      }
      const named = this.lookingAt('?<') && /[A-Za-z]/.test(this.peek(2) ?? '') ? '?<' : this.lookingAt('?P<') ? '?P<' : undefined
      if (named !== undefined) {
        this.pos += named.length
        let name = ''
        while (this.peek() !== undefined && this.peek() !== '>') name += this.cps[this.pos++]
        this.pos++
        if (named === '?P<') this.changes.push('Python named group (?P<name>) as (?<name>)')
        return this.closeGroup('capture', name)
      }
      const opener = GROUP_OPENERS.find(([text]) => this.lookingAt(text))
      if (opener === undefined) throw new Untranslatable(`group construct (${this.cps.slice(this.pos, this.pos + 3).join('')}: inline flags, atomic groups and conditionals have no ECMA-262 form`)
      this.pos += opener[0].length
      return this.closeGroup(opener[1])
    }
    return this.closeGroup('capture')
  }

  private closeGroup(kind: GroupKind, name?: string): PatternNode {
    const body = this.alternation()
    if (this.peek() !== ')') throw new Untranslatable('unterminated group')
    this.pos++
    return { type: 'group', kind, ...(name === undefined ? {} : { name }), body }
  }

  /** `{n}`, `{n,}`, `{n,m}` or Python's `{,m}` at `at`, with its length. */
  private quantifierAt(at: number): { min: number; max: number; length: number } | undefined {
    const rest = this.cps.slice(at, at + 24).join('')
    const m = /^\{(\d*)(,?)(\d*)\}/.exec(rest)
    if (m === null || (m[1] === '' && m[3] === '') || (m[1] === '' && m[2] === '')) return undefined
    const min = m[1] === '' ? 0 : Number(m[1])
    const max = m[2] === '' ? min : m[3] === '' ? Infinity : Number(m[3])
    return { min, max, length: [...m[0]].length }
  }

  private quantified(atom: PatternNode): PatternNode {
    let node = atom
    for (;;) {
      const c = this.peek()
      let min: number
      let max: number
      let raw: string
      if (c === '*' || c === '+' || c === '?') {
        ;[min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1]
        raw = c
        this.pos++
      } else if (c === '{' && this.quantifierAt(this.pos) !== undefined) {
        const q = this.quantifierAt(this.pos)!
        raw = this.cps.slice(this.pos, this.pos + q.length).join('')
        ;({ min, max } = q)
        if (raw.startsWith('{,')) {
          this.changes.push(`Python's ${raw} as {0,${max}}`)
          raw = `{0,${max}}`
        }
        this.pos += q.length
      } else {
        return node
      }
      if (max < min) throw new Untranslatable(`quantifier ${raw} has its bounds upside down`)
      const lazy = this.peek() === '?'
      if (lazy) this.pos++
      if (this.peek() === '+') throw new Untranslatable(`possessive quantifier ${raw}+: no ECMA-262 form`)
      if (node.type === 'assert' || (node.type === 'group' && node.kind !== 'capture' && node.kind !== 'group')) {
        // An assertion matches nothing, so repeating it once or more is asserting it once;
        // Unicode mode forbids quantifying it.
        this.changes.push(`quantified assertion ${raw} ${min === 0 ? 'dropped' : 'as the assertion alone'}`)
        node = min === 0 ? { type: 'seq', items: [] } : node
        continue
      }
      if (node.type === 'repeat') throw new Untranslatable(`quantifier ${raw} on a quantifier`)
      node = { type: 'repeat', body: node, min, max, lazy, raw }
    }
  }

  private set(): PatternNode {
    const negated = this.peek() === '^'
    if (negated) this.pos++
    const items: SetItem[] = []
    let first = true
    while (this.peek() !== ']' || first) {
      const c = this.cps[this.pos++]
      if (c === undefined) throw new Untranslatable('unterminated character class')
      if (c === '[') throw new Untranslatable('a class inside a class (Java union or POSIX bracket) has no ECMA-262 form without the v flag')
      if (c === '&' && this.peek() === '&') throw new Untranslatable('class intersection && (Java) has no ECMA-262 form without the v flag')
      let atom: SetItem = c === '\\' ? this.classEscape() : { type: 'char', cp: c.codePointAt(0)!, raw: c }
      if (first && c === ']') {
        // `[]a]`: Python reads the first `]` as a character, Unicode mode as the end of the class.
        this.changes.push('literal ] first in a class escaped')
        atom = { type: 'char', cp: 93 }
      }
      first = false
      const last = items.at(-1)
      if (c === '-' && last !== undefined && this.peek() !== ']') {
        const next = this.classAtom()
        if (last.type === 'char' && next.type === 'char') {
          if (next.cp < last.cp) throw new Untranslatable(`class range out of order at ${this.pos}`)
          items[items.length - 1] = { type: 'range', from: last, to: next }
          continue
        }
        // After a range, `-` is a character everywhere; beside a class escape (`\w-a`) Java and
        // Python read it as one too, but Unicode mode wants it escaped.
        if (last.type !== 'range' || next.type !== 'char') {
          this.changes.push('literal - beside a class escape, escaped')
          atom = { type: 'char', cp: 45 }
        }
        items.push(atom, ...this.expandPosix(next))
        continue
      }
      items.push(...this.expandPosix(atom))
    }
    this.pos++
    return { type: 'set', negated, items }
  }

  private classAtom(): SetItem {
    const c = this.cps[this.pos++]
    if (c === undefined) throw new Untranslatable('unterminated character class')
    return c === '\\' ? this.classEscape() : { type: 'char', cp: c.codePointAt(0)!, raw: c }
  }

  private expandPosix(item: SetItem): SetItem[] {
    if (item.type !== 'property' || POSIX[item.name] === undefined) return [item]
    if (item.negated) throw new Untranslatable(`\\P{${item.name}} inside a class: no ECMA-262 form without the v flag`)
    this.changes.push(`POSIX class \\p{${item.name}} as its ASCII ranges`)
    return [...POSIX[item.name]!]
  }

  private classEscape(): SetItem {
    if (this.peek() === 'b') {
      this.pos++
      return { type: 'char', cp: 8, raw: '\\b' }
    }
    if (this.peek() === '-') {
      this.pos++
      return { type: 'char', cp: 45, raw: '\\-' }
    }
    const atom = this.escape(true)
    if (atom.type === 'dot' || atom.type === 'assert' || atom.type === 'set') throw new Untranslatable('an escape that is not a character inside a class')
    return atom as SetItem
  }

  private escape(inClass: boolean): Atom | (PatternNode & { type: 'assert' | 'set' }) {
    const c = this.cps[this.pos++]
    if (c === undefined) throw new Untranslatable('pattern ends in a backslash')
    if ('dDwWsS'.includes(c)) return { type: 'builtin', name: c as 'd' }
    if (!inClass && (c === 'b' || c === 'B')) return { type: 'assert', kind: `\\${c}` }
    if (c in CONTROL_ESCAPES) {
      if (c === 'v') throw new Untranslatable("\\v: Java's is a class of vertical whitespace, Python's one character")
      return { type: 'char', cp: CONTROL_ESCAPES[c]!, raw: `\\${c}` }
    }
    if (c === 'p' || c === 'P') return this.property(c === 'P', inClass)
    if (c === 'u' || c === 'x') return this.hexEscape(c)
    if (c === '0' && !/[0-9]/.test(this.peek() ?? '')) return { type: 'char', cp: 0, raw: '\\0' }
    if (/[1-9]/.test(c) || c === 'k') throw new Untranslatable('backreference: not matchable in linear time')
    if (c === 'Q') throw new Untranslatable('\\Q...\\E quoting is not read by this translator')
    if (!inClass && c === 'Z') throw new Untranslatable('\\Z: Java lets a final line terminator follow, Python does not')
    if (!inClass && (c === 'A' || c === 'z')) {
      this.changes.push(`\\${c} as ${c === 'A' ? '^' : '$'}`)
      return { type: 'assert', kind: c === 'A' ? '^' : '$' }
    }
    if (SYNTAX.has(c) || (inClass && c === '-')) return { type: 'char', cp: c.codePointAt(0)!, raw: `\\${c}` }
    if (/[A-Za-z0-9]/.test(c)) throw new Untranslatable(`escape \\${c} has no ECMA-262 equivalent`)
    // `\_`, `\@`, `\ `, `\-` outside a class: identity escapes Java and Python read as the character.
    this.changes.push(`identity escape \\${c} as the character`)
    return { type: 'char', cp: c.codePointAt(0)! }
  }

  private property(negated: boolean, inClass: boolean): Atom | (PatternNode & { type: 'set' }) {
    let name: string
    if (this.peek() === '{') {
      const end = this.cps.indexOf('}', this.pos)
      if (end < 0) throw new Untranslatable('unterminated \\p{')
      name = this.cps.slice(this.pos + 1, end).join('')
      this.pos = end + 1
    } else {
      name = this.cps[this.pos++] ?? ''
      this.changes.push(`\\p${name} as \\p{${name}}`)
    }
    if (POSIX[name] !== undefined) {
      if (inClass) return { type: 'property', negated, name }
      this.changes.push(`POSIX class \\${negated ? 'P' : 'p'}{${name}} as its ASCII ranges`)
      return { type: 'set', negated, items: [...POSIX[name]!] }
    }
    if (!isEcmaProperty(name)) throw new Untranslatable(`Unicode property \\p{${name}} is not an ECMA-262 property`)
    return { type: 'property', negated, name }
  }

  private hexEscape(c: 'u' | 'x'): Atom {
    const start = this.pos - 2
    let hex: string
    if (this.peek() === '{') {
      const end = this.cps.indexOf('}', this.pos)
      hex = this.cps.slice(this.pos + 1, end).join('')
      this.pos = end + 1
      if (c === 'x') this.changes.push('\\x{...} as \\u{...}')
    } else {
      hex = this.cps.slice(this.pos, this.pos + (c === 'u' ? 4 : 2)).join('')
      this.pos += hex.length
    }
    if (!/^[0-9A-Fa-f]+$/.test(hex) || (c === 'u' && hex.length < 4 && this.cps[start + 2] !== '{')) throw new Untranslatable(`malformed \\${c} escape`)
    let cp = Number.parseInt(hex, 16)
    let raw = this.cps.slice(start, this.pos).join('')
    // `\uD800\uDC00` is one code point in Java and in Unicode mode alike.
    if (cp >= 0xd800 && cp <= 0xdbff && this.lookingAt('\\u')) {
      const low = this.cps.slice(this.pos + 2, this.pos + 6).join('')
      const lowCp = Number.parseInt(low, 16)
      if (/^[0-9A-Fa-f]{4}$/.test(low) && lowCp >= 0xdc00 && lowCp <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lowCp - 0xdc00)
        raw += this.cps.slice(this.pos, this.pos + 6).join('')
        this.pos += 6
      }
    }
    return { type: 'char', cp, ...(c === 'x' && hex.length !== 2 ? {} : { raw }) }
  }
}
