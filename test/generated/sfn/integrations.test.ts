import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DescribeTrainingJobResponse } from '../../../generated/api/DescribeTrainingJob.js'
import * as _ from '../../../generated/sfn/index.js'
import { safeDecode } from '../../../src/index.js'
import { bundleLikeAUser } from '../../bundle.js'

describe('sageMakerIntegrations', () => {
  it('has every action Step Functions integrates, with its request codec', () => {
    expect(Object.keys(_.sageMakerIntegrations)).toEqual([
      'createEndpoint',
      'createEndpointConfig',
      'createHyperParameterTuningJob',
      'createLabelingJob',
      'createModel',
      'createProcessingJob',
      'createTrainingJob',
      'createTransformJob',
      'updateEndpoint',
    ])
    for (const [action, integration] of Object.entries(_.sageMakerIntegrations)) {
      expect(integration.request.name, action).toMatch(new RegExp(`^${integration.operation}(Request|Input)$`))
    }
  })

  it('policies exist for exactly the integrated actions, .sync where the integration has it', () => {
    expect([..._.sageMakerPolicyActions].sort()).toEqual(Object.keys(_.sageMakerIntegrations).sort())
    const base = { roleArn: 'arn:aws:iam::123456789012:role/R', region: 'us-east-1', accountId: '123456789012', resources: 'dynamic' } as const
    for (const [action, { patterns }] of Object.entries(_.sageMakerIntegrations)) {
      const sync = () => _.sageMakerTaskPolicy({ ...base, action: action as _.SageMakerAction, pattern: 'sync' })
      if ((patterns as readonly string[]).includes('sync')) expect(sync, action).not.toThrow()
      else expect(sync, action).toThrow(TypeError)
    }
  })

  it('.sync tasks return the Describe response: it decodes what the task outputs', () => {
    expect(_.sageMakerTaskOutputs.createTrainingJob.sync).toBe(DescribeTrainingJobResponse)
    expect(Object.entries(_.sageMakerTaskOutputs).filter(([, o]) => 'sync' in o).map(([a]) => a)).toEqual(
      Object.entries(_.sageMakerIntegrations).filter(([, i]) => (i.patterns as readonly string[]).includes('sync')).map(([a]) => a),
    )
    // Step Functions hands the job's description on, timestamps as epoch milliseconds.
    const output = {
      TrainingJobName: 'search-model',
      TrainingJobArn: 'arn:aws:sagemaker:us-west-2:123456789012:training-job/search-model',
      TrainingJobStatus: 'Completed',
      SecondaryStatus: 'Completed',
      ModelArtifacts: { S3ModelArtifacts: 's3://bucket/doc-search/model/output/model.tar.gz' },
      AlgorithmSpecification: { TrainingImage: 'image', TrainingInputMode: 'File' },
      ResourceConfig: { InstanceCount: 4, InstanceType: 'ml.c4.8xlarge', VolumeSizeInGB: 20 },
      StoppingCondition: { MaxRuntimeInSeconds: 100000 },
      CreationTime: 1592411992203,
    }
    const result = safeDecode(_.sageMakerTaskOutputs.createTrainingJob.sync, output)
    expect(result).toMatchObject({ success: true, data: { TrainingJobStatus: 'Completed', CreationTime: new Date(1592411992203) } })
  })

  it('knows every Retry/Catch error name the published state machines use', () => {
    const states = JSON.parse(readFileSync(new URL('../../fixtures/sfn/create-training-job.states.json', import.meta.url), 'utf8')) as Record<string, { Retry?: Array<{ ErrorEquals: string[] }>; Catch?: Array<{ ErrorEquals: string[] }> }>
    const used = Object.values(states).flatMap((state) => [...(state.Retry ?? []), ...(state.Catch ?? [])].flatMap((entry) => entry.ErrorEquals))
    expect(used.length).toBeGreaterThan(3)
    const known: readonly string[] = [..._.statesErrors, ..._.sageMakerTaskErrors]
    expect(used.filter((name) => !known.includes(name))).toEqual([])
  })
})

describe('bundles', () => {
  const bundle = async (code: string): Promise<string> => (await bundleLikeAUser({ code })).text

  // The operations only the AWS SDK integration reaches.
  const sdkOnly = ['DescribeTrainingJobRequest', 'ListTrainingJobsRequest', 'StartPipelineExecutionRequest', 'AddTagsInput', 'CreateOptimizationJobRequest', 'SearchRequest']

  it('validateStateMachine holds the integrated requests only: no responses, no other operations', async () => {
    const text = await bundle("import { validateStateMachine } from 'sagemaker-shapes/sfn'\nconsole.log(validateStateMachine({}))")
    const named = (name: string) => text.includes(`"${name}"`)
    for (const name of ['CreateTrainingJobRequest', 'CreateEndpointConfigInput', 'UpdateEndpointInput']) expect(named(name), name).toBe(true)
    for (const name of ['DescribeTrainingJobResponse', 'CreateTrainingJobResponse', 'CreateTrainingJobRequestLenient', ...sdkOnly]) {
      expect(named(name), name).toBe(false)
    }
    expect(text).not.toContain('sagemaker:DescribeTrainingJob')
  })

  it('the full operation table comes only with sagemaker-shapes/sfn/sdk', async () => {
    const lean = await bundleLikeAUser({ code: "import { validateStateMachine } from 'sagemaker-shapes/sfn'\nconsole.log(validateStateMachine({}))" })
    const full = await bundleLikeAUser({ code: "import { validateStateMachine } from 'sagemaker-shapes/sfn/sdk'\nconsole.log(validateStateMachine({}))" })
    for (const name of sdkOnly) expect(full.text.includes(`"${name}"`), name).toBe(true)
    expect(full.text).not.toContain('"DescribeTrainingJobResponse"')
    // Structures named ...Request or ...Input ([9, "<Name>", ...): the integrated actions' (and
    // shapes such as TransformInput) in the lean bundle, every operation's in the full one.
    const requests = (text: string): number => new Set([...text.matchAll(/\[\s*9,\s*"(\w+(?:Request|Input))"/g)].map((m) => m[1])).size
    expect(requests(lean.text)).toBeLessThanOrEqual(30)
    expect(requests(full.text)).toBeGreaterThanOrEqual(400)
  })

  it('the sageMakerTaskPolicy of sagemaker-shapes/sfn/sdk holds every operation\'s IAM facts but no codec', async () => {
    const text = await bundle("import { sageMakerTaskPolicy } from 'sagemaker-shapes/sfn/sdk'\nconsole.log(sageMakerTaskPolicy)")
    expect(text).toContain('sagemaker:DescribeTrainingJob')
    expect(text).not.toContain('DescribeTrainingJobRequest')
    expect(text).not.toContain('io-ts')
  })

  it('sageMakerTaskPolicy alone holds no codec at all', async () => {
    const text = await bundle("import { sageMakerTaskPolicy } from 'sagemaker-shapes/sfn'\nconsole.log(sageMakerTaskPolicy)")
    expect(text).toContain('StepFunctionsGetEventsForSageMakerTrainingJobsRule')
    expect(text).not.toContain('CreateTrainingJobRequest')
    expect(text).not.toContain('io-ts')
  })
})
