import { describe, expect, it } from 'vitest'
import { CreateProcessingJobRequest } from '../../generated/api/index.js'
import { decodeSageMakerEvent } from '../../generated/events/index.js'
import * as _ from '../../src/index.js'

const valid = {
  ProcessingJobName: 'job',
  RoleArn: 'arn:aws:iam::123456789012:role/R',
  AppSpecification: { ImageUri: 'image' },
  ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 10 } },
  ProcessingInputs: [{ InputName: 'in', S3Input: { S3Uri: 's3://b/k', LocalPath: '/opt', S3DataType: 'S3Prefix', S3InputMode: 'File' } }],
}
const issuesOf = (input: unknown): _.Issue[] => {
  const result = _.safeDecode(CreateProcessingJobRequest, input)
  return result.success ? [] : result.issues
}

describe('issues', () => {
  it('suggest the member a misspelled key meant, by edit distance', () => {
    const { ProcessingJobName, ...rest } = valid
    expect(issuesOf({ ...rest, ProcessingJobNmae: ProcessingJobName })).toEqual([
      expect.objectContaining({ path: ['ProcessingJobNmae'], code: 'unrecognized_key', suggestion: 'ProcessingJobName', received: '"job"' }),
      expect.objectContaining({ path: ['ProcessingJobName'], code: 'missing_required' }),
    ])
  })

  it('suggest the enum value meant: first ignoring case, then by edit distance', () => {
    const withInput = (S3DataDistributionType: string) => ({
      ...valid,
      ProcessingInputs: [{ InputName: 'in', S3Input: { ...valid.ProcessingInputs[0]!.S3Input, S3DataDistributionType } }],
    })
    expect(issuesOf(withInput('FULLYREPLICATED'))).toEqual([
      expect.objectContaining({ path: ['ProcessingInputs', 0, 'S3Input', 'S3DataDistributionType'], suggestion: 'FullyReplicated', expected: '"FullyReplicated" | "ShardedByS3Key"' }),
    ])
    const instance = issuesOf({ ...valid, ProcessingResources: { ClusterConfig: { ...valid.ProcessingResources.ClusterConfig, InstanceType: 'ml.m5.larg' } } })
    expect(instance).toEqual([expect.objectContaining({ code: 'invalid_enum_value', suggestion: 'ml.m5.large', received: '"ml.m5.larg"' })])
    expect(instance[0]!.expected).toMatch(/^("ml\.[a-z0-9.]+" \| ){6}\.\.\. \d+ more$/)
  })

  it('offer no suggestion when nothing is close', () => {
    expect(issuesOf({ ...valid, Zebra: 1 })[0]).not.toHaveProperty('suggestion')
  })

  it('say what was expected and received, shortened', () => {
    expect(issuesOf({ ...valid, ProcessingJobName: 42 })[0]).toMatchObject({ path: ['ProcessingJobName'], expected: 'string', received: '42' })
    const [long] = issuesOf({ ...valid, ProcessingResources: { ClusterConfig: { ...valid.ProcessingResources.ClusterConfig, InstanceCount: 'x'.repeat(10_000) } } })
    expect(long).toMatchObject({ path: ['ProcessingResources', 'ClusterConfig', 'InstanceCount'], expected: 'integer' })
    expect(long!.received).toMatch(/^"x+\.\.\."$/)
    expect(long!.received!.length).toBeLessThan(70)
    expect(long!.message.length).toBeLessThan(120)
  })
})

describe('formatIssues', () => {
  it('prints one readable line per issue', () => {
    const { ProcessingJobName, ...rest } = valid
    const text = _.formatIssues(issuesOf({ ...rest, ProcessingJobNmae: ProcessingJobName, ProcessingInputs: [{ InputName: 'in', S3Input: 'oops' }] }))
    expect(text.split('\n')).toEqual([
      'ProcessingInputs[0].S3Input: expected an object (ProcessingS3Input), received "oops"',
      'ProcessingJobNmae: unknown member "ProcessingJobNmae" (did you mean "ProcessingJobName"?)',
      'ProcessingJobName: missing required member "ProcessingJobName"',
    ])
  })

  it('quotes keys that are not identifiers', () => {
    expect(_.formatPath(['detail', 'replay-name', 0])).toBe('detail["replay-name"][0]')
    expect(_.formatPath([])).toBe('(root)')
  })

  it('stays bounded for huge inputs: a cap on issues, a count of the rest, short values', () => {
    const tags = Array.from({ length: 5_000 }, () => ({ Key: 'k'.repeat(5_000) }))
    const issues = issuesOf({ ...valid, Tags: tags })
    // Decoding stops at MAX_ISSUES, with a last issue that says so; the first ones stay real.
    expect(issues).toHaveLength(_.MAX_ISSUES + 1)
    // Too many tags (the model allows 50), then each tag's key too long and its value missing.
    expect(issues.slice(0, 4).map((i) => [i.path, i.code])).toEqual([
      [['Tags'], 'too_big'],
      [['Tags', 0, 'Key'], 'too_big'],
      [['Tags', 0, 'Value'], 'missing_required'],
      [['Tags', 1, 'Key'], 'too_big'],
    ])
    expect(issues.at(-1)).toMatchObject({ path: [], code: 'too_many_issues' })
    const text = _.formatIssues(issues)
    expect(text.split('\n')).toHaveLength(21)
    expect(text).toMatch(/\.\.\. and 981 more issues$/)
    expect(text.length).toBeLessThan(5_000)
  })
})

describe('decodeOrThrow', () => {
  it('returns the data, or throws a DecodeError carrying the issues with a log-friendly message', () => {
    expect(_.decodeOrThrow(CreateProcessingJobRequest, valid)).toEqual(valid)
    let error: unknown
    try {
      _.decodeOrThrow(CreateProcessingJobRequest, { ...valid, RoleArn: 7 })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(_.DecodeError)
    expect((error as _.DecodeError).issues).toEqual([expect.objectContaining({ path: ['RoleArn'] })])
    expect((error as Error).message).toBe('CreateProcessingJobRequest: 1 issue\n  RoleArn: expected string, received 7')
  })

  it('works for events too', () => {
    const result = decodeSageMakerEvent({ source: 'aws.sagemaker', 'detail-type': 'SageMaker Training Job State Change' })
    expect(result.success ? '' : _.formatIssues(result.issues)).toContain('detail: missing required member "detail"')
  })
})
