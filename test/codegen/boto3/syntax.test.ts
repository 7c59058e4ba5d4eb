import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../codegen/frontends/boto3/lexer.js'
import * as _ from '../../../codegen/frontends/boto3/syntax.js'

/** The syntax tree without positions, for comparison. */
const shape = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x) => (k === 'origin' ? undefined : x)))
const value = (text: string): unknown => shape(_.parseValue(text, 'x.txt').value)

describe('boto3 syntax values', () => {
  const cases: Array<[string, { given: string; want: unknown }]> = [
    ['string placeholder', { given: "'string'", want: { kind: 'string' } }],
    ['integer', { given: '123', want: { kind: 'integer' } }],
    ['float', { given: '123.0', want: { kind: 'float' } }],
    ['boolean', { given: 'True|False', want: { kind: 'boolean' } }],
    ['datetime', { given: 'datetime(2015, 1, 1)', want: { kind: 'timestamp' } }],
    ['bytes', { given: "b'bytes'", want: { kind: 'blob' } }],
    ['streaming body (request)', { given: "b'bytes'|file", want: { kind: 'blob' } }],
    ['streaming body (response)', { given: 'StreamingBody()', want: { kind: 'blob' } }],
    ['document', { given: "{...}|[...]|123|123.4|'string'|True|None", want: { kind: 'document' } }],
    ['document starting with a list', { given: "[...]|{...}|'string'", want: { kind: 'document' } }],
    ['empty structure', { given: '{}', want: { kind: 'structure', members: [] } }],
    ['no-break spaces of a page copied from a browser', { given: "{\u00a0'A':\u00a0123 }", want: { kind: 'structure', members: [{ name: 'A', value: { kind: 'integer' } }] } }],
    ['elided value', { given: '...', want: { kind: 'elided' } }],
    ['enum', { given: "'Pipe'|'File'", want: { kind: 'enum', values: ['Pipe', 'File'] } }],
    ['one-value enum', { given: "'Only'", want: { kind: 'enum', values: ['Only'] } }],
    ['enum with dots', { given: "'ml.t3.medium'|'ml.m5.large'", want: { kind: 'enum', values: ['ml.t3.medium', 'ml.m5.large'] } }],
    ['list of strings', { given: "[ 'string', ]", want: { kind: 'list', item: { kind: 'string' } } }],
    ['list without trailing comma', { given: '[ 123 ]', want: { kind: 'list', item: { kind: 'integer' } } }],
    ['map of strings', { given: "{ 'string': 'string' }", want: { kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } } }],
    [
      'map of structures',
      {
        given: "{ 'string': { 'MediaType': 'string', 'Value': 'string' } }",
        want: {
          kind: 'map',
          key: { kind: 'string' },
          value: {
            kind: 'structure',
            members: [
              { name: 'MediaType', value: { kind: 'string' } },
              { name: 'Value', value: { kind: 'string' } },
            ],
          },
        },
      },
    ],
    [
      'map with enum keys',
      { given: "{ 'A'|'B': 123 }", want: { kind: 'map', key: { kind: 'enum', values: ['A', 'B'] }, value: { kind: 'integer' } } },
    ],
    [
      'nested structures',
      {
        given: "{ 'A': { 'B': { 'C': True|False } }, }",
        want: {
          kind: 'structure',
          members: [
            {
              name: 'A',
              value: {
                kind: 'structure',
                members: [{ name: 'B', value: { kind: 'structure', members: [{ name: 'C', value: { kind: 'boolean' } }] } }],
              },
            },
          ],
        },
      },
    ],
    [
      'recursion marker',
      {
        given: "{ 'SubExpressions': [ {'... recursive ...'}, ] }",
        want: { kind: 'structure', members: [{ name: 'SubExpressions', value: { kind: 'list', item: { kind: 'recursive' } } }] },
      },
    ],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(value(given)).toEqual(want)
  })

  it('parses the call form and stops at its closing parenthesis', () => {
    const text = "client.create_thing( Name='string', Count=123, )\nThe customer's prose is not syntax."
    const { call, end } = _.parseCall(text, 'x.txt')
    expect(call.method).toBe('create_thing')
    expect(shape(call.parameters)).toEqual([
      { name: 'Name', value: { kind: 'string' } },
      { name: 'Count', value: { kind: 'integer' } },
    ])
    expect(text.slice(0, end).endsWith(')')).toBe(true)
  })

  it('reads the call as today\'s pages print it, `response = client.op(`', () => {
    const { call } = _.parseCall("response = client.put_object(\n    Body=b'bytes'|file,\n    Bucket='string'\n)", 'x.txt')
    expect(call.method).toBe('put_object')
    expect(shape(call.parameters)).toEqual([
      { name: 'Body', value: { kind: 'blob' } },
      { name: 'Bucket', value: { kind: 'string' } },
    ])
  })

  it('parses a call with no parameters', () => {
    expect(_.parseCall('client.list_things()', 'x.txt').call.parameters).toEqual([])
  })

  it('gives every token its file position, across lines', () => {
    const tokens = tokenize("{\n  'A': 123\n}", 'f.txt', { line: 10, column: 1 })
    expect(tokens.map((t) => [t.kind, t.origin.line, t.origin.column])).toEqual([
      ['{', 10, 1],
      ['string', 11, 3],
      [':', 11, 6],
      ['integer', 11, 8],
      ['}', 12, 1],
      ['eof', 12, 2],
    ])
  })
})

