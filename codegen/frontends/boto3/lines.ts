import type { Origin } from '../../ir/origin.js'

/**
 * The parameter lines of a boto3 page: `Name (type) -- [REQUIRED]`, `(type) --` for list items
 * and map keys/values, or a bare type (`string`) where the 2020-era pages lost the name. Pages
 * copied from a browser add bullets (`•`, `◦`, `▪`), print the separator as an en dash (`–`),
 * put `[REQUIRED]` on a line of its own, and may continue the line with a description.
 */
export interface ParamLine {
  readonly name: string | undefined
  /** The type as the page prints it, after aliases (`bytes or seekable file-like object` -> `bytes`). */
  readonly type: LineType
  readonly required: boolean
  /** A bare type line (no `--`): the 2020-era top-level form, or the return type. */
  readonly bare: boolean
  readonly origin: Origin
  readonly text: string
}

/** The syntax kinds a parameter line may describe. */
export type LineKind =
  | 'string'
  | 'enum'
  | 'integer'
  | 'float'
  | 'boolean'
  | 'timestamp'
  | 'blob'
  | 'document'
  | 'structure'
  | 'map'
  | 'recursive'
  | 'list'

export type LineType = 'string' | 'integer' | 'float' | 'boolean' | 'datetime' | 'dict' | 'list' | 'bytes' | 'document'

/** Which syntax kinds each parameter-line type may describe. */
export const LINE_KINDS: Readonly<Record<LineType, readonly LineKind[]>> = {
  string: ['string', 'enum'],
  integer: ['integer'],
  float: ['float'],
  boolean: ['boolean'],
  datetime: ['timestamp'],
  dict: ['structure', 'map', 'recursive'],
  list: ['list'],
  bytes: ['blob'],
  document: ['document'],
}

// botocore prints a model type through `py_type_name` (long -> integer, double -> float), and
// special shapes by name: streaming input and output, documents, JSON-valued headers.
const TYPE_NAMES: ReadonlyMap<string, LineType> = new Map([
  ['string', 'string'],
  ['integer', 'integer'],
  ['long', 'integer'],
  ['float', 'float'],
  ['double', 'float'],
  ['boolean', 'boolean'],
  ['datetime', 'datetime'],
  ['dict', 'dict'],
  ['list', 'list'],
  ['bytes', 'bytes'],
  ['bytes or seekable file-like object', 'bytes'],
  ['StreamingBody', 'bytes'],
  [':class:`.StreamingBody`', 'bytes'],
  ['document', 'document'],
  [':ref:`document<document>`', 'document'],
  ['JSON serializable', 'document'],
])

/** Types a bare line may carry: the 2020-era pages' top-level parameters and return types. */
const BARE_TYPES: ReadonlyMap<string, LineType> = new Map(
  [
    'string',
    'integer',
    'long',
    'float',
    'double',
    'boolean',
    'datetime',
    'dict',
    'list',
    'bytes',
    'bytes or seekable file-like object',
    'StreamingBody',
    'JSON serializable',
  ].map((t) => [t, TYPE_NAMES.get(t)!]),
)

const BULLETS = new Set(['•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '▸', '►', '·', '*', '-', '+'])
const SEPARATORS = ['--', '\u2013', '\u2014']
const REQUIRED = '[REQUIRED]'

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\ufeff'
const isIdentStart = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch === '_')
const isIdentPart = (ch: string | undefined): boolean => isIdentStart(ch) || (ch !== undefined && ch >= '0' && ch <= '9')

/**
 * Reads one line: a parameter line, a `[REQUIRED]` line, or `undefined` for prose. Scanned by
 * hand, left to right, so any line costs time linear in its length.
 */
export function parseParamLine(text: string, file: string, index: number): ParamLine | 'required' | undefined {
  let i = 0
  const skipSpaces = (): void => {
    while (isSpace(text[i])) i++
  }
  skipSpaces()
  if (BULLETS.has(text[i] ?? '') && (isSpace(text[i + 1]) || i + 1 === text.length)) {
    i++
    skipSpaces()
  }
  const column = i + 1
  const rest = text.slice(i).trimEnd()
  if (rest === REQUIRED) return 'required'
  const bare = BARE_TYPES.get(rest)
  if (bare !== undefined) {
    return { name: undefined, type: bare, required: false, bare: true, origin: { file, line: index + 1, column }, text: rest }
  }
  let name: string | undefined
  if (isIdentStart(text[i])) {
    const start = i
    while (isIdentPart(text[i])) i++
    name = text.slice(start, i)
    skipSpaces()
  }
  if (text[i] !== '(') return undefined
  const close = text.indexOf(')', i)
  if (close < 0) return undefined
  const type = TYPE_NAMES.get(text.slice(i + 1, close).trim())
  if (type === undefined) return undefined
  i = close + 1
  skipSpaces()
  const separator = SEPARATORS.find((s) => text.startsWith(s, i))
  if (separator === undefined) return undefined
  i += separator.length
  const afterSeparator = i
  skipSpaces()
  let required = false
  if (text.startsWith(REQUIRED, i)) {
    required = true
    i += REQUIRED.length
  } else {
    i = afterSeparator
  }
  // A description may follow on the same line, but not glued to the separator (`--x`).
  if (i < text.length && !isSpace(text[i]) && text[i] !== '\r') return undefined
  return { name, type, required, bare: false, origin: { file, line: index + 1, column }, text: rest }
}
