import { type Origin, SourceError } from '../../ir/origin.js'

/**
 * A resource-catalog table (the form inventory and observability tools document a cloud
 * resource in): snake_case fields, each with a type and, where the field comes from the
 * service's API, the API's member name ("provider name"), nested by bullets.
 */
export interface CatalogTable {
  /** `aws_sagemaker_optimizationjob` */
  readonly name: string
  readonly fields: readonly CatalogField[]
  readonly origin: Origin
  /** 0-based indices of the lines that carry facts (the table name, names, types, provider names). */
  readonly factLines: readonly number[]
}

export interface CatalogField {
  /** snake_case, the record's own key. */
  readonly name: string
  readonly type: CatalogType
  /** The API member this field holds; absent for fields the catalog adds (`account_id`, `tags`). */
  readonly providerName?: string
  /** Fields of a STRUCT, or of each item of a list of STRUCTs. */
  readonly fields: readonly CatalogField[]
  readonly origin: Origin
}

/** What a field's value is: a scalar, a STRUCT, a map of strings, or a list of either. */
export type CatalogType =
  | { readonly kind: 'string' | 'integer' | 'number' | 'boolean' | 'timestamp' | 'structure' }
  | { readonly kind: 'map' }
  | { readonly kind: 'list'; readonly item: 'string' | 'integer' | 'number' | 'boolean' | 'timestamp' | 'structure' }

const SCALARS: Readonly<Record<string, 'string' | 'integer' | 'number' | 'boolean' | 'timestamp' | 'structure'>> = {
  STRING: 'string',
  INT32: 'integer',
  INT64: 'integer',
  FLOAT: 'number',
  FLOAT32: 'number',
  FLOAT64: 'number',
  DOUBLE: 'number',
  BOOLEAN: 'boolean',
  TIMESTAMP: 'timestamp',
  STRUCT: 'structure',
}

/** `STRING`, `MAP_STRING_STRING`, `UNORDERED_LIST_STRUCT`, ... -> the field's type, or undefined. */
export function parseCatalogType(text: string): CatalogType | undefined {
  if (text === 'MAP_STRING_STRING') return { kind: 'map' }
  const list = /^(?:UNORDERED_)?LIST_([A-Z0-9]+)$/.exec(text)
  if (list !== null) {
    const item = SCALARS[list[1]!]
    return item === undefined ? undefined : { kind: 'list', item }
  }
  const scalar = SCALARS[text]
  return scalar === undefined ? undefined : { kind: scalar }
}

// A field's name: a bare line at the top level, a bullet below it. Prose in a description can
// be bulleted too; only a name whose next line is a `Type:` line is a field.
const NAME_LINE = /^(\s*)(?:•\s*)?([a-z][a-z0-9_]*)\s*$/
const TYPE_LINE = /^\s*Type:\s*(\S+)\s*$/
const PROVIDER_LINE = /^\s*Provider name:\s*(\S+)\s*$/
const TABLE_NAME = /^([a-z][a-z0-9]*_[a-z0-9_]+)\s*$/

interface Building {
  readonly name: string
  readonly type: CatalogType
  providerName?: string
  readonly fields: Building[]
  readonly origin: Origin
  /** Column of the name; a deeper bullet nests under this field. */
  readonly indent: number
}

/**
 * Reads a catalog table: the documentation page as published (descriptions and all) or an
 * extract of its fact lines. Lines before the table's name (site notices) are skipped.
 */
export function readCatalogTable(text: string, file: string): CatalogTable {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''))
  const at = (index: number, column = 1): Origin => ({ file, line: index + 1, column })
  const nextFilled = (from: number): number => {
    let i = from
    while (i < lines.length && lines[i]!.trim() === '') i++
    return i
  }

  const start = lines.findIndex((l, i) => TABLE_NAME.test(l) && !TYPE_LINE.test(lines[nextFilled(i + 1)] ?? ''))
  if (start < 0) throw new SourceError(at(0), 'no table name (a line such as `aws_sagemaker_optimizationjob`)')
  const factLines = [start]
  const top: Building[] = []
  // Open fields from the outermost in; a new field closes those at its depth or deeper. The
  // innermost is the field the lines that follow describe.
  const open: Building[] = []

  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!
    const name = NAME_LINE.exec(line)
    const typeIndex = nextFilled(i + 1)
    const typeLine = name === null ? null : TYPE_LINE.exec(lines[typeIndex] ?? '')
    if (name !== null && typeLine !== null) {
      const bulleted = line.includes('•')
      const indent = bulleted ? name[1]!.length : -1
      if (!bulleted && name[1]!.length > 0) throw new SourceError(at(i, name[1]!.length + 1), `field ${name[2]} is indented but has no bullet`)
      const type = parseCatalogType(typeLine[1]!)
      if (type === undefined) throw new SourceError(at(typeIndex, lines[typeIndex]!.indexOf(typeLine[1]!) + 1), `unknown type ${typeLine[1]} for field ${name[2]}`)
      const field: Building = { name: name[2]!, type, fields: [], origin: at(i, line.indexOf(name[2]!) + 1), indent }
      while (open.length > 0 && open[open.length - 1]!.indent >= indent) open.pop()
      const parent = open[open.length - 1]
      if (parent === undefined) {
        if (bulleted) throw new SourceError(field.origin, `field ${field.name} is bulleted but belongs to no field`)
        top.push(field)
      } else {
        const holdsFields = parent.type.kind === 'structure' || (parent.type.kind === 'list' && parent.type.item === 'structure')
        if (!holdsFields) throw new SourceError(field.origin, `field ${field.name} is nested in ${parent.name}, which is not a STRUCT`)
        parent.fields.push(field)
      }
      open.push(field)
      factLines.push(i, typeIndex)
      i = typeIndex
      continue
    }
    const provider = PROVIDER_LINE.exec(line)
    if (provider !== null) {
      const current = open[open.length - 1]
      if (current === undefined) throw new SourceError(at(i), 'a provider name before any field')
      if (current.providerName !== undefined) throw new SourceError(at(i), `field ${current.name} has two provider names`)
      current.providerName = provider[1]!
      factLines.push(i)
    }
    // Anything else is description text.
  }

  const freeze = (b: Building): CatalogField => ({
    name: b.name,
    type: b.type,
    ...(b.providerName === undefined ? {} : { providerName: b.providerName }),
    fields: b.fields.map(freeze),
    origin: b.origin,
  })
  const fields = top.map(freeze)
  checkDistinct(fields)
  return { name: TABLE_NAME.exec(lines[start]!)![1]!, fields, origin: at(start), factLines: factLines.sort((a, b) => a - b) }
}

/** Two fields of one structure with the same name, or the same provider name, cannot both map. */
function checkDistinct(fields: readonly CatalogField[]): void {
  const names = new Set<string>()
  const providers = new Set<string>()
  for (const f of fields) {
    if (names.has(f.name)) throw new SourceError(f.origin, `field ${f.name} appears twice`)
    names.add(f.name)
    if (f.providerName !== undefined) {
      if (providers.has(f.providerName)) throw new SourceError(f.origin, `provider name ${f.providerName} appears twice`)
      providers.add(f.providerName)
    }
    checkDistinct(f.fields)
  }
}
