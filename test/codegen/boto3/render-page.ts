// Renders the facts of a boto3 documentation page from a botocore model, the way botocore's
// documenters lay them out (botocore/docs/example.py for the Request/Response Syntax,
// botocore/docs/params.py for the parameter lines, botocore/docs/shape.py for the special
// types, and the S3 documentation customizations of botocore/handlers.py), in two layouts:
//
// - `current`: today's pages as text: the `S3.Client.put_object(**kwargs)` heading,
//   `response = client.put_object(` over indented lines, bulleted parameter lines with an en
//   dash, a top-level `[REQUIRED]` on the line after its parameter;
// - `2020`: the layout of the 2020 pages in codegen/sources/boto3: the syntax on one line
//   without `response = `, top-level parameters as bare type lines (their names lost in the
//   copy), `--` separators, no bullets or indentation.
//
// Only facts: syntax, names, types, [REQUIRED]. No descriptions.
import { type ModelMember, type ModelShape, type ServiceModel, methodName } from './fixture-models.js'

export type Layout = 'current' | '2020'

const AUTO_POPULATED_NOTE = 'Please note that this parameter is automatically populated if it is not provided. Including this parameter is not required'
const DOCUMENT = "{...}|[...]|123|123.4|'string'|True|None"

/** What botocore's documentation changes for a service's operations (botocore/handlers.py). */
interface Customizations {
  /** Parameters boto3 fills in itself: not in the syntax, documented without [REQUIRED]. */
  readonly autoPopulated: readonly string[]
  /** A response member followed by a synthetic string member (S3's `Expires` -> `ExpiresString`). */
  readonly expiresString: boolean
}

const CUSTOMIZATIONS: Readonly<Record<string, Customizations>> = {
  S3: { autoPopulated: ['SSECustomerKeyMD5', 'CopySourceSSECustomerKeyMD5'], expiresString: true },
}
const NONE: Customizations = { autoPopulated: [], expiresString: false }

const PY_TYPE: Readonly<Record<string, string>> = {
  blob: 'bytes',
  character: 'string',
  double: 'float',
  long: 'integer',
  map: 'dict',
  structure: 'dict',
  timestamp: 'datetime',
}
const PY_DEFAULT: Readonly<Record<string, string>> = {
  double: '123.0',
  float: '123.0',
  long: '123',
  integer: '123',
  string: "'string'",
  blob: "b'bytes'",
  boolean: 'True|False',
  timestamp: 'datetime(2015, 1, 1)',
}

class Renderer {
  private readonly custom: Customizations
  private readonly streamingInput: ModelMember | undefined
  private readonly streamingOutput: ModelMember | undefined

  constructor(
    private readonly model: ServiceModel,
    private readonly operation: string,
    private readonly layout: Layout,
  ) {
    this.custom = CUSTOMIZATIONS[model.metadata.serviceId] ?? NONE
    const op = model.operations[operation]!
    // botocore's OperationModel.get_streaming_input/output: a blob payload member.
    const payload = (shapeName: string | undefined): ModelMember | undefined => {
      if (shapeName === undefined) return undefined
      const shape = model.shapes[shapeName]!
      const member = shape.payload === undefined ? undefined : shape.members?.[shape.payload]
      return member !== undefined && model.shapes[member.shape]!.type === 'blob' ? member : undefined
    }
    this.streamingInput = payload(op.input?.shape)
    this.streamingOutput = payload(op.output?.shape)
  }

  private shape(name: string): ModelShape {
    return this.model.shapes[name]!
  }

  private special(member: ModelMember | undefined, shape: ModelShape): { example: string; type: string } | undefined {
    if (member !== undefined && member === this.streamingInput) return { example: "b'bytes'|file", type: 'bytes or seekable file-like object' }
    if (member !== undefined && member === this.streamingOutput) return { example: 'StreamingBody()', type: 'StreamingBody' }
    if (shape.document === true) return { example: DOCUMENT, type: 'document' }
    return undefined
  }

  /** botocore's example documenter: `history` holds the shape names being expanded. */
  private example(member: ModelMember, history: string[], indent: string): string {
    const shape = this.shape(member.shape)
    if (history.includes(member.shape)) return "{'... recursive ...'}"
    const special = this.special(member, shape)
    if (special !== undefined) return special.example
    history.push(member.shape)
    try {
      const inner = `${indent}    `
      switch (shape.type) {
        case 'structure': {
          const names = Object.keys(shape.members ?? {})
          if (names.length === 0) return '{}'
          const lines = names.map((n) => `${inner}'${n}': ${this.example(shape.members![n]!, history, inner)}`)
          if (this.custom.expiresString && indent === '' && names.includes('Expires') && this.isResponse) {
            const at = names.indexOf('Expires')
            lines.splice(at + 1, 0, `${inner}'ExpiresString': 'string'`)
          }
          return `{\n${lines.join(',\n')}\n${indent}}`
        }
        case 'list':
          return `[\n${inner}${this.example(shape.member!, history, inner)},\n${indent}]`
        case 'map':
          return `{\n${inner}'string': ${this.example(shape.value!, history, inner)}\n${indent}}`
        case 'string':
          return shape.enum === undefined ? "'string'" : shape.enum.map((v) => `'${v}'`).join('|')
        default:
          return PY_DEFAULT[shape.type] ?? '...'
      }
    } finally {
      history.pop()
    }
  }

