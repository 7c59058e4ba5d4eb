import type * as t from 'io-ts'
import { expectTypeOf } from 'vitest'
import {
  type ClusterConfigInstanceType,
  CreateProcessingJobRequest,
  DescribeProcessingJobResponse,
  type ProcessingInput,
  type ProcessingInputLenient,
} from '../../generated/api/index.js'
import type { Encoded, SafeDecodeResult } from '../../src/index.js'
import { safeDecode } from '../../src/index.js'

// Codecs are t.Type<A, O, unknown> with their explicit interfaces.
expectTypeOf(CreateProcessingJobRequest).toEqualTypeOf<
  t.Type<CreateProcessingJobRequest, Encoded<CreateProcessingJobRequest>, unknown>
>()
expectTypeOf(safeDecode(CreateProcessingJobRequest, {})).toEqualTypeOf<SafeDecodeResult<CreateProcessingJobRequest>>()

// Requests: required members are required, enums closed.
expectTypeOf<CreateProcessingJobRequest['ProcessingJobName']>().toEqualTypeOf<string>()
expectTypeOf<ClusterConfigInstanceType>().toExtend<string>()
expectTypeOf<'ml.t3.medium'>().toExtend<ClusterConfigInstanceType>()
expectTypeOf<'ml.g5.xlarge'>().not.toExtend<ClusterConfigInstanceType>()
expectTypeOf<ProcessingInput['S3Input']['S3InputMode']>().toEqualTypeOf<'Pipe' | 'File'>()

// Responses: enums open, timestamps are Dates, and their wire form is text.
expectTypeOf<'Anything'>().toExtend<NonNullable<DescribeProcessingJobResponse['ProcessingJobStatus']>>()
expectTypeOf<ProcessingInputLenient['S3Input']['S3InputMode']>().toExtend<string>()
expectTypeOf<'Stream'>().toExtend<ProcessingInputLenient['S3Input']['S3InputMode']>()
expectTypeOf<DescribeProcessingJobResponse['CreationTime']>().toEqualTypeOf<Date | undefined>()
expectTypeOf<Encoded<DescribeProcessingJobResponse>['CreationTime']>().toEqualTypeOf<string | undefined>()
expectTypeOf(DescribeProcessingJobResponse.encode).returns.toEqualTypeOf<Encoded<DescribeProcessingJobResponse>>()

// A strict value is a lenient value.
expectTypeOf<ProcessingInput>().toExtend<ProcessingInputLenient>()
