import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CreateProcessingJobRequest, DescribeProcessingJobResponse } from '../../../generated/api/index.js'
import { safeDecode } from '../../../src/index.js'

const fixture = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'))

describe('real payloads', () => {
  it('decodes the Step Functions CreateProcessingJob task Parameters (with its .$ key made literal)', () => {
    const parameters = fixture('api/CreateProcessingJob/sfn-task-parameters.json')
    const result = safeDecode(CreateProcessingJobRequest, parameters)
    expect(result).toEqual({ success: true, data: parameters })
  })

  it('the state machine itself carries the .$ key, which a strict request rejects by name', () => {
    const machine = fixture('sfn/create-processing-job.asl.json') as { States: Record<string, { Parameters?: unknown }> }
    const result = safeDecode(CreateProcessingJobRequest, machine.States['SageMaker CreateProcessingJob Sync']!.Parameters)
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      [['ProcessingJobName.$'], 'unrecognized_key'],
      [['ProcessingJobName'], 'missing_required'],
    ])
  })
})

describe('shapes shared by requests and responses', () => {
  // A describe response is the create request plus what SageMaker adds.
  const response = {
    ...(fixture('api/CreateProcessingJob/sfn-task-parameters.json') as object),
    ProcessingJobArn: 'arn:aws:sagemaker:sa-east-1:123456789012:processing-job/sm-003-processing-job',
    ProcessingJobStatus: 'InProgress',
    CreationTime: 1592411992.203,
  }

  it('a response decodes leniently: unknown enum values and keys are kept', () => {
    const result = safeDecode(DescribeProcessingJobResponse, { ...response, ProcessingJobStatus: 'Paused', Extra: 1 })
    expect(result).toMatchObject({ success: true, data: { ProcessingJobStatus: 'Paused', Extra: 1, CreationTime: new Date(1592411992203) } })
  })

  it('a response enforces the required members of the shapes it shares with requests', () => {
    const result = safeDecode(DescribeProcessingJobResponse, {
      ...response,
      ProcessingInputs: [{ S3Input: { S3Uri: 's3://b/k', LocalPath: '/opt', S3DataType: 'S3Prefix', S3InputMode: 'Fast' } }],
    })
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({ path: ['ProcessingInputs', 0, 'InputName'], code: 'missing_required' }),
    ])
  })
})
