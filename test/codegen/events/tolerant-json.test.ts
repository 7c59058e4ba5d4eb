import { describe, expect, it } from 'vitest'
import { SourceError } from '../../../codegen/ir/origin.js'
import * as _ from '../../../codegen/frontends/events/tolerant-json.js'

const read = (given: string): _.TolerantResult => _.readTolerantJson(given, 'e.json')
/** Repairs as `[kind, line, column]`, for comparison. */
const where = (repairs: _.Repair[]): Array<[_.RepairKind, number, number]> => repairs.map((r) => [r.kind, r.line, r.column])
const thrown = (f: () => unknown): unknown => {
  try {
    f()
  } catch (e) {
    return e
  }
  throw new Error('expected an error')
}
const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth)

describe('tolerant JSON: valid JSON', () => {
  const cases: Array<[string, { given: string }]> = [
    ['object', { given: '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}' }],
    ['empty containers', { given: '{"a": {}, "b": [], "c": [{}, []]}' }],
    ['numbers', { given: '[0, -0, 1.0, -1.5E-2, 1e3, 12345678901234567890, 0.1]' }],
    ['escapes', { given: String.raw`["\"\\\/\b\f\n\r\t", "\u00e9\u00E9", "\ud83d\ude00", "<<not a placeholder>>"]` }],
    ['top-level string', { given: '"x"' }],
    ['top-level number', { given: ' 42 ' }],
    ['whitespace everywhere', { given: '\r\n\t{ "a" :\n[ 1 ,\t2 ] }\n' }],
    ['keys that are Object.prototype members', { given: '{"constructor": 1, "toString": 2, "hasOwnProperty": 3}' }],
  ]
  it.each(cases)('%s reads like JSON.parse, with no repairs', (_name, { given }) => {
    expect(read(given)).toEqual({ value: JSON.parse(given), repairs: [] })
  })
})

