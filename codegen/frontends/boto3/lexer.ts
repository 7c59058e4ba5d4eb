import { type Origin, SourceError } from '../../ir/origin.js'

export type TokenKind =
  | 'ident'
  | 'string'
  | 'bytes'
  | 'integer'
  | 'float'
  | 'ellipsis'
  | '('
  | ')'
  | '{'
  | '}'
  | '['
  | ']'
  | ','
  | ':'
  | '='
  | '|'
  | '.'
  | 'eof'

export interface Token {
  readonly kind: TokenKind
  /** Identifier name, string contents (unescaped), or number text. */
  readonly text: string
  readonly origin: Origin
  /** Offset of the token's first character in the source text. */
  readonly start: number
  /** Offset just past the token. */
  readonly end: number
}

const PUNCTUATION = new Set(['(', ')', '{', '}', '[', ']', ',', ':', '=', '|', '.'])
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9'
const isIdentStart = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch === '_')
const isIdentPart = (ch: string | undefined): boolean => isIdentStart(ch) || isDigit(ch)
// A page copied from a browser carries no-break spaces and, at its start, a byte-order mark.
const isSpace = (ch: string): boolean =>
  ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0' || ch === '\ufeff'

/** Where lexing starts: an offset into the text and the file position of that offset. */
export interface LexStart {
  readonly offset?: number
  readonly line?: number
  readonly column?: number
}

/**
 * Splits boto3 request/response syntax into tokens, on demand: a call's syntax is often
 * followed by prose that is not syntax, so nothing past the last token asked for is read.
 * Lexing starts at `start.offset` (no copy of the rest of the page is made, so reading many
 * operations from one page stays linear), which is at `start.line`:`start.column` in `file`.
 */
export function* lex(text: string, file: string, start: LexStart = {}): Generator<Token, Token> {
  let i = start.offset ?? 0
  let ln = start.line ?? 1
  let col = start.column ?? 1
  const here = (): Origin => ({ file, line: ln, column: col })
  const advance = (n: number): void => {
    for (let k = 0; k < n; k++) {
      if (text[i] === '\n') {
        ln++
        col = 1
      } else {
        col++
      }
      i++
    }
  }
  while (i < text.length) {
    const ch = text[i]!
    if (isSpace(ch)) {
      advance(1)
      continue
    }
    const origin = here()
    const tokenStart = i
    let token: Token | undefined
    const push = (kind: TokenKind, tokenText: string, length: number): void => {
      advance(length)
      token = { kind, text: tokenText, origin, start: tokenStart, end: i }
    }
    if (text.startsWith('...', i)) {
      push('ellipsis', '...', 3)
    } else if (ch === "'" || ch === '"' || ((ch === 'b' || ch === 'B') && (text[i + 1] === "'" || text[i + 1] === '"'))) {
      const isBytes = ch === 'b' || ch === 'B'
      const quote = text[isBytes ? i + 1 : i]!
      let j = isBytes ? i + 2 : i + 1
      const parts: string[] = []
      for (;;) {
        const c = text[j]
        if (c === undefined || c === '\n') throw new SourceError(origin, 'unterminated string literal')
        if (c === quote) break
        if (c === '\\') {
          const next = text[j + 1]
          if (next === undefined) throw new SourceError(origin, 'unterminated string literal')
          parts.push(next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next)
          j += 2
          continue
        }
        parts.push(c)
        j++
      }
      push(isBytes ? 'bytes' : 'string', parts.join(''), j + 1 - i)
    } else if (isDigit(ch) || (ch === '-' && isDigit(text[i + 1]))) {
      let j = i + 1
      while (isDigit(text[j])) j++
      let kind: TokenKind = 'integer'
      if (text[j] === '.' && isDigit(text[j + 1])) {
        kind = 'float'
        j++
        while (isDigit(text[j])) j++
      }
      push(kind, text.slice(i, j), j - i)
    } else if (isIdentStart(ch)) {
      let j = i + 1
      while (isIdentPart(text[j])) j++
      push('ident', text.slice(i, j), j - i)
    } else if (PUNCTUATION.has(ch)) {
      push(ch as TokenKind, ch, 1)
    } else {
      throw new SourceError(origin, `unexpected character ${JSON.stringify(ch)}`)
    }
    yield token!
  }
  return { kind: 'eof', text: '', origin: here(), start: i, end: i }
}

/** All tokens of `text`, ending with `eof`. */
export function tokenize(text: string, file: string, start: LexStart = {}): Token[] {
  const tokens: Token[] = []
  const lexer = lex(text, file, start)
  for (;;) {
    const step = lexer.next()
    tokens.push(step.value)
    if (step.done === true) return tokens
  }
}
