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

// The AWS SDK integration (`arn:aws:states:::aws-sdk:sagemaker:<action>`) reaches every
// operation; the action is the operation with a lower-case first letter. What the model does not
// say about it follows.

/**
 * Exceptions the SageMaker API declares (the `__BaseException` classes of
 * `@aws-sdk/client-sagemaker`'s models/errors.d.ts; botocore's service-2.json marks the same four
 * shapes `exception`). A test checks the list against the SDK. Step Functions names them
 * `SageMaker.<Name>` with `Exception` appended where the name lacks it.
 */
export const SAGEMAKER_API_EXCEPTIONS: readonly string[] = ['ConflictException', 'ResourceInUse', 'ResourceLimitExceeded', 'ResourceNotFound']

/**
 * The IAM resource type of the ARN a name builds, by the noun whose `<Noun>Name` request member
 * holds the name: the resource type in the pattern of botocore 1.43.67's `<Noun>Arn` shape
 * (`arn:aws[a-z\-]*:sagemaker:...:training-job/...`). Only nouns whose ARN is `<type>/<name>`:
 * not apps, user profiles, spaces or image versions (more than one name in the ARN), domains and
 * clusters (an id), hubs and monitoring schedules (the model gives no pattern). A task policy
 * names one of these ARNs only for an operation `<Verb><Noun>` (see codegen/emit/sfn.ts).
 */
export const SAGEMAKER_ARN_RESOURCE_TYPES: Readonly<Record<string, string>> = {
  AIBenchmarkJob: 'ai-benchmark-job',
  AIRecommendationJob: 'ai-recommendation-job',
  AIWorkloadConfig: 'ai-workload-config',
  Action: 'action',
  Algorithm: 'algorithm',
  AppImageConfig: 'app-image-config',
  AutoMLJob: 'automl-job',
  CodeRepository: 'code-repository',
  CompilationJob: 'compilation-job',
  Context: 'context',
  EdgePackagingJob: 'edge-packaging-job',
  Endpoint: 'endpoint',
  EndpointConfig: 'endpoint-config',
  Experiment: 'experiment',
  FeatureGroup: 'feature-group',
  FlowDefinition: 'flow-definition',
  HumanTaskUi: 'human-task-ui',
  HyperParameterTuningJob: 'hyper-parameter-tuning-job',
  Image: 'image',
  LabelingJob: 'labeling-job',
  LineageGroup: 'lineage-group',
  Model: 'model',
  ModelCard: 'model-card',
  ModelPackage: 'model-package',
  ModelPackageGroup: 'model-package-group',
  OptimizationJob: 'optimization-job',
  Pipeline: 'pipeline',
  ProcessingJob: 'processing-job',
  Project: 'project',
  StudioLifecycleConfig: 'studio-lifecycle-config',
  TrainingJob: 'training-job',
  TrainingPlan: 'training-plan',
  TransformJob: 'transform-job',
  Trial: 'experiment-trial',
  TrialComponent: 'experiment-trial-component',
  Workforce: 'workforce',
  Workteam: 'workteam',
}
