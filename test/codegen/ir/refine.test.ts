import { describe, expect, it } from 'vitest'
import * as _ from '../../../codegen/ir/refine.js'
import type { IR, Member, TypeRef } from '../../../codegen/ir/types.js'

const member = (name: string, target: TypeRef): Member => ({ name, target, required: false })
const ir = (members: Member[], extra: IR['shapes'] = {}): IR => ({
  source: 'test',
  operations: {},
  shapes: { Job: { kind: 'structure', name: 'Job', members }, ...extra },
})

describe('refineWithModel', () => {
  const sdk = ir(
    [
      member('Count', { kind: 'number' }),
      member('Ratio', { kind: 'number' }),
      member('Name', { kind: 'string' }),
      member('Sizes', { kind: 'list', item: { kind: 'number' } }),
      member('Tags', { kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } }),
      member('Frequency', { kind: 'ref', name: 'Frequency' }),
      member('Newer', { kind: 'number' }),
    ],
    { Frequency: { kind: 'enum', name: 'Frequency', values: [10, 30], valueType: 'integer' } },
  )
  const botocore = ir([
    member('Count', { kind: 'integer', constraints: { min: 1, max: 100 } }),
    member('Ratio', { kind: 'number', constraints: { min: 0.5 } }),
    member('Name', { kind: 'string', constraints: { min: 1, max: 63, pattern: '^[a-z]+$' } }),
    member('Sizes', { kind: 'list', item: { kind: 'integer', constraints: { min: 0 } }, constraints: { max: 3 } }),
    member('Tags', { kind: 'map', key: { kind: 'string', constraints: { min: 1 } }, value: { kind: 'string' }, constraints: { max: 50 } }),
    member('Frequency', { kind: 'integer' }),
  ])
  const refined = _.refineWithModel(sdk, botocore, 'refined')
  const targets = Object.fromEntries((refined.ir.shapes['Job'] as { members: readonly Member[] }).members.map((m) => [m.name, m.target]))

  it.each<[string, { given: string; want: TypeRef }]>([
    ['an integer where the SDK says number, with its range', { given: 'Count', want: { kind: 'integer', constraints: { min: 1, max: 100 } } }],
    ['a float stays a number, with its range', { given: 'Ratio', want: { kind: 'number', constraints: { min: 0.5 } } }],
    ['a string takes length and pattern', { given: 'Name', want: { kind: 'string', constraints: { min: 1, max: 63, pattern: '^[a-z]+$' } } }],
    ['a list takes its size and its items their kind', { given: 'Sizes', want: { kind: 'list', item: { kind: 'integer', constraints: { min: 0 } }, constraints: { max: 3 } } }],
    ['a map takes its size and its keys their length', { given: 'Tags', want: { kind: 'map', key: { kind: 'string', constraints: { min: 1 } }, value: { kind: 'string' }, constraints: { max: 50 } } }],
    ["the SDK's enum stays where botocore says integer", { given: 'Frequency', want: { kind: 'ref', name: 'Frequency' } }],
    ['a member botocore lacks stays as it was', { given: 'Newer', want: { kind: 'number' } }],
  ])('%s', (_name, { given, want }) => {
    expect(targets[given]).toEqual(want)
  })

  it('counts what it matched and lists what it did not', () => {
    expect(refined.matched).toBe(6)
    expect(refined.unmatched).toEqual(['Job.Newer'])
    expect(refined.ir.source).toBe('test; refined')
  })

  it('leaves its inputs alone', () => {
    expect((sdk.shapes['Job'] as { members: readonly Member[] }).members[0]!.target).toEqual({ kind: 'number' })
  })
})
