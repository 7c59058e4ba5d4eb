import { describe, expect, it } from 'vitest'
import {
  CreateModelRequest,
  CreateModelRequestLenient,
  CreateProcessingJobRequest,
  CreateProcessingJobRequestLenient,
  DescribeProcessingJobResponse,
  DescribeProcessingJobResponseStrict,
  ProcessingInput,
  ProcessingInputLenient,
} from '../../../generated/api/index.js'
import { safeDecode } from '../../../src/index.js'

const request = {
  ProcessingJobName: 'job',
  RoleArn: 'arn:aws:iam::123456789012:role/R',
  AppSpecification: { ImageUri: 'image' },
  ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 10 } },
}
const response = {
  ...request,
  ProcessingJobArn: 'arn:aws:sagemaker:us-east-1:123456789012:processing-job/job',
  ProcessingJobStatus: 'Completed',
  CreationTime: 1592411992.203,
}

describe('strict or lenient on demand', () => {
  it('a response decoded strictly reports an unknown key and an unknown enum value', () => {
    const given = { ...response, AddedNextYear: true, ProcessingJobStatus: 'Archived' }
    expect(safeDecode(DescribeProcessingJobResponse, given).success).toBe(true)
    const strict = safeDecode(DescribeProcessingJobResponseStrict, given)
    expect(strict.success ? [] : strict.issues.map((i) => [i.path, i.code])).toEqual([
      [['ProcessingJobStatus'], 'invalid_enum_value'],
      [['AddedNextYear'], 'unrecognized_key'],
    ])
  })

  it('a request decoded leniently accepts and keeps an unknown key', () => {
    const given = { ...request, NotYetInThisVersion: { x: 1 } }
    expect(safeDecode(CreateProcessingJobRequest, given).success).toBe(false)
    expect(safeDecode(CreateProcessingJobRequestLenient, given)).toEqual({ success: true, data: given })
  })

  it('nested shapes have both variants too', () => {
    const input = { InputName: 'in', S3Input: { S3Uri: 's3://b', LocalPath: '/opt', S3DataType: 'S3Prefix', S3InputMode: 'Stream' } }
    expect(safeDecode(ProcessingInput, input).success).toBe(false)
    expect(safeDecode(ProcessingInputLenient, input).success).toBe(true)
  })

  it('aliases exist for both variants (CreateModelRequest is the model\'s CreateModelInput)', () => {
    const model = { ModelName: 'm', ExecutionRoleArn: 'arn:aws:iam::123456789012:role/R', Extra: 1 }
    expect(safeDecode(CreateModelRequest, model).success).toBe(false)
    expect(safeDecode(CreateModelRequestLenient, model).success).toBe(true)
  })
})
