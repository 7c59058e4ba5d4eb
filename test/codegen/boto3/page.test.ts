import { describe, expect, it } from 'vitest'
import * as _ from '../../../codegen/frontends/boto3/page.js'

const strip = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x) => (k === 'origin' || k === 'factLines' ? undefined : x)))

// The form a pasted documentation page has: top-level names lost (a bare type line, then
// [REQUIRED]), nesting flattened, descriptions between the parameter lines.
const PASTED = `Creates a thing.
Request Syntax
client.create_thing( ThingName='string', Config={ 'Mode': 'Fast'|'Slow', 'Limits': [ { 'Max': 123, 'Score': ... }, ] }, Tags={ 'string': 'string' } )
string
[REQUIRED]
The name of the thing.
dict
[REQUIRED]
How it is configured.
Mode (string) -- [REQUIRED]
Which mode (string) to use; a description may look a little like a parameter line.
Limits (list) --
(dict) --
Max (integer) -- [REQUIRED]
Score (float) --
dict
(string) --
(string) --
dict
Response Syntax
{ 'ThingArn': 'string', 'Created': datetime(2015, 1, 1) }
Response Structure
(dict) --
ThingArn (string) --
The ARN.
Created (datetime) --
`

// The same facts with names on every line and indentation, as a cleaned-up extract.
const NAMED = `Request Syntax
client.create_thing(
  ThingName='string',
  Config={ 'Mode': 'Fast'|'Slow', 'Limits': [ { 'Max': 123, 'Score': ... }, ] },
  Tags={ 'string': 'string' }
)
ThingName (string) -- [REQUIRED]
Config (dict) -- [REQUIRED]
  Mode (string) -- [REQUIRED]
  Limits (list) --
    (dict) --
      Max (integer) -- [REQUIRED]
      Score (float) --
Tags (dict) --
  (string) --
  (string) --
Response Syntax
{
  'ThingArn': 'string',
  'Created': datetime(2015, 1, 1)
}
Response Structure
(dict) --
  ThingArn (string) --
  Created (datetime) --
`

const WANT = {
  name: 'CreateThing',
  method: 'create_thing',
  request: {
    kind: 'structure',
    members: [
      { name: 'ThingName', value: { kind: 'string' }, required: true },
      {
        name: 'Config',
        required: true,
        value: {
          kind: 'structure',
          members: [
            { name: 'Mode', value: { kind: 'enum', values: ['Fast', 'Slow'] }, required: true },
            {
              name: 'Limits',
              required: false,
              value: {
                kind: 'list',
                item: {
                  kind: 'structure',
                  members: [
                    { name: 'Max', value: { kind: 'integer' }, required: true },
                    { name: 'Score', value: { kind: 'float' }, required: false },
                  ],
                },
              },
            },
          ],
        },
      },
      { name: 'Tags', required: false, value: { kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } } },
    ],
  },
  response: {
    kind: 'structure',
    members: [
      { name: 'ThingArn', value: { kind: 'string' }, required: false },
      { name: 'Created', value: { kind: 'timestamp' }, required: false },
    ],
  },
}

describe('readBoto3Page', () => {
  it('reads a pasted page: bare top-level lines, flattened nesting, prose between', () => {
    expect(strip(_.readBoto3Page(PASTED, 'p.txt'))).toEqual([WANT])
  })

  it('reads a named, indented extract to the same operation', () => {
    expect(strip(_.readBoto3Page(NAMED, 'n.txt'))).toEqual([WANT])
  })

  it('keeps only fact lines as factLines (no prose)', () => {
    const [op] = _.readBoto3Page(PASTED, 'p.txt')
    const lines = PASTED.split('\n')
    const facts = op!.factLines.map((i) => lines[i])
    expect(facts).not.toContain('The name of the thing.')
    expect(facts).not.toContain('Creates a thing.')
    expect(facts).toContain('Mode (string) -- [REQUIRED]')
    expect(strip(_.readBoto3Page(facts.join('\n'), 'f.txt'))).toEqual([WANT])
  })

  it('reads several operations from one page and an operation without a response', () => {
    const page = `Request Syntax\nclient.delete_thing( ThingName='string' )\nstring\n[REQUIRED]\nReturns\nNone\n${NAMED}`
    const ops = _.readBoto3Page(page, 'p.txt')
    expect(ops.map((o) => [o.name, o.response === undefined])).toEqual([
      ['DeleteThing', true],
      ['CreateThing', false],
    ])
  })

  it('records the recursion marker under its (dict) line', () => {
    const page = `Request Syntax
client.search( Expr={ 'Subs': [ {'... recursive ...'}, ], 'Op': 'And'|'Or' } )
Expr (dict) --
  Subs (list) --
    (dict) --
  Op (string) --
`
    const [op] = _.readBoto3Page(page, 'p.txt')
    expect(strip(op!.request.members[0]!.value)).toEqual({
      kind: 'structure',
      members: [
        { name: 'Subs', required: false, value: { kind: 'list', item: { kind: 'recursive' } } },
        { name: 'Op', required: false, value: { kind: 'enum', values: ['And', 'Or'] } },
      ],
    })
  })
})

