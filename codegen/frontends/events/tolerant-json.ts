import { type Origin, SourceError } from '../../ir/origin.js'

/**
 * A JSON reader for EventBridge event examples copied from the AWS documentation, which are
 * often not JSON: they carry comments, trailing commas, `Timestamp`-style placeholders and
 * the like. It takes them as they are and reports each repair with its position, so the
 * code generator can show what it read. Only for codegen inputs; run-time decoding uses
 * JSON.parse.
 */

export type RepairKind = 'comment' | 'trailing-comma' | 'placeholder' | 'duplicate-key' | 'single-quotes' | 'missing-comma' | 'missing-close'

/** One repair, at the 1-based position of the offending token. */
export interface Repair {
  line: number
  column: number
  kind: RepairKind
  message: string
}

/** An unquoted word such as `Timestamp` or `<<version>>` where a value belongs, as written. */
export interface Placeholder {
  readonly placeholder: string
}

export type TolerantValue = null | boolean | number | string | TolerantValue[] | { [key: string]: TolerantValue } | Placeholder

export interface TolerantResult {
  value: TolerantValue
  repairs: Repair[]
}

export class TolerantJsonError extends SourceError {
  constructor(file: string, line: number, column: number, reason: string) {
    super({ file, line, column }, reason)
    this.name = 'TolerantJsonError'
  }
}

/** Far deeper than any event example, and far shallower than the call stack allows. */
export const MAX_DEPTH = 512

// A class, so that a placeholder is told apart from a documented object `{ "placeholder": "x" }`.
class PlaceholderValue implements Placeholder {
  constructor(readonly placeholder: string) {
    Object.freeze(this)
  }
}

export const isPlaceholder = (v: TolerantValue): v is Placeholder => v instanceof PlaceholderValue

type TokenKind = '{' | '}' | '[' | ']' | ',' | ':' | 'string' | 'number' | 'word' | 'placeholder' | 'eof'

interface Token {
  readonly kind: TokenKind
  /** Punctuation, string contents (unescaped), number text or the word as written. */
  readonly text: string
  readonly line: number
  readonly column: number
}

type Position = Pick<Origin, 'line' | 'column'>

const PUNCTUATION = '{}[],:'
const ESCAPES = new Map([['"', '"'], ['\\', '\\'], ['/', '/'], ['b', '\b'], ['f', '\f'], ['n', '\n'], ['r', '\r'], ['t', '\t']])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
// Whatever may not follow a number: `01`, `1.`, `1e` and `1-2` are malformed, not two tokens.
const AFTER_NUMBER = /[\w.+-]/
const WORD = /[A-Za-z_$][\w$]*/y
const LITERALS = new Map<string, TolerantValue>([['true', true], ['false', false], ['null', null]])
const VALUE_STARTS = new Set<TokenKind>(['{', '[', 'string', 'number', 'word', 'placeholder'])

const describe = (t: Token): string =>
  t.kind === 'eof' ? 'end of input' : t.kind === 'string' ? `string ${JSON.stringify(t.text)}` : `'${t.text}'`

/**
 * Where a `#` or `//` comment that starts at `from` ends: at the end of its line, or before the
 * first `]` or `}` outside a string on that line. Pages that flatten a multi-line example onto
 * one line leave the rest of the payload after a comment; a bracket closing what the comment sits
 * in marks where the commented lines ended.
 */
function lineCommentEnd(text: string, from: number): number {
  let inString = false
  for (let j = from; j < text.length; j++) {
    const c = text[j]
    if (c === '\n' || c === '\r') return j
    if (c === '"' && text[j - 1] !== '\\') inString = !inString
    else if (!inString && (c === ']' || c === '}')) return j
  }
  return text.length
}

