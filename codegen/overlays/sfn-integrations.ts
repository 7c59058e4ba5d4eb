// What the SDK model does not say: which SageMaker actions Step Functions integrates as
// optimized integrations, and with which patterns (AWS Step Functions developer guide, the
// SageMaker integration page). `.waitForTaskToken` is not supported for any of them. A `.sync`
// task returns the job's Describe response once the job has ended.

export type SfnPattern = 'requestResponse' | 'sync'

export interface SfnIntegration {
  /** The action as the Resource spells it: `arn:aws:states:::sagemaker:<action>`. */
  readonly action: string
  /** The API operation. */
  readonly operation: string
  readonly patterns: readonly SfnPattern[]
  /** For `.sync`: the operation whose response the task returns. */
  readonly syncResponse?: string
}

const REQUEST = ['requestResponse'] as const
const JOB = ['requestResponse', 'sync'] as const

export const SAGEMAKER_SFN_INTEGRATIONS: readonly SfnIntegration[] = [
  { action: 'createEndpoint', operation: 'CreateEndpoint', patterns: REQUEST },
  { action: 'createEndpointConfig', operation: 'CreateEndpointConfig', patterns: REQUEST },
  { action: 'createHyperParameterTuningJob', operation: 'CreateHyperParameterTuningJob', patterns: JOB, syncResponse: 'DescribeHyperParameterTuningJob' },
  { action: 'createLabelingJob', operation: 'CreateLabelingJob', patterns: JOB, syncResponse: 'DescribeLabelingJob' },
  { action: 'createModel', operation: 'CreateModel', patterns: REQUEST },
  { action: 'createProcessingJob', operation: 'CreateProcessingJob', patterns: JOB, syncResponse: 'DescribeProcessingJob' },
  { action: 'createTrainingJob', operation: 'CreateTrainingJob', patterns: JOB, syncResponse: 'DescribeTrainingJob' },
  { action: 'createTransformJob', operation: 'CreateTransformJob', patterns: JOB, syncResponse: 'DescribeTransformJob' },
  { action: 'updateEndpoint', operation: 'UpdateEndpoint', patterns: REQUEST },
]
