// The three sources of the API model against each other: the seed's 2020 boto3 syntax, the SDK's
// declarations (what the published types must stay assignable to) and botocore's model. Every
// member, kind, required flag, enum value and operation the older source shows must be in the
// newer one, and every difference must be one that a reviewed allow-list explains, no more.
import { describe, expect, it } from 'vitest'
import { boto3ToIR } from '../../../codegen/frontends/boto3/to-ir.js'
import { botocoreIR, modelIR } from '../../../codegen/generate.js'
import { type Difference, compareOperationNames, compareOperations, reviewDifferences } from '../../../codegen/ir/compare.js'
import { BOTOCORE_MODEL_DIFFERENCES } from '../../../codegen/overlays/botocore-model-differences.js'
import { SEED_MODEL_DIFFERENCES } from '../../../codegen/overlays/seed-model-differences.js'
import { readBoto3Sources } from '../../../codegen/sources.js'
import { root } from '../../generated/api/boto3-seed.js'

const seed = boto3ToIR(readBoto3Sources(root))
const sdk = modelIR(root)
const botocore = botocoreIR(root)
const seedOperations = Object.keys(seed.operations)
const shared = Object.keys(botocore.operations).filter((name) => sdk.operations[name] !== undefined)

// What the older source shows and the newer lacks, or shows otherwise.
const LOST: ReadonlySet<Difference['kind']> = new Set(['member-missing', 'enum-value-missing', 'kind-changed', 'operation-missing'])

const pairs = [
  {
    name: 'seed syntax vs SDK model',
    differences: compareOperations(seed, sdk, seedOperations),
    allowed: SEED_MODEL_DIFFERENCES.filter((a) => a.only !== 'botocore'),
    lostAllowed: 0,
  },
  {
    name: 'seed syntax vs botocore model',
    // botocore knows integers from floats, as the seed does: a disagreement is a difference.
    differences: compareOperations(seed, botocore, seedOperations, { modelKnowsIntegers: true }),
    allowed: SEED_MODEL_DIFFERENCES.filter((a) => a.only !== 'sdk'),
    lostAllowed: 0,
  },
  {
    name: 'botocore model vs SDK model',
    differences: [...compareOperationNames(botocore, sdk), ...compareOperations(botocore, sdk, shared, { referenceKnowsUnions: true })],
    allowed: BOTOCORE_MODEL_DIFFERENCES,
    // The SDK's intEnum where botocore says integer, its union where botocore has a structure
    // (reviewed in the allow-list).
    lostAllowed: 8,
  },
]

describe.each(pairs)('$name', ({ differences, allowed, lostAllowed }) => {
  const review = reviewDifferences(differences, allowed)

  it('finds nothing of the older source lost in the newer, beyond the reviewed', () => {
    expect(differences.filter((d) => LOST.has(d.kind))).toHaveLength(lostAllowed)
  })

  it('every difference is explained by the allow-list', () => {
    expect(review.unexplained).toEqual([])
  })

  it('every allow-list entry still matches a difference, with a reason', () => {
    expect(review.stale).toEqual([])
    for (const a of allowed) expect(a.reason.length, a.path).toBeGreaterThan(10)
  })
})

describe('the comparison', () => {
  it('covers the six seed operations and every operation of both models', () => {
    expect(seedOperations.sort()).toEqual([
      'CreateMonitoringSchedule',
      'CreateProcessingJob',
      'DescribeMonitoringSchedule',
      'DescribeProcessingJob',
      'Search',
      'UpdateMonitoringSchedule',
    ])
    expect(shared).toHaveLength(Object.keys(botocore.operations).length)
  })

  it('would catch a seed member the model lacks', () => {
    const changed = structuredClone(seed) as { shapes: Record<string, { members?: Array<{ name: string }> }> }
    changed.shapes['CreateProcessingJobRequest']!.members!.push({ name: 'Invented', target: { kind: 'string' }, required: false } as never)
    const found = compareOperations(changed as never, sdk, ['CreateProcessingJob'])
    expect(found).toContainEqual(expect.objectContaining({ kind: 'member-missing', path: 'CreateProcessingJob request: Invented' }))
  })

  it('tells integers from floats only where the model knows them', () => {
    const changed = structuredClone(botocore) as { shapes: Record<string, { members?: Array<{ name: string; target: { kind: string } }> }> }
    const stopping = changed.shapes['StoppingCondition']!.members!.find((m) => m.name === 'MaxRuntimeInSeconds')!
    stopping.target = { kind: 'number' }
    const path = 'CreateTrainingJob request: StoppingCondition.MaxRuntimeInSeconds'
    const asModel = compareOperations(botocore, changed as never, ['CreateTrainingJob'], { modelKnowsIntegers: true })
    expect(asModel).toContainEqual({ kind: 'kind-changed', path, detail: 'integer in the reference, number in the model' })
    expect(compareOperations(botocore, changed as never, ['CreateTrainingJob']).filter((d) => d.path === path)).toEqual([])
  })

  it('lists the operations only one side has', () => {
    const fewer = { ...sdk, operations: Object.fromEntries(Object.entries(sdk.operations).filter(([name]) => name !== 'CreateModel')) }
    expect(compareOperationNames(botocore, fewer)).toContainEqual({ kind: 'operation-missing', path: 'CreateModel', detail: 'not in the model' })
  })
})
