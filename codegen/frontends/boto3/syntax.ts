import { type Origin, SourceError } from '../../ir/origin.js'
import { type LexStart, type Token, type TokenKind, lex } from './lexer.js'

/** A value in boto3 request/response syntax. `origin` is where it starts. */
export type SyntaxNode =
  | { readonly kind: 'string'; readonly origin: Origin }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly origin: Origin }
  | { readonly kind: 'integer'; readonly origin: Origin }
  | { readonly kind: 'float'; readonly origin: Origin }
  | { readonly kind: 'boolean'; readonly origin: Origin }
  | { readonly kind: 'timestamp'; readonly origin: Origin }
  | { readonly kind: 'blob'; readonly origin: Origin }
  /** `{...}|[...]|123|123.4|'string'|True|None`: any JSON value. */
  | { readonly kind: 'document'; readonly origin: Origin }
  /** `...`: the value's type is given only by its parameter line. */
  | { readonly kind: 'elided'; readonly origin: Origin }
  /** `{'... recursive ...'}`: the nearest enclosing structure again. */
  | { readonly kind: 'recursive'; readonly origin: Origin }
  | { readonly kind: 'list'; readonly item: SyntaxNode; readonly origin: Origin }
  | { readonly kind: 'map'; readonly key: SyntaxNode; readonly value: SyntaxNode; readonly origin: Origin }
  | { readonly kind: 'structure'; readonly members: readonly SyntaxMember[]; readonly origin: Origin }

export interface SyntaxMember {
  readonly name: string
  readonly value: SyntaxNode
  readonly origin: Origin
}

/** `client.method_name( Name=value, ... )` */
export interface SyntaxCall {
  readonly method: string
  readonly parameters: readonly SyntaxMember[]
  readonly origin: Origin
}

/** The placeholder boto3 prints for a free-form string (any other literal is an enum value). */
const STRING_PLACEHOLDER = 'string'
const RECURSIVE_MARKER = /^\.\.\.\s*recursive\s*\.\.\.$/
/**
 * How deep values may nest. boto3 prints a recursive shape once and then a marker, so real
 * pages stay far below this; the limit keeps a hostile page from exhausting the stack here
 * and in every later pass over the tree.
 */
export const MAX_SYNTAX_DEPTH = 200

class Parser {
  private index = 0
  private readonly tokens: Token[] = []
  /** Offset just past the last token consumed. */
  end = 0
  constructor(private readonly lexer: Generator<Token, Token>) {}

  private peek(offset: number): Token {
    while (this.tokens.length <= this.index + offset) {
      const last = this.tokens[this.tokens.length - 1]
      if (last?.kind === 'eof') return last
      this.tokens.push(this.lexer.next().value)
    }
    return this.tokens[this.index + offset]!
  }

  private consume(): Token {
    const token = this.peek(0)
    this.index++
    this.end = token.end
    return token
  }

  private fail(token: Token, reason: string): never {
    throw new SourceError(token.origin, reason)
  }

  private describe(token: Token): string {
    return token.kind === 'eof' ? 'end of input' : `${JSON.stringify(token.text)}`
  }

  private expect(kind: TokenKind, what?: string): Token {
    const token = this.peek(0)
    if (token.kind !== kind) this.fail(token, `expected ${what ?? JSON.stringify(kind)}, found ${this.describe(token)}`)
    return this.consume()
  }

  private accept(kind: TokenKind): boolean {
    if (this.peek(0).kind !== kind) return false
    this.consume()
    return true
  }

  call(): SyntaxCall {
    // Today's pages print `response = client.op(`, the 2020-era ones `client.op(`.
    if (this.peek(0).kind === 'ident' && this.peek(1).kind === '=') {
      this.consume()
      this.consume()
    }
    const client = this.expect('ident', "'client'")
    this.expect('.', "'.' after the client")
    const method = this.expect('ident', 'a method name')
    this.expect('(', "'('")
    const parameters: SyntaxMember[] = []
    const seen = new Set<string>()
    while (this.peek(0).kind !== ')') {
      const name = this.expect('ident', 'a parameter name or )')
      if (seen.has(name.text)) this.fail(name, `duplicate parameter ${name.text}`)
      seen.add(name.text)
      this.expect('=', `'=' after ${name.text}`)
      parameters.push({ name: name.text, value: this.value(), origin: name.origin })
      if (!this.accept(',')) break
    }
    this.expect(')', "',' or ')'")
    return { method: method.text, parameters, origin: client.origin }
  }

