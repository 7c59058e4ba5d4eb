import { describe, expect, it } from 'vitest'
import * as _ from '../../../src/sfn/paths.js'

describe('checkPath', () => {
  it.each([
    '$',
    '$.id',
    '$.body.jobName',
    '$$',
    '$$.Execution.Name',
    "$$.Execution.Input['Create Model'].ModelName",
    '$.ModelArtifacts.S3ModelArtifacts',
    '$.items[0]',
    '$.items[-1]',
    '$.items[*].name',
    '$.items[0,2]',
    '$.items[1:3]',
    '$.items[:2]',
    '$.items[ 1 : 3 ]',
    '$.items[::-1]',
    '$.items[ 0 , -2 ]',
    '$.a1_b[0]',
    '$_v.x',
    "$.a['b', \"c\"]",
    '$..price',
    '$..[0]',
    '$.store.book[?(@.price < 10)].title',
    "$.book[?(@.author == 'a)b')]",
    '$.book[(@.length-1)]',
    '$.items.length()',
    '$jobName',
    '$config.instance[0]',
    '$.x̄',
  ])('accepts %s', (path) => expect(_.checkPath(path)).toBeUndefined())

  it.each<[string, string]>([
    ['id', 'a path starts with $'],
    ['$.', 'expected a member name at character 3'],
    ['$.a..', 'expected a member name at character 6'],
    ['$.id[', 'unclosed [ at character 5'],
    ['$.items[a]', 'expected an index, a slice, a quoted name, * or a filter in [a] at character 8'],
    ["$['a", "unclosed '...' at character 3"],
    ['$.a b', 'unexpected " " in a member name at character 4 (quote such names: [\'a name\'])'],
    ['$.a]', 'unexpected "]" in a member name at character 4 (quote such names: [\'a name\'])'],
    ['$ .a', 'unexpected " " at character 2'],
    ['$.a[?(@.b]', 'unclosed ( at character 6'],
    ['$.a[?@.b]', 'expected ( after ? at character 6'],
    ['$.a[-:]', 'expected an index, a slice, a quoted name, * or a filter in [-:] at character 4'],
    ['$.a[1,]', 'expected an index, a slice, a quoted name, * or a filter in [1,] at character 4'],
    ['$.a[1:2:3:4]', 'expected an index, a slice, a quoted name, * or a filter in [1:2:3:4] at character 4'],
    ['$.a[1 2]', 'expected an index, a slice, a quoted name, * or a filter in [1 2] at character 4'],
    ['$1', 'unexpected "1" at character 2'],
  ])('rejects %s: %s', (path, message) => expect(_.checkPath(path)).toBe(message))
})

describe('checkIntrinsicFunction', () => {
  it.each([
    "States.Format('job-{}', $.id)",
    "States.Format('{}-{}', $$.Execution.Name, $.a[0])",
    "States.Format('no placeholders')",
    "States.Format('escaped \\{} and {}', $.x)",
    'States.UUID()',
    'States.Array($.a, 1, -2.5, true, null)',
    'States.Array(1e3, -2.5E-2, 0.5e+1)',
    "States.ArrayGetItem(States.StringSplit($$.Execution.Name, '-'), 0)",
    'States.MathRandom(1, 999)',
    'States.MathRandom(1, 999, 42)',
    "States.JsonMerge($.a, $.b, false)",
    "States.Hash($.data, 'SHA-256')",
    'States.ArrayLength( $.items )',
    "States.Format('{}', $.a[?(@.b == 'x,y')])",
  ])('accepts %s', (call) => expect(_.checkIntrinsicFunction(call)).toBeUndefined())

  it.each<[string, string]>([
    ["States.Formatt('{}', $.a)", 'unknown intrinsic function States.Formatt (did you mean States.Format?)'],
    ["States.Format('{}-{}', $.a)", 'States.Format: the template has 2 {} placeholder(s) for 1 argument(s)'],
    ['States.ArrayGetItem($.a)', 'States.ArrayGetItem takes 2 arguments, got 1'],
    ['States.UUID($.a)', 'States.UUID takes 0 arguments, got 1'],
    ['States.MathRandom(1)', 'States.MathRandom takes 2 to 3 arguments, got 1'],
    ['States.StringToJson($.a', 'unclosed States.StringToJson('],
    ['States.Array($.a,)', "expected an argument (a 'string', a number, a path or an intrinsic function) at character 18"],
    ['States.Array(x)', "expected an argument (a 'string', a number, a path or an intrinsic function) at character 14"],
    ["States.Format('{}', $.a[)", 'unclosed [ at character 24'],
    ['States.Array() extra', 'unexpected text after the call at character 16'],
    ['States.Array', 'expected ( after States.Array at character 13'],
    ['States.(1)', 'expected an intrinsic function (States.Format, States.Array, ...) at character 1'],
    ['States.Array(-)', "expected an argument (a 'string', a number, a path or an intrinsic function) at character 14"],
  ])('rejects %s: %s', (call, message) => expect(_.checkIntrinsicFunction(call)).toBe(message))

  it('stops at absurd nesting instead of recursing without bound', () => {
    const deep = `${'States.Array('.repeat(10_000)}${')'.repeat(10_000)}`
    expect(_.checkIntrinsicFunction(deep)).toMatch(/nested too deeply/)
  })
})

describe('checkDynamicValue', () => {
  it.each<[string, string | undefined]>([
    ['$.id', undefined],
    ["States.Format('{}', $.id)", undefined],
    ['${JobNamePath}', undefined],
    ['$.${Field}.name', undefined],
    ['id', 'expected a path ($.field, $$.Execution.Input, $variable) or an intrinsic function (States.Format(...))'],
    ['$.id[', 'unclosed [ at character 5'],
    ['${a}.${b}', 'expected a path ($.field, $$.Execution.Input, $variable) or an intrinsic function (States.Format(...))'],
    ['$.${unclosed', undefined],
  ])('%s', (value, want) => expect(_.checkDynamicValue(value)).toBe(want))
})

describe('checkJsonata', () => {
  it.each<[string, string | undefined]>([
    ['{% $states.input.name %}', undefined],
    ["{% $join([$a, '}'], '-') %}", undefined],
    ['{% $states.input.name ', 'unclosed {% ... %}: a JSONata expression ends with %}'],
    ['{%  %}', 'an empty JSONata expression'],
    ['{% $f($a %}', 'unclosed ('],
    ['{% $a] %}', 'unbalanced ] at character 6'],
  ])('%s', (value, want) => expect(_.checkJsonata(value)).toBe(want))
})

describe('hasTemplatePlaceholder', () => {
  it.each<[string, boolean]>([
    ['${AWS::Region}', true],
    ['s3://${Bucket}/models', true],
    ['$.a', false],
    ['{% $x %}', false],
    ['${no end', false],
    ['}${ a } after', true],
  ])('%s', (value, want) => expect(_.hasTemplatePlaceholder(value)).toBe(want))
})

describe('fillPlaceholders', () => {
  it.each<[string, string]>([
    ['$.${Field}.name', '$._.name'],
    ['${a}${b}', '__'],
    ['${a}${unclosed', '_${unclosed'],
    ['no placeholder', 'no placeholder'],
    ['$}{${x}}', '$}{_}'],
  ])('%s', (text, want) => {
    expect(_.fillPlaceholders(text, '_')).toBe(want)
    expect(_.fillPlaceholders(text, '_')).toBe(text.replace(/\$\{[^}]*\}/g, '_'))
  })
})
