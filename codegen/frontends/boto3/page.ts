import { type Origin, SourceError } from '../../ir/origin.js'
import { LINE_KINDS, type LineKind, type ParamLine, parseParamLine } from './lines.js'
import { type SyntaxMember, type SyntaxNode, parseCall, parseValue } from './syntax.js'

/** A syntax value with its parameter-line facts joined in: required flags, elided types. */
export type TypedNode =
  | { readonly kind: 'string' | 'integer' | 'float' | 'boolean' | 'timestamp' | 'blob' | 'document' | 'recursive'; readonly origin: Origin }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly origin: Origin }
  | { readonly kind: 'list'; readonly item: TypedNode; readonly origin: Origin }
  | { readonly kind: 'map'; readonly key: TypedNode; readonly value: TypedNode; readonly origin: Origin }
  | { readonly kind: 'structure'; readonly members: readonly TypedMember[]; readonly origin: Origin }

export interface TypedMember {
  readonly name: string
  readonly value: TypedNode
  readonly required: boolean
  readonly origin: Origin
}

export interface Boto3Operation {
  /** PascalCase operation name, from the method name. */
  readonly name: string
  readonly method: string
  readonly request: TypedNode & { kind: 'structure' }
  /** Absent when the operation returns nothing. */
  readonly response: TypedNode | undefined
  readonly origin: Origin
  /** 0-based indices of the lines that carry facts (headers, syntax, parameter lines), in order. */
  readonly factLines: readonly number[]
}

