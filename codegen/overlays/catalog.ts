// What the catalog tables in codegen/sources/catalog do not say: the record's public name, and
// which API response the table describes (the one its provider names are the members of).

export interface CatalogTableConfig {
  /** The table's name, also its source file's (`<table>.txt`). */
  readonly table: string
  /** Public name of the record's codec and type. */
  readonly record: string
  /** The API response structure the fields' provider names belong to, and its operation. */
  readonly response: string
  readonly operation: string
}

export const CATALOG_TABLES: readonly CatalogTableConfig[] = [
  {
    table: 'aws_sagemaker_optimizationjob',
    record: 'OptimizationJobRecord',
    response: 'DescribeOptimizationJobResponse',
    operation: 'DescribeOptimizationJob',
  },
]