  private depth = 0

  value(): SyntaxNode {
    const token = this.peek(0)
    if (this.depth >= MAX_SYNTAX_DEPTH) this.fail(token, `values nest deeper than ${MAX_SYNTAX_DEPTH} levels`)
    this.depth++
    try {
      return this.valueAt(token)
    } finally {
      this.depth--
    }
  }

  private valueAt(token: Token): SyntaxNode {
    switch (token.kind) {
      case 'string':
        return this.stringOrEnum()
      case 'integer':
        this.consume()
        return { kind: 'integer', origin: token.origin }
      case 'float':
        this.consume()
        return { kind: 'float', origin: token.origin }
      case 'bytes':
        this.consume()
        // `b'bytes'|file`: a streaming body, bytes or a file object.
        if (this.accept('|')) {
          const file = this.expect('ident', "'file' after b'bytes'|")
          if (file.text !== 'file') this.fail(file, `expected 'file' after b'bytes'|, found ${this.describe(file)}`)
        }
        return { kind: 'blob', origin: token.origin }
      case 'ellipsis':
        this.consume()
        return { kind: 'elided', origin: token.origin }
      case 'ident':
        return this.identValue()
      case '[':
        return this.list()
      case '{':
        return this.braces()
      default:
        return this.fail(token, `expected a value, found ${this.describe(token)}`)
    }
  }

  private stringOrEnum(): SyntaxNode {
    const first = this.expect('string')
    if (this.peek(0).kind !== '|') {
      return first.text === STRING_PLACEHOLDER
        ? { kind: 'string', origin: first.origin }
        : { kind: 'enum', values: [first.text], origin: first.origin }
    }
    const values = [first.text]
    const seen = new Set(values)
    while (this.accept('|')) {
      const next = this.expect('string', 'an enum value after |')
      if (seen.has(next.text)) this.fail(next, `enum value ${JSON.stringify(next.text)} appears twice`)
      seen.add(next.text)
      values.push(next.text)
    }
    return { kind: 'enum', values, origin: first.origin }
  }

  private identValue(): SyntaxNode {
    const token = this.peek(0)
    if (token.text === 'True' || token.text === 'False') {
      this.consume()
      if (this.accept('|')) {
        const other = this.expect('ident', 'True or False after |')
        if ((other.text !== 'True' && other.text !== 'False') || other.text === token.text) {
          this.fail(other, `expected ${token.text === 'True' ? 'False' : 'True'} after |, found ${this.describe(other)}`)
        }
      }
      return { kind: 'boolean', origin: token.origin }
    }
    if (token.text === 'datetime') {
      this.consume()
      this.expect('(', "'(' after datetime")
      for (let n = 0; n < 3; n++) {
        if (n > 0) this.expect(',', "',' in datetime(year, month, day)")
        this.expect('integer', 'an integer in datetime(year, month, day)')
      }
      this.expect(')', "')' closing datetime(")
      return { kind: 'timestamp', origin: token.origin }
    }
    if (token.text === 'StreamingBody') {
      this.consume()
      this.expect('(', "'(' after StreamingBody")
      this.expect(')', "')' after StreamingBody(")
      return { kind: 'blob', origin: token.origin }
    }
    return this.fail(token, `unexpected identifier ${JSON.stringify(token.text)} where a value belongs`)
  }

  /** `{...}` or `[...]`: a placeholder that boto3 prints only as part of a document's union. */
  private isElidedContainer(): boolean {
    const open = this.peek(0).kind
    const close = open === '{' ? '}' : open === '[' ? ']' : undefined
    return close !== undefined && this.peek(1).kind === 'ellipsis' && this.peek(2).kind === close
  }

