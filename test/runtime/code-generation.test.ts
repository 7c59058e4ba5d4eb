// The suite runs twice (vitest.config.ts): as usual, and once more where code generation from
// strings is not allowed. Each run must really be what it claims.
import { describe, expect, it } from 'vitest'
import { CreateProcessingJobRequest } from '../../generated/api/CreateProcessingJob.js'
import * as _ from '../../src/primitives/jit.js'

const disallowed = process.execArgv.includes('--disallow-code-generation-from-strings')

describe('code generation', () => {
  it(disallowed ? 'is not allowed in this run, and no codec compiles a fast path' : 'is allowed in this run, and codecs compile their fast path', () => {
    expect(_.codeGenerationAllowed()).toBe(!disallowed)
    expect((CreateProcessingJobRequest as unknown as { fast: unknown }).fast === undefined).toBe(disallowed)
  })

  it('decoding works either way', () => {
    const result = CreateProcessingJobRequest.decode({ ProcessingJobName: 'x', RoleArn: 'arn:aws:iam::123456789012:role/r', AppSpecification: { ImageUri: 'i' }, ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 1 } } })
    expect(result._tag).toBe('Right')
  })
})
