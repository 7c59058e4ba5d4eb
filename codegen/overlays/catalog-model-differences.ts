// Reviewed differences between the resource-catalog tables (codegen/sources/catalog) and the SDK
// model's response structures. Each line is one difference and why it is there; the cross-check
// test fails on any difference not listed here and on any entry that no longer matches one. The
// record mappings carry every field listed here under its own name, so none is lost.
import type { CatalogDifference } from '../frontends/catalog/crosscheck.js'

export interface AllowedCatalogDifference {
  readonly kind: CatalogDifference['kind']
  readonly path: string
  readonly reason: string
}

const NEWER_THAN_TABLE = 'Added to the API after the catalog table was written'
const JOB = 'DescribeOptimizationJobResponse:'

export const CATALOG_MODEL_DIFFERENCES: readonly AllowedCatalogDifference[] = [
  {
    kind: 'no-provider-name',
    path: 'aws_sagemaker_optimizationjob: account_id',
    reason: 'The catalog records the account that owns the resource; the API response names it only inside OptimizationJobArn',
  },
  {
    kind: 'no-provider-name',
    path: 'aws_sagemaker_optimizationjob: tags',
    reason: "The catalog's own tags, as strings; DescribeOptimizationJob returns no tags (ListTags does, as Key/Value structures)",
  },
  { kind: 'member-added', path: `${JOB} MaxInstanceCount`, reason: `${NEWER_THAN_TABLE}: optimization on more than one instance` },
  { kind: 'member-added', path: `${JOB} TrainingPlanArns`, reason: `${NEWER_THAN_TABLE}: optimization jobs on training-plan capacity` },
  { kind: 'member-added', path: `${JOB} ModelSource.SageMakerModel`, reason: `${NEWER_THAN_TABLE}: a SageMaker model (by name) as the source instead of S3 artifacts` },
  { kind: 'member-added', path: `${JOB} OutputConfig.SageMakerModel`, reason: `${NEWER_THAN_TABLE}: the optimized model registered as a SageMaker model` },
  {
    kind: 'member-added',
    path: `${JOB} OptimizationConfigs[].ModelSpeculativeDecodingConfig`,
    reason: `${NEWER_THAN_TABLE}: speculative decoding (EAGLE) as a fourth optimization technique`,
  },
]
