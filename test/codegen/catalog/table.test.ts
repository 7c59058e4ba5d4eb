import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as _ from '../../../codegen/frontends/catalog/table.js'
import { catalogToIR } from '../../../codegen/frontends/catalog/to-ir.js'
import { validateIR } from '../../../codegen/ir/validate.js'
import { readCatalogSource } from '../../../codegen/sources.js'
import { root } from '../../generated/api/boto3-seed.js'

const shape = (fields: readonly _.CatalogField[]): unknown =>
  fields.map((f) => ({ name: f.name, type: f.type, provider: f.providerName, fields: shape(f.fields) }))

// The form the documentation page has: a site notice before the table, descriptions after each
// type, and bulleted prose inside a description (which is no field: no Type line follows it).
const PAGE = `This page is not available for your site.

some_table

plain_field

Type: STRING

when

Type: TIMESTAMP
Provider name: When
Description: A made-up description.

settings

Type: STRUCT
Provider name: Settings
Description: What the settings are.

  • limits
    Type: UNORDERED_LIST_STRUCT
    Provider name: Limits
    Description: Some text that goes on:
    • A bulleted sentence: inside the description
    • another_word
    More text after the bullets.

    • max_seconds
      Type: INT32
      Provider name: MaxSeconds
  • labels
    Type: MAP_STRING_STRING
    Provider name: Labels

names

Type: UNORDERED_LIST_STRING
Provider name: Names`

// The same facts as an extract keeps them.
const EXTRACT = `some_table

plain_field
Type: STRING

when
Type: TIMESTAMP
Provider name: When

settings
Type: STRUCT
Provider name: Settings
  • limits
    Type: UNORDERED_LIST_STRUCT
    Provider name: Limits
    • max_seconds
      Type: INT32
      Provider name: MaxSeconds
  • labels
    Type: MAP_STRING_STRING
    Provider name: Labels

names
Type: UNORDERED_LIST_STRING
Provider name: Names
`

describe('readCatalogTable', () => {
  it('reads names, types, provider names and nesting, skipping the notice and the descriptions', () => {
    const table = _.readCatalogTable(PAGE, 'page.txt')
    expect(table.name).toBe('some_table')
    expect(shape(table.fields)).toEqual([
      { name: 'plain_field', type: { kind: 'string' }, provider: undefined, fields: [] },
      { name: 'when', type: { kind: 'timestamp' }, provider: 'When', fields: [] },
      {
        name: 'settings',
        type: { kind: 'structure' },
        provider: 'Settings',
        fields: [
          {
            name: 'limits',
            type: { kind: 'list', item: 'structure' },
            provider: 'Limits',
            fields: [{ name: 'max_seconds', type: { kind: 'integer' }, provider: 'MaxSeconds', fields: [] }],
          },
          { name: 'labels', type: { kind: 'map' }, provider: 'Labels', fields: [] },
        ],
      },
      { name: 'names', type: { kind: 'list', item: 'string' }, provider: 'Names', fields: [] },
    ])
  })

  it('reads an extract of the fact lines as the same table', () => {
    expect(shape(_.readCatalogTable(EXTRACT, 'extract.txt').fields)).toEqual(shape(_.readCatalogTable(PAGE, 'page.txt').fields))
  })

  it('lists exactly the fact lines (what an extract keeps)', () => {
    const lines = PAGE.split('\n')
    const kept = _.readCatalogTable(PAGE, 'page.txt').factLines.map((i) => lines[i]!.trim())
    expect(kept.filter((l) => l.startsWith('Description') || l.startsWith('More text') || l.includes('bulleted'))).toEqual([])
    expect(kept).toContain('• max_seconds')
    expect(kept).toHaveLength(1 + 7 * 2 + 6) // the table's name; seven names and types; six provider names
  })

  it('gives each field its source line', () => {
    const table = _.readCatalogTable(EXTRACT, 'extract.txt')
    const maxSeconds = table.fields[2]!.fields[0]!.fields[0]!
    expect(maxSeconds.origin).toEqual({ file: 'extract.txt', line: 16, column: 7 })
  })

  it.each([
    ['an unknown type', 'some_table\n\nf\nType: LIST_OF_THINGS', 'extract.txt:4:7: unknown type LIST_OF_THINGS for field f'],
    ['a field nested in a STRING', 'some_table\n\nf\nType: STRING\n  • g\n    Type: STRING', 'extract.txt:5:5: field g is nested in f, which is not a STRUCT'],
    ['an indented field without a bullet', 'some_table\n\n  f\n  Type: STRING', 'extract.txt:3:3: field f is indented but has no bullet'],
    ['a field twice', 'some_table\n\nf\nType: STRING\n\nf\nType: INT32', 'extract.txt:6:1: field f appears twice'],
    ['a provider name twice in one structure', 'some_table\n\nf\nType: STRING\nProvider name: F\n\ng\nType: STRING\nProvider name: F', 'extract.txt:7:1: provider name F appears twice'],
    ['two provider names for one field', 'some_table\n\nf\nType: STRING\nProvider name: F\nProvider name: G', 'extract.txt:6:1: field f has two provider names'],
    ['a provider name before any field', 'some_table\n\nProvider name: F', 'extract.txt:3:1: a provider name before any field'],
    ['no table name', 'Just prose.\n', 'extract.txt:1:1: no table name'],
  ])('reports %s with file:line:column', (_case, text, message) => {
    expect(() => _.readCatalogTable(text, 'extract.txt')).toThrow(message)
  })
})