export function readTolerantJson(text: string, file: string): TolerantResult {
  const repairs: Repair[] = []
  const repair = (at: Position, kind: RepairKind, message: string): void => {
    repairs.push({ line: at.line, column: at.column, kind, message })
  }
  const fail = (at: Position, reason: string): never => {
    throw new TolerantJsonError(file, at.line, at.column, reason)
  }

  // Scanner
  let i = 0
  let line = 1
  let column = 1
  const here = (): Position => ({ line, column })
  const advance = (n: number): void => {
    for (let k = 0; k < n; k++, i++) {
      if (text[i] === '\n') {
        line++
        column = 1
      } else {
        column++
      }
    }
  }
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = i
    return re.exec(text)?.[0]
  }
  const skipBlank = (): void => {
    for (;;) {
      const ch = text[i]
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        advance(1)
      } else if (ch === '#' || text.startsWith('//', i)) {
        repair(here(), 'comment', `comment ${JSON.stringify(ch === '#' ? '#' : '//')} removed`)
        advance(lineCommentEnd(text, i) - i)
      } else if (text.startsWith('/*', i)) {
        const at = here()
        const end = text.indexOf('*/', i + 2)
        if (end < 0) fail(at, 'unterminated comment')
        repair(at, 'comment', 'comment "/* */" removed')
        advance(end + 2 - i)
      } else {
        return
      }
    }
  }
  const scanString = (at: Position, quote: string): Token => {
    // Strings end on their line, so a column within one is the opening quote's column plus the offset.
    const col = (j: number): Position => ({ line: at.line, column: at.column + j - i })
    let value = ''
    let j = i + 1
    for (;;) {
      const c = text[j]
      if (c === undefined || c === '\n' || c === '\r') return fail(at, 'unterminated string')
      if (c === quote) break
      if (c < ' ') fail(col(j), `control character ${JSON.stringify(c)} in string`)
      if (c !== '\\') {
        value += c
        j++
        continue
      }
      const e = text[j + 1] ?? ''
      if (e === 'u') {
        const hex = text.slice(j + 2, j + 6)
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) fail(col(j), 'malformed \\u escape')
        value += String.fromCharCode(parseInt(hex, 16))
        j += 6
        continue
      }
      const unescaped = e === "'" && quote === "'" ? "'" : ESCAPES.get(e)
      if (unescaped === undefined) return fail(col(j), `invalid escape ${JSON.stringify(`\\${e}`)}`)
      value += unescaped
      j += 2
    }
    if (quote === "'") repair(at, 'single-quotes', 'single-quoted string read as double-quoted')
    advance(j + 1 - i)
    return { kind: 'string', text: value, ...at }
  }
  const scan = (): Token => {
    skipBlank()
    const at = here()
    const token = (kind: TokenKind, t: string): Token => {
      advance(t.length)
      return { kind, text: t, ...at }
    }
    const ch = text[i]
    if (ch === undefined) return { kind: 'eof', text: '', ...at }
    if (PUNCTUATION.includes(ch)) return token(ch as TokenKind, ch)
    if (ch === '"' || ch === "'") return scanString(at, ch)
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      const n = match(NUMBER)
      if (n === undefined || AFTER_NUMBER.test(text[i + n.length] ?? '')) return fail(at, 'malformed number')
      return token('number', n)
    }
    const word = match(WORD)
    if (word !== undefined) return token('word', word)
    if (text.startsWith('<<', i)) {
      const end = text.indexOf('>>', i + 2)
      if (end < 0 || text.slice(i, end).includes('\n')) fail(at, 'unterminated <<placeholder>>')
      return token('placeholder', text.slice(i, end + 2))
    }
    return fail(at, `unexpected character ${JSON.stringify(ch)}`)
  }

  // Parser, with a lookahead of up to two tokens: `"key" :` tells a member missing its comma.
  const ahead: Token[] = []
  const peek = (k = 0): Token => {
    while (ahead.length <= k) ahead.push(scan())
    return ahead[k]!
  }
  const next = (): Token => {
    const t = peek()
    ahead.shift()
    return t
  }
  const expected = (what: string, t: Token): never => fail(t, `expected ${what}, found ${describe(t)}`)

  /** Consumes the closing bracket, or at the end of input supplies it. */
  const closed = (close: '}' | ']', open: Token): boolean => {
    const t = peek()
    if (t.kind !== close && t.kind !== 'eof') return false
    next()
    if (t.kind === 'eof') repair(t, 'missing-close', `missing '${close}' for the '${open.text}' at ${open.line}:${open.column}`)
    return true
  }
  /** After a member or item: whether another one follows. */
  const more = (close: '}' | ']', open: Token, startsNext: () => boolean): boolean => {
    const t = peek()
    if (t.kind === ',') {
      next()
      const after = peek()
      if (after.kind === close || after.kind === 'eof') repair(t, 'trailing-comma', `trailing comma before ${describe(after)} removed`)
      return !closed(close, open)
    }
    if (closed(close, open)) return false
    if (!startsNext()) expected(`',' or '${close}'`, t)
    repair(t, 'missing-comma', `missing ',' before ${describe(t)} inserted`)
    return true
  }

  const object = (open: Token, depth: number): { [key: string]: TolerantValue } => {
    const obj: { [key: string]: TolerantValue } = {}
    if (closed('}', open)) return obj
    do {
      const key = next()
      if (key.kind !== 'string') expected('a string key', key)
      const colon = next()
      if (colon.kind !== ':') expected("':'", colon)
      const v = value(depth)
      if (Object.hasOwn(obj, key.text)) {
        repair(key, 'duplicate-key', `duplicate key ${JSON.stringify(key.text)}: kept the first value`)
      } else {
        // Not `obj[key] = v`: a key `__proto__` would set the prototype instead of a member.
        Object.defineProperty(obj, key.text, { value: v, writable: true, enumerable: true, configurable: true })
      }
    } while (more('}', open, () => peek().kind === 'string' && peek(1).kind === ':'))
    return obj
  }
  const array = (open: Token, depth: number): TolerantValue[] => {
    const items: TolerantValue[] = []
    if (closed(']', open)) return items
    do items.push(value(depth))
    while (more(']', open, () => VALUE_STARTS.has(peek().kind)))
    return items
  }
  const value = (depth: number): TolerantValue => {
    const t = next()
    switch (t.kind) {
      case '{':
      case '[':
        if (depth >= MAX_DEPTH) fail(t, `nesting deeper than ${MAX_DEPTH}`)
        return t.kind === '{' ? object(t, depth + 1) : array(t, depth + 1)
      case 'string':
        return t.text
      case 'number':
        return Number(t.text)
      case 'word':
      case 'placeholder': {
        const literal = t.kind === 'word' ? LITERALS.get(t.text) : undefined
        if (literal !== undefined) return literal
        repair(t, 'placeholder', `unquoted ${t.text} read as a placeholder`)
        return new PlaceholderValue(t.text)
      }
      default:
        return expected('a value', t)
    }
  }

  if (peek().kind === 'eof') fail(peek(), 'empty input')
  const result = value(0)
  const rest = peek()
  if (rest.kind !== 'eof') fail(rest, `unexpected ${describe(rest)} after the value`)
  // Lookahead and members reported after their values put repairs out of order; sort is stable.
  repairs.sort((a, b) => a.line - b.line || a.column - b.column)
  return { value: result, repairs }
}
