import type { CatalogField, CatalogTable } from '../frontends/catalog/table.js'
import type { IR } from '../ir/types.js'
import type { CatalogTableConfig } from '../overlays/catalog.js'
import { type EmitOptions, HEADER, emitApi } from './modules.js'
import { planModules } from './plan.js'
import { PURE, quote } from './shapes.js'

/** Where generated catalog modules live. */
export const CATALOG_DIR = 'generated/catalog'
const OUTPUT: EmitOptions = { dir: CATALOG_DIR, runtime: { path: 'src/runtime' }, variants: 'roles' }

export interface CatalogRecordSource {
  readonly config: CatalogTableConfig
  readonly table: CatalogTable
  /** The record's IR (catalogToIR). */
  readonly ir: IR
  /** The source file, repository-relative. */
  readonly file: string
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

/** The public names a record's module exports besides its codecs. */
export function catalogNames(record: string): { fields: string; toApi: string; fromApi: string } {
  const base = lowerFirst(record)
  return { fields: `${base}Fields`, toApi: `${base}ToApi`, fromApi: `${base}FromApi` }
}

/** The field map as an object literal, one field per line, nested structures indented. */
function fieldLiteral(fields: readonly CatalogField[], indent: string): string {
  const entry = (f: CatalogField, at: string): string => {
    const api = f.providerName === undefined ? [] : [`api: ${quote(f.providerName)}`]
    if (f.fields.length === 0) return api.length === 0 ? '{}' : `{ ${api[0]} }`
    const parts = [...api, `fields: ${fieldLiteral(f.fields, `${at}  `)}`]
    return `{\n${parts.map((p) => `${at}  ${p},`).join('\n')}\n${at}}`
  }
  return `{\n${fields.map((f) => `${indent}  ${f.name}: ${entry(f, `${indent}  `)},`).join('\n')}\n${indent}}`
}

function mappingModule(source: CatalogRecordSource, responseModule: string): string {
  const { config, table } = source
  const names = catalogNames(config.record)
  return [
    HEADER,
    `// Source: resource catalog table ${table.name} (${source.file})`,
    "import { type CatalogFields, type CatalogResult, catalogMapping } from '../../src/runtime.js'",
    `import { ${config.response} } from '../api/${responseModule}.js'`,
    `import { ${config.record} } from './${config.record}.js'`,
    '',
    `/**`,
    ` * Each field of the catalog table \`${table.name}\` with the member of`,
    ` * ${config.response} it holds (its provider name); a field without \`api\` is the catalog's own.`,
    ` */`,
    `export const ${names.fields}: CatalogFields = ${fieldLiteral(table.fields, '')}`,
    '',
    `const mapping = ${PURE} catalogMapping(${config.record}, ${config.response}, ${names.fields})`,
    '',
    `/**`,
    ` * A record of the catalog table \`${table.name}\` (decoded or as stored) as the`,
    ` * ${config.operation} response, checked with ${config.response}. Fields without a member there`,
    ` * are kept under their own name and listed in \`carried\`.`,
    ` */`,
    `export const ${names.toApi} = (record: unknown): CatalogResult<${config.response}> => mapping.toApi(record)`,
    '',
    `/**`,
    ` * A ${config.operation} response (decoded or as received) as a record of the catalog table`,
    ` * \`${table.name}\`. Members the table does not know are kept under their own name and listed in`,
    ` * \`carried\`.`,
    ` */`,
    `export const ${names.fromApi} = (response: unknown): CatalogResult<${config.record}> => mapping.fromApi(response)`,
    '',
  ].join('\n')
}

/** Every generated file under `generated/catalog/`: the records' codecs, their mappings, a barrel. */
export function emitCatalog(sources: readonly CatalogRecordSource[], api: IR): Map<string, string> {
  const merged: IR = {
    source: sources.map((s) => s.ir.source).join('; '),
    shapes: Object.assign({}, ...sources.map((s) => s.ir.shapes)),
    operations: {},
    records: Object.assign({}, ...sources.map((s) => s.ir.records)),
  }
  const mappings = sources.map((s) => `${s.config.record}Mapping`).sort()
  const files = emitApi(merged, OUTPUT, [
    ...mappings.map((m) => `export * from './${m}.js'`),
    "export type { CatalogField, CatalogFields, CatalogPath, CatalogResult } from '../../src/catalog/index.js'",
  ])
  const apiModules = planModules(api, 'both').moduleOf
  for (const source of sources) {
    const module = apiModules.get(source.config.response)
    if (module === undefined) throw new Error(`${source.file}: the API has no ${source.config.response} for ${source.config.table}`)
    files.set(`${CATALOG_DIR}/${source.config.record}Mapping.ts`, mappingModule(source, module))
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
