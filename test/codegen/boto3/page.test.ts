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