describe('readBoto3Page errors carry file:line:column', () => {
  const replace = (from: string, to: string): string => NAMED.replace(from, to)
  const cases: Array<[string, { given: string; want: string }]> = [
    ['a line for another member', { given: replace('  Mode (string)', '  Speed (string)'), want: "n.txt:9:3: expected 'Mode (type) --' for member Mode, found 'Speed (string) -- [REQUIRED]'" }],
    ['a type the syntax contradicts', { given: replace('Max (integer)', 'Max (string)'), want: "n.txt:12:7: 'Max (string) -- [REQUIRED]' says string, but the syntax at 4:56 is integer" }],
    ['a missing line', { given: replace('  ThingArn (string) --\n', ''), want: "n.txt:24:3: expected 'ThingArn (type) --' for member ThingArn, found 'Created (datetime) --'" }],
    ['a line left over', { given: replace('Tags (dict) --', 'Tags (dict) --\nExtra (string) --'), want: "n.txt:15:1: expected an unnamed '(type) --' line for the map key, found 'Extra (string) --'" }],
    ['a stray line at the end', { given: `${NAMED}Stray (string) --\n`, want: "n.txt:26:1: 'Stray (string) --' matches no parameter in the syntax" }],
    ['no syntax section', { given: 'just prose\n', want: "n.txt:1:1: no 'Request Syntax' section found" }],
    ['a syntax error in the call', { given: replace("ThingName='string',", "ThingName='string"), want: 'n.txt:3:13: unterminated string literal' }],
    ['no response structure', { given: NAMED.replace(/Response Structure[\s\S]*/, ''), want: "missing 'Response Structure' after 'Response Syntax'" }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(() => _.readBoto3Page(given, 'n.txt')).toThrow(want)
  })
})

