import type { StandardSchemaV1 } from '@standard-schema/spec'
import type * as t from 'io-ts'
import { expectTypeOf } from 'vitest'
import {
  type ProcessingInstanceType,
  CreateProcessingJobRequest,
  DescribeProcessingJobResponse,
  type ProcessingInput,
  type ProcessingInputLenient,
} from '../../generated/api/index.js'
import type { Encoded, SafeDecodeResult } from '../../src/index.js'
import { safeDecode } from '../../src/index.js'

// Codecs are t.Type<A, O, unknown> with their explicit interfaces, and Standard Schemas.
expectTypeOf(CreateProcessingJobRequest).toExtend<t.Type<CreateProcessingJobRequest, Encoded<CreateProcessingJobRequest>, unknown>>()
expectTypeOf<StandardSchemaV1.InferOutput<typeof CreateProcessingJobRequest>>().toEqualTypeOf<CreateProcessingJobRequest>()
expectTypeOf<StandardSchemaV1.InferInput<typeof CreateProcessingJobRequest>>().toEqualTypeOf<Encoded<CreateProcessingJobRequest>>()
expectTypeOf(safeDecode(CreateProcessingJobRequest, {})).toEqualTypeOf<SafeDecodeResult<CreateProcessingJobRequest>>()

// Requests: required members are required, enums closed.
expectTypeOf<CreateProcessingJobRequest['ProcessingJobName']>().toEqualTypeOf<string>()
expectTypeOf<ProcessingInstanceType>().toExtend<string>()
expectTypeOf<'ml.g5.xlarge'>().toExtend<ProcessingInstanceType>()
expectTypeOf<'ml.m5.larg'>().not.toExtend<ProcessingInstanceType>()
expectTypeOf<NonNullable<ProcessingInput['S3Input']>['S3InputMode']>().toEqualTypeOf<'Pipe' | 'File' | undefined>()

// Responses: enums open, timestamps are Dates, and their wire form is text.
expectTypeOf<'Anything'>().toExtend<NonNullable<DescribeProcessingJobResponse['ProcessingJobStatus']>>()
expectTypeOf<NonNullable<ProcessingInputLenient['S3Input']>['S3InputMode']>().toExtend<string | undefined>()
expectTypeOf<'Stream'>().toExtend<NonNullable<ProcessingInputLenient['S3Input']>['S3InputMode']>()
expectTypeOf<DescribeProcessingJobResponse['CreationTime']>().toEqualTypeOf<Date>()
expectTypeOf<DescribeProcessingJobResponse['ProcessingEndTime']>().toEqualTypeOf<Date | undefined>()
expectTypeOf<Encoded<DescribeProcessingJobResponse>['CreationTime']>().toEqualTypeOf<string>()
expectTypeOf(DescribeProcessingJobResponse.encode).returns.toEqualTypeOf<Encoded<DescribeProcessingJobResponse>>()

// A strict value is a lenient value.
expectTypeOf<ProcessingInput>().toExtend<ProcessingInputLenient>()
