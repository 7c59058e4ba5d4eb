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
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9'
const isIdentStart = (ch: string): boolean => /[A-Za-z_]/.test(ch)
const isIdentPart = (ch: string): boolean => /[A-Za-z0-9_]/.test(ch)

/**
 * Splits boto3 request/response syntax into tokens, on demand: a call's syntax is often
 * followed by prose that is not syntax, so nothing past the last token asked for is read.
 * `line` and `column` give the position of `text[0]` in its file.
 */
export function* lex(text: string, file: string, line = 1, column = 1): Generator<Token, Token> {
  let i = 0
  let ln = line
  let col = column
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
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      advance(1)
      continue
    }
    const origin = here()
    const start = i
    let token: Token | undefined
    const push = (kind: TokenKind, tokenText: string, length: number): void => {
      advance(length)
      token = { kind, text: tokenText, origin, start, end: i }
    }
    if (text.startsWith('...', i)) {
      push('ellipsis', '...', 3)
    } else if (ch === "'" || ch === '"' || ((ch === 'b' || ch === 'B') && (text[i + 1] === "'" || text[i + 1] === '"'))) {
      const isBytes = ch === 'b' || ch === 'B'
      const quote = text[isBytes ? i + 1 : i]!
      let j = isBytes ? i + 2 : i + 1
      let value = ''
      for (;;) {
        const c = text[j]
        if (c === undefined || c === '\n') throw new SourceError(origin, 'unterminated string literal')
        if (c === quote) break
        if (c === '\\') {
          const next = text[j + 1]
          if (next === undefined) throw new SourceError(origin, 'unterminated string literal')
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next
          j += 2
          continue
        }
        value += c
        j++
      }
      push(isBytes ? 'bytes' : 'string', value, j + 1 - i)
    } else if (isDigit(ch) || (ch === '-' && isDigit(text[i + 1] ?? ''))) {
      let j = i + 1
      while (isDigit(text[j] ?? '')) j++
      let kind: TokenKind = 'integer'
      if (text[j] === '.' && isDigit(text[j + 1] ?? '')) {
        kind = 'float'
        j++
        while (isDigit(text[j] ?? '')) j++
      }
      push(kind, text.slice(i, j), j - i)
    } else if (isIdentStart(ch)) {
      let j = i + 1
      while (isIdentPart(text[j] ?? '')) j++
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
export function tokenize(text: string, file: string, line = 1, column = 1): Token[] {
  const tokens: Token[] = []
  const lexer = lex(text, file, line, column)
  for (;;) {
    const step = lexer.next()
    tokens.push(step.value)
    if (step.done === true) return tokens
  }
}
