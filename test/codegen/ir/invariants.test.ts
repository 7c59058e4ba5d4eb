import { describe, expect, it } from 'vitest'
import { isRecursive, reachable, stronglyConnected } from '../../../codegen/ir/graph.js'
import type { IR, Shape } from '../../../codegen/ir/types.js'
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
