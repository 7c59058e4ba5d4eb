import { describe, expect, it } from 'vitest'
import { isRecursive, reachable, stronglyConnected } from '../../../codegen/ir/graph.js'
import { type IR, type Shape, type TypeRef, renameRefs } from '../../../codegen/ir/types.js'
import * as _ from '../../../codegen/ir/validate.js'

const ir = (shapes: Shape[], operations: IR['operations'] = {}): IR => ({
  source: 'test',
  shapes: Object.fromEntries(shapes.map((s) => [s.name, s])),
  operations,
})
const struct = (name: string, ...refs: string[]): Shape => ({
  kind: 'structure',
  name,
  members: refs.map((r, i) => ({ name: `M${i}`, target: { kind: 'ref', name: r }, required: false })),
})

const withMember = (target: TypeRef): IR => ir([{ kind: 'structure', name: 'A', members: [{ name: 'X', target, required: false }] }])

describe('validateIR', () => {
  const cases: Array<[string, { given: IR; want: string[] }]> = [
    ['a sound IR', { given: ir([struct('A', 'B'), struct('B')], { Op: { name: 'Op', input: 'A' } }), want: [] }],
    ['an unresolved reference', { given: ir([struct('A', 'Missing')]), want: ['A.M0: refers to unknown shape Missing'] }],
    ['names differing only in case', { given: ir([struct('Tag'), struct('TAG')]), want: ['shape TAG: differs from Tag only in case'] }],
    ['a name that is no identifier', { given: ir([struct('lower')]), want: ['shape lower: not a usable exported name'] }],
    ['a reserved name', { given: ir([struct('Date')]), want: ['shape Date: not a usable exported name'] }],
    [
      'a repeated member',
      {
        given: ir([{ kind: 'structure', name: 'A', members: [1, 2].map(() => ({ name: 'X', target: { kind: 'string' }, required: false })) }]),
        want: ['A.X: member appears twice'],
      },
    ],
    ['a repeated enum value', { given: ir([{ kind: 'enum', name: 'E', values: ['a', 'a'] }]), want: ['enum E: repeats a value'] }],
    ['an operation on a non-structure', { given: ir([{ kind: 'enum', name: 'E', values: ['a'] }], { Op: { name: 'Op', input: 'E' } }), want: ['operation Op: input E is not a structure'] }],
    [
      'a record of a missing shape',
      { given: { ...ir([struct('A')]), records: { R: { name: 'R', shape: 'Missing' } } }, want: ['record R: Missing is not a structure'] },
    ],
    [
      'usable constraints',
      {
        given: withMember({ kind: 'list', item: { kind: 'string', constraints: { min: 1, max: 2, pattern: '^[a-z\\-]+$' } }, constraints: { min: 0, max: 5 } }),
        want: [],
      },
    ],
    ['a range upside down', { given: withMember({ kind: 'integer', constraints: { min: 5, max: 1 } }), want: ['A.X: min 5 is above max 1'] }],
    ['a negative number range is fine', { given: withMember({ kind: 'number', constraints: { min: -1.5, max: 0.25 } }), want: [] }],
    ['a negative length', { given: withMember({ kind: 'string', constraints: { min: -1 } }), want: ['A.X: min -1 is not a count'] }],
    ['a fractional size', { given: withMember({ kind: 'list', item: { kind: 'string' }, constraints: { max: 1.5 } }), want: ['A.X: max 1.5 is not a count'] }],
    [
      'a pattern Unicode mode rejects, on a map key',
      {
        given: withMember({ kind: 'map', key: { kind: 'string', constraints: { pattern: '[a-z\\_]+' } }, value: { kind: 'string' } }),
        want: ['A.X{key}: pattern "[a-z\\\\_]+" does not compile: Invalid regular expression: /[a-z\\_]+/u: Invalid escape'],
      },
    ],
    ['a pattern on a number', { given: withMember({ kind: 'integer', constraints: { pattern: '1' } }), want: ['A.X: a pattern on a integer'] }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(_.validateIR(given).sort()).toEqual(want.sort())
  })

  it('assertValidIR throws with every problem listed', () => {
    expect(() => _.assertValidIR(ir([struct('A', 'X', 'Y')]))).toThrow(/unknown shape X\n {2}A\.M1: refers to unknown shape Y/)
  })
})

describe('graph', () => {
  const g = ir([struct('A', 'B'), struct('B', 'C'), struct('C', 'B'), struct('D', 'D'), struct('E')])
  it('groups recursion into components, dependencies first', () => {
    const components = stronglyConnected(g)
    expect(components).toEqual([['B', 'C'], ['A'], ['D'], ['E']])
    expect(components.filter((c) => isRecursive(g, c))).toEqual([['B', 'C'], ['D']])
  })
  it('finds what a shape reaches', () => {
    expect([...reachable(g, ['A'])].sort()).toEqual(['A', 'B', 'C'])
  })
})

describe('renameRefs', () => {
  it('renames inside lists and maps and keeps their constraints', () => {
    const given: TypeRef = {
      kind: 'map',
      key: { kind: 'string', constraints: { min: 1 } },
      value: { kind: 'list', item: { kind: 'ref', name: '_InstanceType' }, constraints: { max: 3 } },
      constraints: { max: 50 },
    }
    expect(renameRefs(given, (n) => n.replace(/^_/, ''))).toEqual({
      kind: 'map',
      key: { kind: 'string', constraints: { min: 1 } },
      value: { kind: 'list', item: { kind: 'ref', name: 'InstanceType' }, constraints: { max: 3 } },
      constraints: { max: 50 },
    })
  })
})