describe('parseCatalogType', () => {
  it.each([
    ['STRING', { kind: 'string' }],
    ['INT32', { kind: 'integer' }],
    ['INT64', { kind: 'integer' }],
    ['FLOAT64', { kind: 'number' }],
    ['BOOLEAN', { kind: 'boolean' }],
    ['TIMESTAMP', { kind: 'timestamp' }],
    ['STRUCT', { kind: 'structure' }],
    ['MAP_STRING_STRING', { kind: 'map' }],
    ['UNORDERED_LIST_STRUCT', { kind: 'list', item: 'structure' }],
    ['LIST_STRING', { kind: 'list', item: 'string' }],
    ['UNORDERED_LIST_INT32', { kind: 'list', item: 'integer' }],
    ['MAP_STRING_INT32', undefined],
    ['string', undefined],
  ])('%s', (text, want) => {
    expect(_.parseCatalogType(text)).toEqual(want)
  })
})

describe('the optimization-job table in codegen/sources/catalog', () => {
  const table = readCatalogSource(root, 'aws_sagemaker_optimizationjob')
  const count = (fields: readonly _.CatalogField[]): number => fields.reduce((n, f) => n + 1 + count(f.fields), 0)

  it('has the 19 top-level fields and 40 fields in all that the page lists', () => {
    expect(table.fields).toHaveLength(19)
    expect(count(table.fields)).toBe(40)
    expect(table.fields.filter((f) => f.providerName === undefined).map((f) => f.name)).toEqual(['account_id', 'tags'])
  })

  it('holds facts only: every line is a name, a type, a provider name or blank', () => {
    const text = readFileSync(`${root}/codegen/sources/catalog/aws_sagemaker_optimizationjob.txt`, 'utf8')
    const prose = text.split('\n').filter((l) => !/^\s*((•\s*)?[a-z][a-z0-9_]*|Type: [A-Z0-9_]+|Provider name: [A-Za-z0-9]+)?$/.test(l))
    expect(prose).toEqual([])
  })

  it('becomes a sound IR: one structure per STRUCT, every member optional', () => {
    const ir = catalogToIR(table, 'OptimizationJobRecord')
    expect(validateIR(ir)).toEqual([])
    expect(Object.keys(ir.shapes).sort()).toEqual([
      'OptimizationJobRecord',
      'OptimizationJobRecordModelAccessConfig',
      'OptimizationJobRecordModelCompilationConfig',
      'OptimizationJobRecordModelQuantizationConfig',
      'OptimizationJobRecordModelShardingConfig',
      'OptimizationJobRecordModelSource',
      'OptimizationJobRecordOptimizationConfig',
      'OptimizationJobRecordOptimizationOutput',
      'OptimizationJobRecordOutputConfig',
      'OptimizationJobRecordS3',
      'OptimizationJobRecordStoppingCondition',
      'OptimizationJobRecordVpcConfig',
    ])
    const members = Object.values(ir.shapes).flatMap((s) => (s.kind === 'enum' ? [] : s.members))
    expect(members.filter((m) => m.required)).toEqual([])
    expect(ir.records).toEqual({ OptimizationJobRecord: { name: 'OptimizationJobRecord', shape: 'OptimizationJobRecord' } })
  })

  it('names a list item in the singular, as the boto3 front-end does', () => {
    const lists = _.readCatalogTable('t_x\n\npolicies\nType: LIST_STRUCT\n\naddresses\nType: LIST_STRUCT\n\nmetadata\nType: LIST_STRUCT\n', 'x.txt')
    expect(Object.keys(catalogToIR(lists, 'Rec').shapes).sort()).toEqual(['Rec', 'RecAddress', 'RecMetadataItem', 'RecPolicy'])
  })

  it('qualifies a structure name that two fields would share', () => {
    const twice = _.readCatalogTable('t_x\n\na\nType: STRUCT\n  • inner\n    Type: STRUCT\n\nb\nType: STRUCT\n  • inner\n    Type: STRUCT\n', 'x.txt')
    const ir = catalogToIR(twice, 'Rec')
    expect(Object.keys(ir.shapes).sort()).toEqual(['Rec', 'RecA', 'RecB', 'RecBInner', 'RecInner'])
    expect(validateIR(ir)).toEqual([])
  })
})