  private isResponse = false

  requestSyntax(): string {
    const op = this.model.operations[this.operation]!
    const prefix = `${this.layout === 'current' ? 'response = ' : ''}client.${methodName(this.operation)}`
    const input = op.input === undefined ? undefined : this.shape(op.input.shape)
    const names = Object.keys(input?.members ?? {}).filter((n) => !this.custom.autoPopulated.includes(n))
    if (names.length === 0) return `${prefix}()`
    const history = [op.input!.shape]
    const lines = names.map((n) => `    ${n}=${this.example(input!.members![n]!, history, '    ')}`)
    return `${prefix}(\n${lines.join(',\n')}\n)`
  }

  responseSyntax(): string | undefined {
    const op = this.model.operations[this.operation]!
    if (op.output === undefined) return undefined
    this.isResponse = true
    try {
      return this.example({ shape: op.output.shape }, [], '')
    } finally {
      this.isResponse = false
    }
  }

  /** A parameter line: `Name (type) --`, at a depth (0: the operation's own parameters). */
  private line(name: string | undefined, type: string, depth: number, required: boolean): string[] {
    const dash = this.layout === 'current' ? '\u2013' : '--'
    if (this.layout === '2020') {
      // The 2020 copy lost the top-level names: only the type stays, [REQUIRED] below it.
      if (depth === 0 && name !== undefined) return [type, ...(required ? ['[REQUIRED]'] : [])]
      return [`${name === undefined ? '' : `${name} `}(${type}) ${dash}${required ? ' [REQUIRED]' : ''}`]
    }
    const indent = '  '.repeat(depth)
    const bullet = ['\u2022', '\u25e6', '\u25aa'][Math.min(depth, 2)]
    const head = `${indent}${bullet} ${name === undefined ? '' : `${name} `}(${type}) ${dash}`
    if (!required) return [head]
    return depth === 0 && name !== undefined ? [head, `${indent}  [REQUIRED]`] : [`${head} [REQUIRED]`]
  }

  /** botocore's params documenters, for one member and what it contains. */
  private params(name: string | undefined, member: ModelMember, history: string[], depth: number, required: boolean): string[] {
    const shape = this.shape(member.shape)
    const type = this.special(member, shape)?.type ?? PY_TYPE[shape.type] ?? shape.type
    const own = this.line(name, type, depth, required)
    if (history.includes(member.shape) || this.special(member, shape) !== undefined) return own
    history.push(member.shape)
    try {
      switch (shape.type) {
        case 'structure': {
          const requiredMembers = this.isResponse ? [] : (shape.required ?? [])
          const lines = [...own]
          for (const [n, m] of Object.entries(shape.members ?? {})) {
            lines.push(...this.params(n, m, history, depth + 1, requiredMembers.includes(n)))
            if (this.custom.expiresString && this.isResponse && depth === 0 && n === 'Expires') lines.push(...this.line('ExpiresString', 'string', depth + 1, false))
          }
          return lines
        }
        case 'list':
          return [...own, ...this.params(undefined, shape.member!, history, depth + 1, false)]
        case 'map':
          return [
            ...own,
            ...this.line(undefined, PY_TYPE[this.shape(shape.key!.shape).type] ?? 'string', depth + 1, false),
            ...this.params(undefined, shape.value!, history, depth + 2, false),
          ]
        default:
          return own
      }
    } finally {
      history.pop()
    }
  }

  requestParams(): string[] {
    const op = this.model.operations[this.operation]!
    if (op.input === undefined) return []
    const input = this.shape(op.input.shape)
    const history = [op.input.shape]
    return Object.entries(input.members ?? {}).flatMap(([n, m]) => {
      // An auto-populated parameter keeps its line, without [REQUIRED], and botocore's note
      // (AutoPopulatedParam in botocore/docs/utils.py), the one description a fixture keeps:
      // a 2020-era copy that lost the name has only the note to tell the line apart.
      if (this.custom.autoPopulated.includes(n)) return [...this.params(n, m, history, 0, false), `${this.layout === 'current' ? '  ' : ''}${AUTO_POPULATED_NOTE}`]
      return this.params(n, m, history, 0, (input.required ?? []).includes(n))
    })
  }

  responseParams(): string[] {
    const op = this.model.operations[this.operation]!
    if (op.output === undefined) return []
    this.isResponse = true
    try {
      return this.params(undefined, { shape: op.output.shape }, [], 0, false)
    } finally {
      this.isResponse = false
    }
  }
}

/** The facts of one operation's page, in a layout. */
export function renderPage(model: ServiceModel, operation: string, layout: Layout): string {
  const r = new Renderer(model, operation, layout)
  const oneLine = (syntax: string): string => (layout === '2020' ? syntax.split('\n').map((l) => l.trim()).join(' ') : syntax)
  const lines: string[] = []
  if (layout === 'current') lines.push(`${model.metadata.serviceId.replace(/\s+/g, '')}.Client.${methodName(operation)}(**kwargs)`)
  lines.push('Request Syntax', oneLine(r.requestSyntax()), ...r.requestParams())
  const response = r.responseSyntax()
  if (response !== undefined) lines.push('dict', 'Response Syntax', oneLine(response), 'Response Structure', ...r.responseParams())
  return `${lines.join('\n')}\n`
}