describe('tolerant JSON: repairs', () => {
  const cases: Array<[string, { given: string; want: { value: unknown; repairs: Array<[_.RepairKind, number, number]> } }]> = [
    ['// comment', { given: '{\n  "a": 1 // one\n}', want: { value: { a: 1 }, repairs: [['comment', 2, 10]] } }],
    ['/* */ comment across lines', { given: '[1, /* two\n */ 2]', want: { value: [1, 2], repairs: [['comment', 1, 5]] } }],
    ['# comment in an array', { given: '[\n  "a", # first\n  "b"\n]', want: { value: ['a', 'b'], repairs: [['comment', 2, 8]] } }],
    ['comment-like text inside a string', { given: '["// #", "/* */"]', want: { value: ['// #', '/* */'], repairs: [] } }],
    ['trailing comma in an object', { given: '{"a": 1,}', want: { value: { a: 1 }, repairs: [['trailing-comma', 1, 8]] } }],
    ['trailing comma in an array', { given: '[1, 2, ]', want: { value: [1, 2], repairs: [['trailing-comma', 1, 6]] } }],
    [
      'placeholder word',
      { given: '{"StartTime": Timestamp}', want: { value: { StartTime: { placeholder: 'Timestamp' } }, repairs: [['placeholder', 1, 15]] } },
    ],
    [
      '<<placeholder>>',
      { given: '{"version": <<version>>}', want: { value: { version: { placeholder: '<<version>>' } }, repairs: [['placeholder', 1, 13]] } },
    ],
    [
      'duplicate key keeps the first value',
      {
        given: '{"source": "aws.sagemaker", "source": ["aws.sagemaker"]}',
        want: { value: { source: 'aws.sagemaker' }, repairs: [['duplicate-key', 1, 29]] },
      },
    ],
    [
      'single quotes, once per string',
      {
        given: String.raw`{'a': 'it\'s "so"'}`,
        want: { value: { a: `it's "so"` }, repairs: [['single-quotes', 1, 2], ['single-quotes', 1, 7]] },
      },
    ],
    ['missing comma between members', { given: '{"a": 1\n "b": 2}', want: { value: { a: 1, b: 2 }, repairs: [['missing-comma', 2, 2]] } }],
    ['missing comma between items', { given: '[1 "x" {}]', want: { value: [1, 'x', {}], repairs: [['missing-comma', 1, 4], ['missing-comma', 1, 8]] } }],
    [
      'missing closes, innermost first, at the end',
      { given: '{"a": [1, 2\n', want: { value: { a: [1, 2] }, repairs: [['missing-close', 2, 1], ['missing-close', 2, 1]] } },
    ],
    [
      'trailing comma and missing close',
      { given: '[1,', want: { value: [1], repairs: [['trailing-comma', 1, 3], ['missing-close', 1, 4]] } },
    ],
    ['lone opening brace', { given: '{', want: { value: {}, repairs: [['missing-close', 1, 2]] } }],
    [
      'AWS-docs-like event',
      {
        given: '{ "detail": { "StartTime": Timestamp, "VariantStatus": [ { "Status": "Baking", }, ] }, }',
        want: {
          value: { detail: { StartTime: { placeholder: 'Timestamp' }, VariantStatus: [{ Status: 'Baking' }] } },
          repairs: [
            ['placeholder', 1, 28],
            ['trailing-comma', 1, 78],
            ['trailing-comma', 1, 81],
            ['trailing-comma', 1, 86],
          ],
        },
      },
    ],
    [
      'AWS-docs-like event over several lines, repairs in source order',
      {
        given: [
          '{',
          '  "version": "0",',
          "  'source': \"aws.sagemaker\",",
          '  "time": <<time>>,',
          '  "resources": [',
          '    # the endpoint',
          '    "arn:aws:sagemaker:us-east-1:123456789012:endpoint/e"',
          '  ],',
          '  "detail": {',
          '    "EndpointStatus": "IN_SERVICE" // or FAILED',
          '    "Tags": [{"Key": "k", "Value": "v"},],',
          '  },',
          '  "source": ["aws.sagemaker"]',
        ].join('\n'),
        want: {
          value: {
            version: '0',
            source: 'aws.sagemaker',
            time: { placeholder: '<<time>>' },
            resources: ['arn:aws:sagemaker:us-east-1:123456789012:endpoint/e'],
            detail: { EndpointStatus: 'IN_SERVICE', Tags: [{ Key: 'k', Value: 'v' }] },
          },
          repairs: [
            ['single-quotes', 3, 3],
            ['placeholder', 4, 11],
            ['comment', 6, 5],
            ['comment', 10, 36],
            ['missing-comma', 11, 5],
            ['trailing-comma', 11, 40],
            ['trailing-comma', 11, 42],
            ['duplicate-key', 13, 3],
            ['missing-close', 13, 30],
          ],
        },
      },
    ],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    const { value, repairs } = read(given)
    expect(value).toEqual(want.value)
    expect(where(repairs)).toEqual(want.repairs)
  })

  it('tells placeholders apart from objects with a placeholder member', () => {
    const { value } = read('[Timestamp, {"placeholder": "Timestamp"}]')
    expect(Array.isArray(value) && value.map((v) => _.isPlaceholder(v))).toEqual([true, false])
  })

  it('names what it repaired', () => {
    const messages = read('{"source": "a", "source": "b", "t": Timestamp, "u": [1,]').repairs.map((r) => r.message)
    expect(messages).toEqual([
      'duplicate key "source": kept the first value',
      'unquoted Timestamp read as a placeholder',
      "trailing comma before ']' removed",
      "missing '}' for the '{' at 1:1",
    ])
  })

  it('keeps __proto__ as an own data member without touching any prototype', () => {
    const { value } = read('{"__proto__": {"polluted": true}, "a": {"__proto__": 1, "__proto__": 2}}')
    const obj = value as Record<string, unknown>
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(obj, '__proto__')?.value).toEqual({ polluted: true })
    expect(obj['polluted']).toBeUndefined()
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.getOwnPropertyDescriptor(obj['a'], '__proto__')?.value).toBe(1)
    expect(Object.keys(obj)).toEqual(['__proto__', 'a'])
  })
})