// The method heading of a page: `S3.Client.put_object(**kwargs)` today, `put_object(**kwargs)`
// in 2023, `client.put_object(**kwargs)` elsewhere; Sphinx's permalink sign may follow.
const SIGNATURE = /^(?:[A-Za-z][A-Za-z0-9]*\.Client\.|client\.)?([a-z][a-z0-9_]*)\(\*\*kwargs\)\s*[#¶]?$/

/** How botocore's documentation begins the description of a parameter boto3 fills in itself. */
const AUTO_POPULATED = 'Please note that this parameter is automatically populated'

/** The parameter-line kinds a documented-only top-level parameter may have (see `extraParameter`). */
const SCALAR_KINDS: Readonly<Record<string, TypedNode['kind']>> = {
  string: 'string',
  integer: 'integer',
  float: 'float',
  boolean: 'boolean',
  datetime: 'timestamp',
  bytes: 'blob',
  document: 'document',
}

/** A member name as messages show it: quoted and escaped when it is not a plain name. */
const shown = (name: string): string => (/^[A-Za-z0-9_]+$/.test(name) ? name : JSON.stringify(name))

const snakeToPascal = (s: string): string =>
  s
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')

/** Reads every operation documented in a boto3 page (a seed page or one operation's extract). */
export function readBoto3Page(text: string, file: string): Boto3Operation[] {
  return new PageReader(text, file).operations()
}

/** Where a line's `[REQUIRED]` stands when it has a line of its own. */
type FlagPlacement = 'after' | 'before'

class PageReader {
  private readonly lines: string[]
  private readonly offsets: number[] = []
  private readonly parsed = new Map<number, ParamLine | 'required' | undefined>()
  readonly flags: FlagPlacement

  constructor(
    private readonly text: string,
    readonly file: string,
  ) {
    this.lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    let offset = 0
    for (const line of this.lines) {
      this.offsets.push(offset)
      offset += line.length + 1 + (text[offset + line.length] === '\r' ? 1 : 0)
    }
    this.flags = this.flagPlacement()
  }

  private origin(index: number, column = 1): Origin {
    return { file: this.file, line: index + 1, column }
  }

  private lineOfOffset(offset: number): number {
    let lo = 0
    let hi = this.offsets.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.offsets[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  private findHeader(header: string, from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.lines[i]!.trim() === header) return i
    return -1
  }

  nextNonBlank(from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.lines[i]!.trim() !== '') return i
    return -1
  }

  /**
   * botocore writes `[REQUIRED]` after the parameter's name; a page laid out the other way
   * puts it before. The first `[REQUIRED]` on a line of its own tells which: after a
   * parameter line (blank lines between) it belongs to that line, after prose to the next.
   */
  private flagPlacement(): FlagPlacement {
    for (let i = 0; i < this.lines.length; i++) {
      if (this.parseLine(i) !== 'required') continue
      for (let j = i - 1; j >= 0; j--) {
        if (this.lines[j]!.trim() === '') continue
        const before = this.parseLine(j)
        return before !== undefined && before !== 'required' && !before.required ? 'after' : 'before'
      }
      return 'before'
    }
    return 'after'
  }

  operations(): Boto3Operation[] {
    const starts: number[] = []
    for (let i = 0; i < this.lines.length; i++) if (this.lines[i]!.trim() === 'Request Syntax') starts.push(i)
    if (starts.length === 0) throw new SourceError(this.origin(0), "no 'Request Syntax' section found")
    return starts.map((start, k) => this.operation(start, starts[k - 1] ?? -1, starts[k + 1] ?? this.lines.length))
  }

  /** The method heading above an operation's syntax, if the page kept it. */
  private signature(header: number, previousHeader: number): { line: number; method: string } | undefined {
    for (let i = header - 1; i > previousHeader; i--) {
      const match = SIGNATURE.exec(this.lines[i]!.trim())
      if (match !== null) return { line: i, method: match[1]! }
    }
    return undefined
  }

  private operation(header: number, previousHeader: number, regionEnd: number): Boto3Operation {
    this.used = new Set([header])
    const callLine = this.nextNonBlank(header + 1, regionEnd)
    if (callLine < 0) throw new SourceError(this.origin(header), "'Request Syntax' is not followed by a call")
    const { call, end } = parseCall(this.text, this.file, { offset: this.offsets[callLine]!, line: callLine + 1, column: 1 })
    const afterCall = this.lineOfOffset(end) + 1
    this.use(callLine, afterCall)
    const signature = this.signature(header, previousHeader)
    if (signature !== undefined) {
      if (signature.method !== call.method) {
        throw new SourceError(this.origin(signature.line), `the heading documents ${signature.method}, but the Request Syntax below it calls ${call.method}`)
      }
      this.use(signature.line)
    }

    const responseHeader = this.findHeader('Response Syntax', afterCall, regionEnd)
    const paramsEnd = responseHeader < 0 ? regionEnd : responseHeader
    const lines = new LineCursor(this, afterCall, paramsEnd)
    const requestMembers = this.topLevelParameters(call.parameters, lines)
    lines.allowReturnType()
    lines.finish()
    const request = { kind: 'structure' as const, members: requestMembers, origin: call.origin }

    let response: TypedNode | undefined
    if (responseHeader >= 0) {
      const valueLine = this.nextNonBlank(responseHeader + 1, regionEnd)
      if (valueLine < 0) throw new SourceError(this.origin(responseHeader), "'Response Syntax' is not followed by a value")
      const { value, end: valueEnd } = parseValue(this.text, this.file, { offset: this.offsets[valueLine]!, line: valueLine + 1, column: 1 })
      const afterValue = this.lineOfOffset(valueEnd) + 1
      const structureHeader = this.findHeader('Response Structure', afterValue, regionEnd)
      if (structureHeader < 0) throw new SourceError(this.origin(afterValue), "missing 'Response Structure' after 'Response Syntax'")
      this.use(responseHeader, responseHeader + 1)
      this.use(valueLine, afterValue)
      this.use(structureHeader, structureHeader + 1)
      const cursor = new LineCursor(this, structureHeader + 1, regionEnd)
      response = this.typed(value, cursor.take('', 'the response'), cursor)
      cursor.finish()
    }
    const factLines = [...this.used].sort((a, b) => a - b)
    return { name: snakeToPascal(call.method), method: call.method, request, response, origin: call.origin, factLines }
  }

  private used = new Set<number>()

  /** Records lines `from` (inclusive) to `to` (exclusive) as fact lines. */
  use(from: number, to = from + 1): void {
    for (let i = from; i < to; i++) this.used.add(i)
  }

  line(index: number): string {
    return this.lines[index]!
  }

  parseLine(index: number): ParamLine | 'required' | undefined {
    if (this.parsed.has(index)) return this.parsed.get(index)
    const line = parseParamLine(this.lines[index]!, this.file, index)
    this.parsed.set(index, line)
    return line
  }

  /**
   * The call's parameters, each joined with its line (`Name (type) --`, or a bare type line),
   * in page order. A named line for a parameter the call does not show is kept too: boto3
   * documents parameters it fills in itself (S3's `SSECustomerKeyMD5`) without printing them
   * in the syntax.
   */
  private topLevelParameters(parameters: readonly SyntaxMember[], lines: LineCursor): TypedMember[] {
    const inCall = new Set(parameters.map((p) => p.name))
    const members: TypedMember[] = []
    const isExtra = (line: ParamLine): boolean => line.name !== undefined && !inCall.has(line.name) && !line.bare
    for (const param of parameters) {
      lines.skipUnnamedAutoPopulated()
      for (;;) {
        const line = lines.take(param.name, `parameter ${param.name}`, { topLevel: true, extra: isExtra })
        if (isExtra(line)) {
          members.push(this.extraParameter(line))
          continue
        }
        members.push({ name: param.name, required: line.required, origin: param.origin, value: this.typed(param.value, line, lines) })
        break
      }
    }
    for (let line = lines.peekNamed(); line !== undefined && isExtra(line); line = lines.peekNamed()) {
      members.push(this.extraParameter(lines.take(line.name!, `parameter ${line.name}`, { topLevel: true, extra: isExtra })))
    }
    return members
  }

  private extraParameter(line: ParamLine): TypedMember {
    const kind = SCALAR_KINDS[line.type]
    if (kind === undefined) {
      throw new SourceError(line.origin, `'${line.text}' names a parameter the Request Syntax does not show; only a scalar one can be read from its line alone`)
    }
    return { name: line.name!, required: line.required, origin: line.origin, value: { kind, origin: line.origin } as TypedNode }
  }

  /** Joins a syntax node with its own line (already taken) and the lines of its children. */
  typed(node: SyntaxNode, line: ParamLine, lines: LineCursor): TypedNode {
    const allowed = LINE_KINDS[line.type]
    const kind = node.kind === 'elided' ? elidedKind(line) : node.kind
    if (kind === undefined || !allowed.includes(kind)) {
      throw new SourceError(
        line.origin,
        `'${line.text}' says ${line.type}, but the syntax at ${node.origin.line}:${node.origin.column} is ${node.kind}`,
      )
    }
    switch (node.kind) {
      case 'elided':
        return { kind: kind as 'integer', origin: node.origin }
      case 'structure': {
        const members = node.members.map((m) => {
          const memberLine = lines.take(m.name, `member ${shown(m.name)}`)
          return { name: m.name, required: memberLine.required, origin: m.origin, value: this.typed(m.value, memberLine, lines) }
        })
        return { kind: 'structure', members, origin: node.origin }
      }
      case 'list':
        return { kind: 'list', item: this.typed(node.item, lines.take('', 'the list item'), lines), origin: node.origin }
      case 'map': {
        const key = this.typed(node.key, lines.take('', 'the map key'), lines)
        const value = this.typed(node.value, lines.take('', 'the map value'), lines)
        return { kind: 'map', key, value, origin: node.origin }
      }
      default:
        return node
    }
  }
}

function elidedKind(line: ParamLine): LineKind | undefined {
  const kinds = LINE_KINDS[line.type]
  return kinds.length === 1 ? kinds[0] : line.type === 'string' ? 'string' : undefined
}

/** Walks the parameter lines of one section in order, skipping prose. */
class LineCursor {
  private index: number
  constructor(
    private readonly page: PageReader,
    from: number,
    private readonly end: number,
  ) {
    this.index = from
  }

  /**
   * The next parameter line, which must be for `name` ('' for an unnamed item line), with the
   * `[REQUIRED]` that stands on a line of its own before or after it (see `flagPlacement`).
   * `extra` accepts a line for another name (a parameter the syntax does not print).
   */
  take(name: string, what: string, options: { topLevel?: boolean; extra?: (line: ParamLine) => boolean } = {}): ParamLine {
    let flagged = false
    for (; this.index < this.end; this.index++) {
      const line = this.page.parseLine(this.index)
      if (line === undefined) continue
      if (line === 'required') {
        if (this.page.flags === 'before' && this.nextIsLine(this.index + 1)) {
          this.page.use(this.index)
          flagged = true
          continue
        }
        throw new SourceError(this.originAt(this.index), `[REQUIRED] here belongs to no parameter (expected a line for ${what})`)
      }
      const fits = name === '' ? line.name === undefined : line.name === name || (options.topLevel === true && line.name === undefined)
      if (!fits && options.extra?.(line) !== true) {
        const want = name === '' ? "an unnamed '(type) --' line" : `'${shown(name)} (type) --'`
        throw new SourceError(line.origin, `expected ${want} for ${what}, found '${line.text}'`)
      }
      this.page.use(this.index++)
      const required = line.required || flagged || (this.page.flags === 'after' && this.takeFlagAfter())
      return required === line.required ? line : { ...line, required }
    }
    throw new SourceError(this.originAt(Math.max(0, Math.min(this.index, this.end - 1))), `missing the line for ${what}`)
  }

  /** Whether the next non-blank line is a parameter line. */
  private nextIsLine(from: number): boolean {
    const next = this.page.nextNonBlank(from, this.end)
    if (next < 0) return false
    const line = this.page.parseLine(next)
    return line !== undefined && line !== 'required'
  }

  /** A `[REQUIRED]` on the next non-blank line belongs to the line just taken. */
  private takeFlagAfter(): boolean {
    const next = this.page.nextNonBlank(this.index, this.end)
    if (next < 0 || this.page.parseLine(next) !== 'required') return false
    this.page.use(next)
    this.index = next + 1
    return true
  }

  /**
   * Skips a bare top-level line that botocore marks as a parameter boto3 fills in itself (its
   * description starts with `AUTO_POPULATED`): a 2020-era copy lost its name, and the syntax
   * does not print it, so there is nothing to join it with. It is optional by definition.
   */
  skipUnnamedAutoPopulated(): void {
    for (let i = this.index; i < this.end; i++) {
      const line = this.page.parseLine(i)
      if (line === undefined) continue
      if (line === 'required' || !line.bare) return
      const next = this.page.nextNonBlank(i + 1, this.end)
      if (next < 0 || !this.page.line(next).trim().startsWith(AUTO_POPULATED)) return
      this.page.use(i)
      this.page.use(next)
      this.index = next + 1
      i = next
    }
  }

  /** The next parameter line, if it is a named one, without taking it. */
  peekNamed(): ParamLine | undefined {
    for (let i = this.index; i < this.end; i++) {
      const line = this.page.parseLine(i)
      if (line === undefined) continue
      return line === 'required' || line.name === undefined ? undefined : line
    }
    return undefined
  }

  /** The return type (`dict`) that a page prints after the last parameter. */
  allowReturnType(): void {
    for (let i = this.index; i < this.end; i++) {
      const line = this.page.parseLine(i)
      if (line === undefined) continue
      if (line !== 'required' && line.bare) {
        this.page.use(i)
        this.index = i + 1
      }
      return
    }
  }

  /** Every parameter line of the section must have been used. */
  finish(): void {
    for (; this.index < this.end; this.index++) {
      const line = this.page.parseLine(this.index)
      if (line === undefined) continue
      const text = line === 'required' ? '[REQUIRED]' : line.text
      throw new SourceError(this.originAt(this.index), `'${text}' matches no parameter in the syntax`)
    }
  }

  private originAt(index: number): Origin {
    return { file: this.page.file, line: index + 1, column: 1 }
  }
}
