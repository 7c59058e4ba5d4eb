import { describe, expect, it } from 'vitest'
import { readBoto3Page } from '../../../codegen/frontends/boto3/page.js'
import { boto3ToIR } from '../../../codegen/frontends/boto3/to-ir.js'
import * as _ from '../../../codegen/frontends/boto3/naming.js'

describe('singular', () => {
  const cases: Array<[string, string | undefined]> = [
    ['ProcessingInputs', 'ProcessingInput'],
    ['FinalMetricDataList', 'FinalMetricData'],
    ['DebugRuleEvaluationStatuses', 'DebugRuleEvaluationStatus'],
    ['Policies', 'Policy'],
    ['Matches', 'Match'],
    ['Resources', 'Resource'],
    ['Address', undefined],
    ['InputDataConfig', undefined],
  ]
  it.each(cases)('%s -> %s', (given, want) => {
    expect(_.singular(given)).toBe(want)
  })
  it('names items and map values that are not plural', () => {
    expect(_.itemName('InputDataConfig')).toBe('InputDataConfigItem')
    expect(_.mapValueName('Environment')).toBe('EnvironmentValue')
    expect(_.mapKeyName('Limits')).toBe('LimitKey')
  })
})

describe('assignNames', () => {
  it('gives one shape the alphabetically first name its holders want', () => {
    const names = _.assignNames(
      [
        { key: 'k1', wanted: 'LastModifiedBy', parentWanted: 'Trial' },
        { key: 'k1', wanted: 'CreatedBy', parentWanted: 'Trial' },
      ],
      new Set(),
    )
    expect(names.get('k1')).toBe('CreatedBy')
  })

  it('prefixes different shapes that want one name with their parent names', () => {
    const names = _.assignNames(
      [
        { key: 'enum(a)', wanted: 'InstanceType', parentWanted: 'ResourceConfig' },
        { key: 'enum(b)', wanted: 'InstanceType', parentWanted: 'DebugRuleConfiguration' },
        { key: 'enum(b)', wanted: 'InstanceType', parentWanted: 'ClusterConfig' },
      ],
      new Set(),
    )
    expect([names.get('enum(a)'), names.get('enum(b)')]).toEqual(['ResourceConfigInstanceType', 'ClusterConfigInstanceType'])
  })

  it('numbers what still collides, in key order, and never hands out a reserved name', () => {
    const names = _.assignNames(
      [
        { key: 'b', wanted: 'Config', parentWanted: 'Job' },
        { key: 'a', wanted: 'Config', parentWanted: 'Job' },
        { key: 'c', wanted: 'ThingRequest', parentWanted: 'X' },
      ],
      new Set(['ThingRequest']),
    )
    expect([names.get('a'), names.get('b'), names.get('c')]).toEqual(['JobConfig', 'JobConfig2', 'XThingRequest'])
  })

  it('does not depend on the order the requests come in', () => {
    const requests = [
      { key: 'x', wanted: 'Spec', parentWanted: 'A' },
      { key: 'y', wanted: 'Spec', parentWanted: 'B' },
      { key: 'y', wanted: 'Alt', parentWanted: 'C' },
    ]
    const forward = _.assignNames(requests, new Set())
    const backward = _.assignNames([...requests].reverse(), new Set())
    expect([...backward].sort()).toEqual([...forward].sort())
  })
})

describe('boto3ToIR', () => {
  const page = `Request Syntax
client.create_job( Input={ 'Tags': [ { 'Key': 'string', 'Value': 'string' }, ], 'Mode': 'A'|'B' }, Tags=[ { 'Key': 'string', 'Value': 'string' }, ] )
Input (dict) --
  Tags (list) --
    (dict) --
      Key (string) -- [REQUIRED]
      Value (string) --
  Mode (string) --
Tags (list) --
  (dict) --
    Key (string) --
    Value (string) -- [REQUIRED]
Response Syntax
{ 'Mode': 'A'|'B', 'Expr': { 'Subs': [ {'... recursive ...'}, ] } }
Response Structure
(dict) --
  Mode (string) --
  Expr (dict) --
    Subs (list) --
      (dict) --
`
  const ir = boto3ToIR(readBoto3Page(page, 'p.txt'))

  it('shares identical structures and enums, and joins their required flags', () => {
    expect(Object.keys(ir.shapes).sort()).toEqual(['CreateJobRequest', 'CreateJobResponse', 'Expr', 'Input', 'Mode', 'Tag'])
    const tag = ir.shapes['Tag']!
    expect(tag.kind === 'structure' && tag.members.map((m) => [m.name, m.required])).toEqual([
      ['Key', true],
      ['Value', true],
    ])
  })

  it('points the recursion marker at its enclosing structure', () => {
    const expr = ir.shapes['Expr']!
    expect(expr.kind === 'structure' && expr.members[0]!.target).toEqual({ kind: 'list', item: { kind: 'ref', name: 'Expr' } })
  })

  it('names the operation and its request and response', () => {
    expect(ir.operations).toMatchObject({ CreateJob: { name: 'CreateJob', input: 'CreateJobRequest', output: 'CreateJobResponse' } })
  })
})

describe('typeName: a member name as the start of an exported identifier', () => {
  const cases: Array<[string, string]> = [
    ['ProcessingInputs', 'ProcessingInputs'],
    ['stateMachineArn', 'StateMachineArn'],
    ['__proto__', 'Proto__'],
    ['a b-c', 'ABC'],
    ['3dModel', 'Shape3dModel'],
    ['S3_Uri', 'S3_Uri'],
  ]
  it.each(cases)('%s -> %s', (given, want) => {
    expect(_.typeName(given)).toBe(want)
  })
})

describe('assignNames compares names without case (a name is also a file name)', () => {
  it('prefixes shapes whose names differ only in case, and avoids reserved names in any case', () => {
    const names = _.assignNames(
      [
        { key: 'k1', wanted: 'Config', parentWanted: 'Job' },
        { key: 'k2', wanted: 'CONFIG', parentWanted: 'Task' },
        { key: 'k3', wanted: 'Date', parentWanted: 'Job' },
      ],
      new Set(['DATE']),
    )
    expect([...names.values()]).toEqual(['JobConfig', 'TaskCONFIG', 'JobDate'])
  })
})