describe('tolerant JSON: errors', () => {
  const cases: Array<[string, { given: string; want: string }]> = [
    ['unterminated string', { given: '{"a": "abc', want: 'e.json:1:7: unterminated string' }],
    ['string broken by a newline', { given: '[\n "ab\ncd"]', want: 'e.json:2:2: unterminated string' }],
    ['stray } after the value', { given: '{"a": 1}}', want: "e.json:1:9: unexpected '}' after the value" }],
    ['stray } as the value', { given: '}', want: "e.json:1:1: expected a value, found '}'" }],
    ['garbage character', { given: '{"a": @}', want: 'e.json:1:7: unexpected character "@"' }],
    ['empty input', { given: '', want: 'e.json:1:1: empty input' }],
    ['only a comment', { given: '  // nothing\n', want: 'e.json:2:1: empty input' }],
    ['missing colon', { given: '{"a" 1}', want: "e.json:1:6: expected ':', found '1'" }],
    ['unquoted key', { given: '{a: 1}', want: "e.json:1:2: expected a string key, found 'a'" }],
    ['two commas', { given: '[1,,2]', want: "e.json:1:4: expected a value, found ','" }],
    ['value missing at the end', { given: '{"a":', want: 'e.json:1:6: expected a value, found end of input' }],
    ['string without a colon where a member belongs', { given: '{"a": 1 "b"}', want: 'e.json:1:9: expected \',\' or \'}\', found string "b"' }],
    ['second top-level value', { given: '[1] [2]', want: "e.json:1:5: unexpected '[' after the value" }],
    ['leading zero', { given: '[01]', want: 'e.json:1:2: malformed number' }],
    ['bare minus', { given: '[-]', want: 'e.json:1:2: malformed number' }],
    ['number run into a word', { given: '[1e]', want: 'e.json:1:2: malformed number' }],
    ['leading dot', { given: '[.5]', want: 'e.json:1:2: unexpected character "."' }],
    ['invalid escape', { given: '["ab\\x"]', want: 'e.json:1:5: invalid escape "\\\\x"' }],
    ['escaped single quote in a double-quoted string', { given: `["\\'"]`, want: `e.json:1:3: invalid escape "\\\\'"` }],
    ['short \\u escape', { given: '["\\u12"]', want: 'e.json:1:3: malformed \\u escape' }],
    ['control character in a string', { given: '["a\tb"]', want: 'e.json:1:4: control character "\\t" in string' }],
    ['unterminated block comment', { given: '[1 /* x', want: 'e.json:1:4: unterminated comment' }],
    ['unterminated <<placeholder>>', { given: '[<<x\n>>]', want: 'e.json:1:2: unterminated <<placeholder>>' }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    const e = thrown(() => read(given))
    expect(e).toBeInstanceOf(_.TolerantJsonError)
    expect(e).toBeInstanceOf(SourceError)
    expect((e as Error).message).toBe(want)
  })

  it('reads nesting up to the depth limit', () => {
    let value = read(nested(_.MAX_DEPTH)).value
    for (let depth = 1; depth < _.MAX_DEPTH; depth++) value = (value as _.TolerantValue[])[0]!
    expect(value).toEqual([])
  })

  it.each([
    ['one past the limit', nested(_.MAX_DEPTH + 1), `e.json:1:${_.MAX_DEPTH + 1}: nesting deeper than ${_.MAX_DEPTH}`],
    ['5,000 arrays', nested(5000), `e.json:1:${_.MAX_DEPTH + 1}: nesting deeper than ${_.MAX_DEPTH}`],
    ['5,000 objects', '{"a":'.repeat(5000), `e.json:1:${5 * _.MAX_DEPTH + 1}: nesting deeper than ${_.MAX_DEPTH}`],
  ])('throws TolerantJsonError, not RangeError, for %s', (_name, given, want) => {
    const e = thrown(() => read(given))
    expect(e).toBeInstanceOf(_.TolerantJsonError)
    expect((e as Error).message).toBe(want)
  })

  it('ends on any input: reads it or throws TolerantJsonError', () => {
    // Seeded, so a failure reproduces.
    let seed = 20240601
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const pieces = ['{', '}', '[', ']', ',', ':', '"a"', "'b'", '"', "'", '1', '-', '.', 'e', 'x', 'true', '<<', '>>', '//', '/*', '*/', '#', '\n', ' ', '\\', '@']
    for (let n = 0; n < 3000; n++) {
      const given = Array.from({ length: random(16) }, () => pieces[random(pieces.length)]!).join('')
      try {
        read(given)
      } catch (e) {
        expect(e, given).toBeInstanceOf(_.TolerantJsonError)
      }
    }
  })
})

describe('comments in examples flattened onto one line', () => {
  it('end before the bracket that closes what they sit in', () => {
    const given = '{ "Fields": [ "ModelLifeCycle" # Other values are # "ApprovalDescription", "CustomerMetadataProperties" ] "Last": 1 }'
    const { value, repairs } = _.readTolerantJson(given, 'f.txt')
    expect(value).toEqual({ Fields: ['ModelLifeCycle'], Last: 1 })
    expect(repairs.map((r) => r.kind)).toEqual(['comment', 'missing-comma'])
  })
})