// The forms of today's pages, one at a time, each read to the same small operation.
describe('readBoto3Page reads the forms of today\'s pages', () => {
  const WANT_PUT = [
    { name: 'Body', value: { kind: 'blob' }, required: false },
    { name: 'Bucket', value: { kind: 'string' }, required: true },
    { name: 'Meta', value: { kind: 'document' }, required: false },
    { name: 'Expires', value: { kind: 'timestamp' }, required: false },
  ]
  const SYNTAX = "Request Syntax\nresponse = client.put_thing(\n    Body=b'bytes'|file,\n    Bucket='string',\n    Meta={...}|[...]|123|123.4|'string'|True|None,\n    Expires=datetime(2015, 1, 1)\n)\n"
  const cases: Array<[string, string]> = [
    ['bullets, en dash, [REQUIRED] on the next line', `S3.Client.put_thing(**kwargs)\n${SYNTAX}Parameters:\n• Body (bytes or seekable file-like object) \u2013 Made-up data.\n• Bucket (string) \u2013\n  [REQUIRED]\n  A made-up bucket.\n• Meta (document) \u2013\n• Expires (datetime) \u2013\nReturns:\nNone\n`],
    ['[REQUIRED] on the line before', `${SYNTAX}Parameters:\n• Body (bytes or seekable file-like object) \u2013\nMade-up data.\n[REQUIRED]\n• Bucket (string) \u2013\nA made-up bucket.\n• Meta (document) \u2013\n• Expires (datetime) \u2013\n`],
    ['[REQUIRED] on the same line, em dash, no bullets', `${SYNTAX}Body (bytes or seekable file-like object) \u2014\nBucket (string) \u2014 [REQUIRED] A made-up bucket.\nMeta (document) \u2014\nExpires (datetime) \u2014\n`],
    ['CRLF line ends and no-break spaces', `${SYNTAX}\u00a0\u00a0* Body (bytes or seekable file-like object) --\n  * Bucket (string) --\n    [REQUIRED]\n  * Meta (JSON serializable) --\n  * Expires (datetime) --\n`.replace(/\n/g, '\r\n')],
    ['the 2020 form of a streaming body: a bare type line', `${SYNTAX.replace('response = ', '')}bytes or seekable file-like object\nstring\n[REQUIRED]\nJSON serializable\ndatetime\n`],
  ]
  it.each(cases)('%s', (_name, page) => {
    const [op] = _.readBoto3Page(page, 'p.txt')
    expect(op!.name).toBe('PutThing')
    expect(strip(op!.request.members)).toEqual(WANT_PUT)
  })

  it('reads a parameter the page documents but the syntax does not print (boto3 fills it in)', () => {
    const page = "Request Syntax\nresponse = client.get_thing(\n    Key='string'\n)\n• Key (string) \u2013\n  [REQUIRED]\n• KeyMD5 (string) \u2013\n  Please note that this parameter is automatically populated if it is not provided.\n"
    expect(strip(_.readBoto3Page(page, 'p.txt')[0]!.request.members)).toEqual([
      { name: 'Key', value: { kind: 'string' }, required: true },
      { name: 'KeyMD5', value: { kind: 'string' }, required: false },
    ])
  })

  it('reads an empty structure, {} with its (dict) line', () => {
    const page = "Request Syntax\nclient.op( Config={} )\nConfig (dict) --\nResponse Syntax\n{}\nResponse Structure\n(dict) --\n"
    const [op] = _.readBoto3Page(page, 'p.txt')
    expect(strip(op!.request.members)).toEqual([{ name: 'Config', required: false, value: { kind: 'structure', members: [] } }])
    expect(strip(op!.response)).toEqual({ kind: 'structure', members: [] })
  })
})

describe('readBoto3Page errors in today\'s forms carry file:line:column', () => {
  const cases: Array<[string, { given: string; want: string }]> = [
    ['a heading for another method', { given: "S3.Client.get_thing(**kwargs)\nRequest Syntax\nresponse = client.put_thing(\n    A='string'\n)\n• A (string) \u2013\n", want: 'p.txt:1:1: the heading documents get_thing, but the Request Syntax below it calls put_thing' }],
    ['a dict the syntax does not print', { given: "Request Syntax\nclient.op( A='string' )\nA (string) --\nB (dict) --\n", want: "p.txt:4:1: 'B (dict) --' names a parameter the Request Syntax does not show; only a scalar one can be read from its line alone" }],
    ['[REQUIRED] that belongs to no line', { given: "Request Syntax\nclient.op( A='string', B='string' )\nA (string) --\n[REQUIRED]\nMade-up prose.\n[REQUIRED]\nB (string) --\n", want: 'p.txt:6:1: [REQUIRED] here belongs to no parameter (expected a line for parameter B)' }],
    ['a line glued to its dash', { given: "Request Syntax\nclient.op( A='string' )\nA (string) --x\n", want: 'p.txt:4:1: missing the line for parameter A' }],
    ['an event stream, which no codec can describe', { given: "Request Syntax\nclient.op( A='string' )\nA (string) --\nResponse Syntax\n{ 'Events': EventStream({ 'A': 'string' }) }\n", want: 'p.txt:5:13: unexpected identifier "EventStream" where a value belongs' }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(() => _.readBoto3Page(given, 'p.txt')).toThrow(want)
  })
})

describe('readBoto3Page quotes a member name that is not a plain name in its messages', () => {
  it('escapes a line break in the name, so the message stays one line', () => {
    const page = "Request Syntax\nclient.op( Config={ 'a\\nb': 'string' } )\nConfig (dict) --\nA (string) --\n"
    expect(() => _.readBoto3Page(page, 'p.txt')).toThrow(`p.txt:4:1: expected '"a\\nb" (type) --' for member "a\\nb", found 'A (string) --'`)
  })
})
