// The seed's 2020 boto3 syntax against the current SDK model: every member, kind, required
// flag and enum value the seed shows must be in the model, and every difference must be one
// that the reviewed allow-list explains.
import { describe, expect, it } from 'vitest'
import { boto3ToIR } from '../../../codegen/frontends/boto3/to-ir.js'
import { modelIR } from '../../../codegen/generate.js'
import { type Difference, compareOperations } from '../../../codegen/ir/compare.js'
import { SEED_MODEL_DIFFERENCES } from '../../../codegen/overlays/seed-model-differences.js'
import { readBoto3Sources } from '../../../codegen/sources.js'
import { root } from '../../generated/api/boto3-seed.js'

const seed = boto3ToIR(readBoto3Sources(root))
const model = modelIR(root)
const differences = compareOperations(seed, model, Object.keys(seed.operations))

const explains = (difference: Difference) => (allowed: (typeof SEED_MODEL_DIFFERENCES)[number]) =>
  allowed.kind === difference.kind &&
  allowed.path === difference.path &&
  (allowed.values === undefined || allowed.values === '*' || (difference.values ?? []).every((v) => (allowed.values as readonly unknown[]).includes(v)))

describe('seed syntax vs SDK model', () => {
  it('covers the six seed operations', () => {
    expect(Object.keys(seed.operations).sort()).toEqual([
      'CreateMonitoringSchedule',
      'CreateProcessingJob',
      'DescribeMonitoringSchedule',
      'DescribeProcessingJob',
      'Search',
      'UpdateMonitoringSchedule',
    ])
  })

  it('finds nothing of the seed missing from the model', () => {
    expect(differences.filter((d) => d.kind === 'member-missing' || d.kind === 'enum-value-missing' || d.kind === 'kind-changed')).toEqual([])
  })

  it('every difference is explained by the allow-list', () => {
    expect(differences.filter((d) => !SEED_MODEL_DIFFERENCES.some(explains(d)))).toEqual([])
  })

  it('every allow-list entry still matches a difference, with a reason', () => {
    const unused = SEED_MODEL_DIFFERENCES.filter((a) => !differences.some((d) => explains(d)(a)))
    expect(unused).toEqual([])
    for (const a of SEED_MODEL_DIFFERENCES) expect(a.reason.length, a.path).toBeGreaterThan(10)
  })

  it('would catch a seed member the model lacks', () => {
    const changed = structuredClone(seed) as { shapes: Record<string, { members?: Array<{ name: string }> }> }
    changed.shapes['CreateProcessingJobRequest']!.members!.push({ name: 'Invented', target: { kind: 'string' }, required: false } as never)
    const found = compareOperations(changed as never, model, ['CreateProcessingJob'])
    expect(found).toContainEqual(expect.objectContaining({ kind: 'member-missing', path: 'CreateProcessingJob request: Invented' }))
  })
})