describe('boto3 syntax errors carry file:line:column', () => {
  const cases: Array<[string, { given: string; want: string }]> = [
    ['unterminated string', { given: "{ 'A': 'strin }", want: "x.txt:1:8: unterminated string literal" }],
    ['missing colon', { given: "{ 'A' 'string' }", want: "x.txt:1:7: expected ':' after \"A\", found \"string\"" }],
    ['unexpected character', { given: "{ 'A': @ }", want: 'x.txt:1:8: unexpected character "@"' }],
    ['True|True', { given: 'True|True', want: 'x.txt:1:6: expected False after |, found "True"' }],
    ['unclosed list', { given: "[ 'string', 'string' ]", want: "x.txt:1:13: expected ']' after the list's one example item, found \"string\"" }],
    ['unclosed structure', { given: "{ 'A': 123", want: "x.txt:1:11: expected ',' or '}', found end of input" }],
    ['duplicate member', { given: "{ 'A': 1, 'A': 2 }", want: 'x.txt:1:11: duplicate member "A"' }],
    ['bare identifier', { given: "{ 'A': string }", want: 'x.txt:1:8: unexpected identifier "string" where a value belongs' }],
    ['bad datetime', { given: 'datetime(2015, 1)', want: "x.txt:1:17: expected ',' in datetime(year, month, day), found \")\"" }],
    ['a placeholder that hides members', { given: "{ 'A': {...} }", want: "x.txt:1:8: {...} alone hides the value's members; only a document ({...}|[...]|123|...) may print it" }],
    ['a document with a stray alternative', { given: '{...}|[...]|datetime', want: "x.txt:1:13: expected a document alternative ({...}, [...], 123, 123.4, 'string', True or None) after |, found \"datetime\"" }],
    ['a stream that is not a file', { given: "b'bytes'|str", want: "x.txt:1:10: expected 'file' after b'bytes'|, found \"str\"" }],
    ['nesting past the limit', { given: `${'['.repeat(10_000)}'string'${']'.repeat(10_000)}`, want: `x.txt:1:${_.MAX_SYNTAX_DEPTH + 1}: values nest deeper than ${_.MAX_SYNTAX_DEPTH} levels` }],
    ['second line', { given: "{\n  'A': 'x'|\n}", want: 'x.txt:3:1: expected an enum value after |, found "}"' }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(() => _.parseValue(given, 'x.txt')).toThrow(want)
  })

  it('reports errors in a call at their position', () => {
    expect(() => _.parseCall("client.op( Name='string' Other=1 )", 'x.txt')).toThrow("x.txt:1:26: expected ',' or ')', found \"Other\"")
    expect(() => _.parseCall("client.op( A=1, A=2 )", 'x.txt')).toThrow('x.txt:1:17: duplicate parameter A')
  })
})
