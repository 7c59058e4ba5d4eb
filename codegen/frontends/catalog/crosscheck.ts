import { type Difference, compareStructures } from '../../ir/compare.js'
import type { IR } from '../../ir/types.js'
import type { CatalogTable } from './table.js'
import { catalogProviderIR, fieldsWithoutProvider } from './to-ir.js'

/**
 * One way a catalog table and the API model disagree: the kinds of {@link Difference} (a provider
 * name the model lacks, a model member the table lacks, incompatible types), and
 * `no-provider-name` for a field that names no API member.
 */
export interface CatalogDifference {
  readonly kind: Difference['kind'] | 'no-provider-name'
  /** `DescribeOptimizationJobResponse: ModelSource.S3` or `aws_sagemaker_optimizationjob: tags` */
  readonly path: string
  readonly detail: string
}

/**
 * Every difference between the provider names and types of `table` and the model's `response`
 * structure. A STRING field may hold an enum (the catalog writes statuses as strings) and an
 * INT32 a model number (the SDK declares every number alike).
 */
export function catalogDifferences(table: CatalogTable, record: string, model: IR, response: string): CatalogDifference[] {
  if (model.shapes[response]?.kind !== 'structure') throw new Error(`the model has no structure ${response}`)
  const differences: CatalogDifference[] = compareStructures(catalogProviderIR(table, record), model, record, response, `${response}:`, {
    stringsCoverEnums: true,
  })
  for (const path of fieldsWithoutProvider(table)) {
    differences.push({ kind: 'no-provider-name', path: `${table.name}: ${path}`, detail: 'the table names no API member for it' })
  }
  return differences
}
