import { type Origin, SourceError } from '../../ir/origin.js'
import { type SyntaxMember, type SyntaxNode, parseCall, parseValue } from './syntax.js'

/** A syntax value with its parameter-line facts joined in: required flags, elided types. */
export type TypedNode =
  | { readonly kind: 'string' | 'integer' | 'float' | 'boolean' | 'timestamp' | 'blob' | 'recursive'; readonly origin: Origin }
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

// `Name (type) -- [REQUIRED]`, or `(type) --` for list items and map keys/values; a
// description may follow on the same line in a pasted page.
const MEMBER_LINE = /^(\s*)(?:([A-Za-z_][A-Za-z0-9_]*) )?\(([A-Za-z]+)\) --(\s*\[REQUIRED\])?(?:\s.*)?$/
// A top-level parameter whose name the page lost: its type alone, `[REQUIRED]` on the next line.
const BARE_TYPE_LINE = /^(\s*)(string|dict|list|integer|long|float|double|boolean|datetime|bytes|StreamingBody)\s*$/
const REQUIRED_LINE = /^\s*\[REQUIRED\]\s*$/

/** Which syntax kinds each parameter-line type may describe. */
const LINE_TYPES: Readonly<Record<string, readonly TypedNode['kind'][]>> = {
  string: ['string', 'enum'],
  integer: ['integer'],
  long: ['integer'],
  float: ['float'],
  double: ['float'],
  boolean: ['boolean'],
  datetime: ['timestamp'],
  dict: ['structure', 'map', 'recursive'],
  list: ['list'],
  bytes: ['blob'],
  StreamingBody: ['blob'],
}

interface ParamLine {
  readonly name: string | undefined
  readonly type: string
  readonly required: boolean
  readonly origin: Origin
  readonly text: string
}

const snakeToPascal = (s: string): string =>
  s
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')

/** Reads every operation documented in a boto3 page (a seed page or one operation's extract). */
export function readBoto3Page(text: string, file: string): Boto3Operation[] {
  return new PageReader(text, file).operations()
}

class PageReader {
  private readonly lines: string[]
  private readonly offsets: number[] = []

  constructor(
    private readonly text: string,
    readonly file: string,
  ) {
    this.lines = text.split('\n').map((l) => l.replace(/\r$/, ''))
    let offset = 0
    for (const line of text.split('\n')) {
      this.offsets.push(offset)
      offset += line.length + 1
    }
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

  private nextNonBlank(from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.lines[i]!.trim() !== '') return i
    return -1
  }

  operations(): Boto3Operation[] {
    const starts: number[] = []
    for (let i = 0; i < this.lines.length; i++) if (this.lines[i]!.trim() === 'Request Syntax') starts.push(i)
    if (starts.length === 0) throw new SourceError(this.origin(0), "no 'Request Syntax' section found")
    return starts.map((start, k) => this.operation(start, starts[k + 1] ?? this.lines.length))
  }

  private operation(header: number, regionEnd: number): Boto3Operation {
    this.used = new Set([header])
    const callLine = this.nextNonBlank(header + 1, regionEnd)
    if (callLine < 0) throw new SourceError(this.origin(header), "'Request Syntax' is not followed by a call")
    const callText = this.text.slice(this.offsets[callLine]!)
    const { call, end } = parseCall(callText, this.file, callLine + 1, 1)
    const afterCall = this.lineOfOffset(this.offsets[callLine]! + end) + 1
    this.use(callLine, afterCall)

    const responseHeader = this.findHeader('Response Syntax', afterCall, regionEnd)
    const paramsEnd = responseHeader < 0 ? regionEnd : responseHeader
    const lines = new LineCursor(this, afterCall, paramsEnd)
    const requestMembers = call.parameters.map((p) => this.topLevelParameter(p, lines))
    lines.allowReturnType()
    lines.finish()
    const request = { kind: 'structure' as const, members: requestMembers, origin: call.origin }

    let response: TypedNode | undefined
    if (responseHeader >= 0) {
      const valueLine = this.nextNonBlank(responseHeader + 1, regionEnd)
      if (valueLine < 0) throw new SourceError(this.origin(responseHeader), "'Response Syntax' is not followed by a value")
      const { value, end: valueEnd } = parseValue(this.text.slice(this.offsets[valueLine]!), this.file, valueLine + 1, 1)
      const afterValue = this.lineOfOffset(this.offsets[valueLine]! + valueEnd) + 1
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
    const text = this.lines[index]!
    if (REQUIRED_LINE.test(text)) return 'required'
    const member = MEMBER_LINE.exec(text)
    if (member !== null && LINE_TYPES[member[3]!] !== undefined) {
      return {
        name: member[2],
        type: member[3]!,
        required: member[4] !== undefined,
        origin: this.origin(index, member[1]!.length + 1),
        text: text.trim(),
      }
    }
    const bare = BARE_TYPE_LINE.exec(text)
    if (bare !== null) {
      return { name: undefined, type: bare[2]!, required: false, origin: this.origin(index, bare[1]!.length + 1), text: text.trim() }
    }
    return undefined
  }

  /** A top-level parameter: `Name (type) -- [REQUIRED]`, or a bare type line with `[REQUIRED]` after it. */
  private topLevelParameter(param: SyntaxMember, lines: LineCursor): TypedMember {
    const line = lines.take(param.name, `parameter ${param.name}`, true)
    const required = line.required || (line.name === undefined && lines.takeRequiredFlag())
    return { name: param.name, required, origin: param.origin, value: this.typed(param.value, line, lines) }
  }

  /** Joins a syntax node with its own line (already taken) and the lines of its children. */
  typed(node: SyntaxNode, line: ParamLine, lines: LineCursor): TypedNode {
    const allowed = LINE_TYPES[line.type]!
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
          const memberLine = lines.take(m.name, `member ${m.name}`)
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

function elidedKind(line: ParamLine): TypedNode['kind'] | undefined {
  const kinds = LINE_TYPES[line.type]!
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

  /** The next parameter line, which must be for `name` ('' for an unnamed item line). */
  take(name: string, what: string, topLevel = false): ParamLine {
    for (; this.index < this.end; this.index++) {
      const line = this.page.parseLine(this.index)
      if (line === undefined) continue
      if (line === 'required') {
        throw new SourceError(this.originAt(this.index), `[REQUIRED] here belongs to no parameter (expected a line for ${what})`)
      }
      const fits = name === '' ? line.name === undefined : line.name === name || (topLevel && line.name === undefined)
      if (!fits) {
        const want = name === '' ? "an unnamed '(type) --' line" : `'${name} (type) --'`
        throw new SourceError(line.origin, `expected ${want} for ${what}, found '${line.text}'`)
      }
      this.page.use(this.index++)
      return line
    }
    throw new SourceError(this.originAt(Math.min(this.index, this.end)), `missing the line for ${what}`)
  }

  /** After a bare top-level type line: consumes a `[REQUIRED]` line if it comes next. */
  takeRequiredFlag(): boolean {
    for (; this.index < this.end; this.index++) {
      const line = this.page.parseLine(this.index)
      if (line === undefined) continue
      if (line === 'required') {
        this.page.use(this.index++)
        return true
      }
      return false
    }
    return false
  }

  /** The return type (`dict`) that a page prints after the last parameter. */
  allowReturnType(): void {
    for (let i = this.index; i < this.end; i++) {
      const line = this.page.parseLine(i)
      if (line === undefined) continue
      if (line !== 'required' && line.name === undefined && BARE_TYPE_LINE.test(this.page.line(i))) {
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