  /**
   * A document: `{...}|[...]|123|123.4|'string'|True|None`, read from its first alternative.
   * `{...}` alone would hide a structure's members, so it is refused rather than guessed.
   */
  private document(): SyntaxNode {
    const first = this.peek(0)
    this.consume()
    this.consume()
    this.consume()
    if (!this.accept('|')) {
      this.fail(first, `${first.text}...${first.kind === '{' ? '}' : ']'} alone hides the value's members; only a document ({...}|[...]|123|...) may print it`)
    }
    return this.documentRest(first)
  }

  /** The alternatives after the first `|` of a document; every one must be a JSON form. */
  private documentRest(first: Token): SyntaxNode {
    do {
      const token = this.peek(0)
      if (this.isElidedContainer()) {
        this.consume()
        this.consume()
        this.consume()
      } else if (token.kind === 'integer' || token.kind === 'float' || token.kind === 'string') {
        this.consume()
      } else if (token.kind === 'ident' && (token.text === 'True' || token.text === 'False' || token.text === 'None')) {
        this.consume()
      } else {
        this.fail(token, `expected a document alternative ({...}, [...], 123, 123.4, 'string', True or None) after |, found ${this.describe(token)}`)
      }
    } while (this.accept('|'))
    return { kind: 'document', origin: first.origin }
  }

  private list(): SyntaxNode {
    if (this.isElidedContainer()) return this.document()
    const open = this.expect('[')
    const item = this.value()
    this.accept(',')
    if (this.peek(0).kind !== ']') this.fail(this.peek(0), `expected ']' after the list's one example item, found ${this.describe(this.peek(0))}`)
    this.consume()
    return { kind: 'list', item, origin: open.origin }
  }

  private braces(): SyntaxNode {
    if (this.isElidedContainer()) return this.document()
    const open = this.expect('{')
    if (this.peek(0).kind === 'string' && this.peek(1).kind === '}' && RECURSIVE_MARKER.test(this.peek(0).text)) {
      this.consume()
      this.consume()
      return { kind: 'recursive', origin: open.origin }
    }
    // A structure without members prints as `{}`.
    if (this.accept('}')) return { kind: 'structure', members: [], origin: open.origin }
    if (this.peek(0).kind === 'string' && this.isMapKey()) {
      const key = this.stringOrEnum()
      this.expect(':', "':' after the map key")
      const value = this.value()
      this.accept(',')
      this.expect('}', "'}' after the map's one example entry")
      return { kind: 'map', key, value, origin: open.origin }
    }
    const members: SyntaxMember[] = []
    const seen = new Set<string>()
    while (this.peek(0).kind !== '}') {
      const name = this.expect('string', 'a quoted member name or }')
      if (seen.has(name.text)) this.fail(name, `duplicate member ${JSON.stringify(name.text)}`)
      seen.add(name.text)
      this.expect(':', `':' after ${JSON.stringify(name.text)}`)
      members.push({ name: name.text, value: this.value(), origin: name.origin })
      if (!this.accept(',')) break
    }
    this.expect('}', "',' or '}'")
    return { kind: 'structure', members, origin: open.origin }
  }

  /** A map's key is `'string'` or an enum (`'A'|'B'`); a structure's keys are member names. */
  private isMapKey(): boolean {
    return this.peek(0).text === STRING_PLACEHOLDER || this.peek(1).kind === '|'
  }
}

/** Parses a `client.method( ... )` call from `start`; returns it and the offset just past it. */
export function parseCall(text: string, file: string, start: LexStart = {}): { call: SyntaxCall; end: number } {
  const parser = new Parser(lex(text, file, start))
  const call = parser.call()
  return { call, end: parser.end }
}

/** Parses one syntax value (a response's `{ ... }`); returns it and the offset just past it. */
export function parseValue(text: string, file: string, start: LexStart = {}): { value: SyntaxNode; end: number } {
  const parser = new Parser(lex(text, file, start))
  const value = parser.value()
  return { value, end: parser.end }
}
