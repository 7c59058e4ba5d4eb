import type * as t from 'io-ts'
import { expectTypeOf } from 'vitest'
import type { DescribeOptimizationJobResponse } from 'sagemaker-shapes/api'
import {
  type CatalogResult,
  OptimizationJobRecord,
  optimizationJobRecordFromApi,
  optimizationJobRecordToApi,
} from 'sagemaker-shapes/catalog'
import type { Encoded } from 'sagemaker-shapes'

// The record codec is an io-ts type with its interface: every field optional, timestamps Dates
// (text on the wire), INT32 numbers, MAP_STRING_STRING a record of strings.
expectTypeOf(OptimizationJobRecord).toExtend<t.Type<OptimizationJobRecord, Encoded<OptimizationJobRecord>, unknown>>()
expectTypeOf<OptimizationJobRecord['creation_time']>().toEqualTypeOf<Date | undefined>()
expectTypeOf<Encoded<OptimizationJobRecord>['creation_time']>().toEqualTypeOf<string | undefined>()
expectTypeOf<NonNullable<OptimizationJobRecord['stopping_condition']>['max_runtime_in_seconds']>().toEqualTypeOf<number | undefined>()
expectTypeOf<OptimizationJobRecord['optimization_environment']>().toEqualTypeOf<Record<string, string> | undefined>()
expectTypeOf<OptimizationJobRecord['tags']>().toEqualTypeOf<string[] | undefined>()

// The mappings give the other side's decoded type.
expectTypeOf(optimizationJobRecordToApi).returns.toEqualTypeOf<CatalogResult<DescribeOptimizationJobResponse>>()
expectTypeOf(optimizationJobRecordFromApi).returns.toEqualTypeOf<CatalogResult<OptimizationJobRecord>>()
const result = optimizationJobRecordToApi({})
if (result.success) expectTypeOf(result.data.CreationTime).toEqualTypeOf<Date>()
