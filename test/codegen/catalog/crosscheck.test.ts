// The catalog table's provider names against the SDK model: every provider name must be a member
// of the described response with a compatible type, and every difference must be one the
// reviewed allow-list explains.
import { describe, expect, it } from 'vitest'
import * as _ from '../../../codegen/frontends/catalog/crosscheck.js'
import { readCatalogTable } from '../../../codegen/frontends/catalog/table.js'
import { modelIR } from '../../../codegen/generate.js'
import { CATALOG_TABLES } from '../../../codegen/overlays/catalog.js'
import { CATALOG_MODEL_DIFFERENCES } from '../../../codegen/overlays/catalog-model-differences.js'
import { readCatalogSource } from '../../../codegen/sources.js'
import { root } from '../../generated/api/boto3-seed.js'

const model = modelIR(root)
const differences = CATALOG_TABLES.flatMap((c) => _.catalogDifferences(readCatalogSource(root, c.table), c.record, model, c.response))
const explains = (d: _.CatalogDifference) => (a: (typeof CATALOG_MODEL_DIFFERENCES)[number]) => a.kind === d.kind && a.path === d.path

describe('catalog tables vs SDK model', () => {
  it('finds every provider name in the model, with a compatible type', () => {
    expect(differences.filter((d) => d.kind === 'member-missing' || d.kind === 'kind-changed')).toEqual([])
  })

  it('every difference is explained by the allow-list', () => {
    expect(differences.filter((d) => !CATALOG_MODEL_DIFFERENCES.some(explains(d)))).toEqual([])
  })

  it('every allow-list entry still matches a difference, with a reason', () => {
    expect(CATALOG_MODEL_DIFFERENCES.filter((a) => !differences.some((d) => explains(d)(a)))).toEqual([])
    for (const a of CATALOG_MODEL_DIFFERENCES) expect(a.reason.length, a.path).toBeGreaterThan(20)
  })

  // Each change to a small table gives the difference it should, and only that one.
  const TABLE = `aws_sagemaker_optimizationjob

optimization_job_name
Type: STRING
Provider name: OptimizationJobName

optimization_job_status
Type: STRING
Provider name: OptimizationJobStatus

stopping_condition
Type: STRUCT
Provider name: StoppingCondition
  • max_runtime_in_seconds
    Type: INT32
    Provider name: MaxRuntimeInSeconds
`
  const found = (text: string): _.CatalogDifference[] =>
    _.catalogDifferences(readCatalogTable(text, 'test.txt'), 'Rec', model, 'DescribeOptimizationJobResponse').filter((d) => d.kind !== 'member-added')

  it.each([
    ['nothing for a table the model agrees with (a STRING may hold an enum, an INT32 a number)', TABLE, []],
    [
      'a provider name the model lacks',
      TABLE.replace('Provider name: MaxRuntimeInSeconds', 'Provider name: MaxRunTimeInSeconds'),
      [{ kind: 'member-missing', path: 'DescribeOptimizationJobResponse: StoppingCondition.MaxRunTimeInSeconds' }],
    ],
    [
      'an incompatible type',
      TABLE.replace('Type: INT32', 'Type: BOOLEAN'),
      [{ kind: 'kind-changed', path: 'DescribeOptimizationJobResponse: StoppingCondition.MaxRuntimeInSeconds' }],
    ],
    [
      'a list where the model has a structure',
      TABLE.replace('Type: STRUCT', 'Type: UNORDERED_LIST_STRUCT'),
      [{ kind: 'kind-changed', path: 'DescribeOptimizationJobResponse: StoppingCondition' }],
    ],
    [
      'a field without a provider name',
      TABLE.replace('Provider name: OptimizationJobName\n', ''),
      [{ kind: 'no-provider-name', path: 'aws_sagemaker_optimizationjob: optimization_job_name' }],
    ],
  ])('finds %s', (_case, text, want) => {
    expect(found(text)).toEqual(want.map((w) => expect.objectContaining(w)))
  })

  it('lists the model members a table leaves out', () => {
    const added = _.catalogDifferences(readCatalogTable(TABLE, 'test.txt'), 'Rec', model, 'DescribeOptimizationJobResponse').filter((d) => d.kind === 'member-added')
    expect(added.map((d) => d.path)).toContain('DescribeOptimizationJobResponse: CreationTime')
    expect(added.map((d) => d.path)).toContain('DescribeOptimizationJobResponse: StoppingCondition.MaxWaitTimeInSeconds')
  })
})
