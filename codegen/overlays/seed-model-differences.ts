// Reviewed differences between the 2020 boto3 syntax of the six seed operations
// (codegen/sources/boto3) and the current models: the SDK's declarations and botocore's model
// (codegen/sources/botocore). Each line is one difference and the API change that explains it;
// the cross-check test fails on any difference not listed here and on any entry that no longer
// matches a difference. An entry holds against both models unless `only` names one (the SDK's
// model is newer than botocore 1.43.67 in places). `values` lists the enum values that may be
// added (`'*'`: any number of new values of an open-ended set such as instance types).
import type { AllowedDifference as Allowed } from '../ir/compare.js'

export interface AllowedDifference extends Allowed {
  readonly only?: 'sdk' | 'botocore'
}

const MONITOR_2020 = 'Model Monitor model-quality, bias and explainability monitoring (Dec 2020)'
const MONITOR_BATCH = 'Model Monitor for batch transform jobs (2022)'
const MONITOR_WINDOW = 'Model Monitor analysis windows for scheduled and one-time runs (2022)'
const PROCESSING_DATASETS = 'Processing inputs from Athena/Redshift datasets and app-managed I/O (Data Wrangler, Dec 2020)'
const FEATURE_STORE = 'Processing output straight to a Feature Store feature group (Feature Store, Dec 2020)'
const FLEXIBLE_INSTANCES = 'Flexible instance type preferences for processing and training clusters (2025)'
const EXPERIMENT_RUNS = 'SageMaker Experiments runs (Dec 2022)'
const INSTANCE_TYPES = 'New ML instance families since 2020 (g4dn, g5, p4d, p5, trn1, inf2, ...)'
const SEARCH_RESOURCES = 'Search covers more resource types since 2020 (pipelines, model registry, feature store, ...)'
const CROSS_ACCOUNT = 'Cross-account and visibility-scoped Search (2023-2024)'
const TRAINING = 'Training job features added since 2020'

const both = (op: string, describe: string, path: string): string[] => [`${op} request: ${path}`, `${describe} response: ${path}`]
const added = (reason: string, paths: readonly string[]): AllowedDifference[] => paths.map((path) => ({ kind: 'member-added', path, reason }))
const loosened = (reason: string, paths: readonly string[]): AllowedDifference[] => paths.map((path) => ({ kind: 'required-changed', path, reason }))
const sdkOnly = (entries: readonly AllowedDifference[]): AllowedDifference[] => entries.map((e) => ({ ...e, only: 'sdk' }))

const MONITORING = (p: string): string[] => both('CreateMonitoringSchedule', 'DescribeMonitoringSchedule', `MonitoringScheduleConfig.${p}`)
const ENDPOINT_INPUT = 'MonitoringJobDefinition.MonitoringInputs[].EndpointInput'
const PROCESSING = (p: string): string[] => both('CreateProcessingJob', 'DescribeProcessingJob', p)
const SEARCH_JOB = (p: string): string => `Search response: Results[].TrainingJob.${p}`

export const SEED_MODEL_DIFFERENCES: readonly AllowedDifference[] = [
  ...added(MONITOR_2020, [
    ...MONITORING('MonitoringJobDefinitionName'),
    ...MONITORING('MonitoringType'),
    ...MONITORING('MonitoringJobDefinition.BaselineConfig.BaseliningJobName'),
    ...['FeaturesAttribute', 'InferenceAttribute', 'ProbabilityAttribute', 'ProbabilityThresholdAttribute', 'StartTimeOffset', 'EndTimeOffset'].flatMap(
      (m) => MONITORING(`${ENDPOINT_INPUT}.${m}`),
    ),
    'DescribeMonitoringSchedule response: MonitoringType',
    'DescribeMonitoringSchedule response: LastMonitoringExecutionSummary.MonitoringJobDefinitionName',
    'DescribeMonitoringSchedule response: LastMonitoringExecutionSummary.MonitoringType',
  ]),
  ...added('Clarify feature exclusion for explainability monitoring (2021)', MONITORING(`${ENDPOINT_INPUT}.ExcludeFeaturesAttribute`)),
  ...added(MONITOR_BATCH, MONITORING('MonitoringJobDefinition.MonitoringInputs[].BatchTransformInput')),
  ...added(MONITOR_WINDOW, [...MONITORING('ScheduleConfig.DataAnalysisStartTime'), ...MONITORING('ScheduleConfig.DataAnalysisEndTime')]),
  ...loosened(`${MONITOR_2020}: a schedule may name a job definition instead of embedding one`, [
    'CreateMonitoringSchedule request: MonitoringScheduleConfig.MonitoringJobDefinition',
  ]),
  ...loosened(`${MONITOR_BATCH}: an input is an endpoint or a batch transform`, [
    `CreateMonitoringSchedule request: MonitoringScheduleConfig.${ENDPOINT_INPUT}`,
  ]),
  ...loosened('S3UploadMode has a service default (EndOfJob) and became optional', [
    'CreateMonitoringSchedule request: MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringOutputConfig.MonitoringOutputs[].S3Output.S3UploadMode',
  ]),

  ...added(PROCESSING_DATASETS, [...PROCESSING('ProcessingInputs[].AppManaged'), ...PROCESSING('ProcessingInputs[].DatasetDefinition'), ...PROCESSING('ProcessingOutputConfig.Outputs[].AppManaged')]),
  ...added(FEATURE_STORE, PROCESSING('ProcessingOutputConfig.Outputs[].FeatureStoreOutput')),
  ...loosened(`${PROCESSING_DATASETS}: an input is S3 or a dataset, S3 input mode and path have defaults`, [
    'CreateProcessingJob request: ProcessingInputs[].S3Input',
    'CreateProcessingJob request: ProcessingInputs[].S3Input.LocalPath',
    'CreateProcessingJob request: ProcessingInputs[].S3Input.S3InputMode',
  ]),
  ...loosened(`${FEATURE_STORE}: an output is S3 or a feature group; app-managed outputs need no local path`, [
    'CreateProcessingJob request: ProcessingOutputConfig.Outputs[].S3Output',
    'CreateProcessingJob request: ProcessingOutputConfig.Outputs[].S3Output.LocalPath',
  ]),
  ...sdkOnly([
    ...added(FLEXIBLE_INSTANCES, ['InstancePreferences', 'SelectedInstanceType', 'SelectedInstanceCount'].flatMap((m) => PROCESSING(`ProcessingResources.ClusterConfig.${m}`))),
    ...loosened(`${FLEXIBLE_INSTANCES}: InstancePreferences may stand in for InstanceType and InstanceCount`, [
      'CreateProcessingJob request: ProcessingResources.ClusterConfig.InstanceCount',
      'CreateProcessingJob request: ProcessingResources.ClusterConfig.InstanceType',
    ]),
  ]),
  ...added(EXPERIMENT_RUNS, PROCESSING('ExperimentConfig.RunName')),

  { kind: 'enum-values-added', path: 'CreateMonitoringSchedule request: MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringResources.ClusterConfig.InstanceType', values: '*', reason: INSTANCE_TYPES },
  { kind: 'enum-values-added', path: 'DescribeMonitoringSchedule response: MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringResources.ClusterConfig.InstanceType', values: '*', reason: INSTANCE_TYPES },
  { kind: 'enum-values-added', path: SEARCH_JOB('ResourceConfig.InstanceType'), values: '*', reason: INSTANCE_TYPES },

  { kind: 'enum-values-added', path: 'Search request: Resource', values: '*', reason: SEARCH_RESOURCES },
  ...added(SEARCH_RESOURCES, [
    'Endpoint', 'ModelPackage', 'ModelPackageGroup', 'Pipeline', 'PipelineExecution', 'PipelineVersion', 'FeatureGroup', 'FeatureMetadata',
    'Project', 'HyperParameterTuningJob', 'ModelCard', 'Model', 'Job',
  ].map((r) => `Search response: Results[].${r}`)),
  ...sdkOnly(added(SEARCH_RESOURCES, ['Search response: Results[].HubContent'])),
  ...added(CROSS_ACCOUNT, ['Search request: CrossAccountFilterOption', 'Search request: VisibilityConditions']),
  ...added('Search returns the total hit count (2024)', ['Search response: TotalHits']),
  ...added('Lineage tracking and experiment metadata (Dec 2020)', [
    'Search response: Results[].Trial.MetadataProperties',
    'Search response: Results[].TrialComponent.MetadataProperties',
    'Search response: Results[].TrialComponent.LineageGroupArn',
    'Search response: Results[].TrialComponent.SourceDetail.TransformJob',
  ]),
  ...added(EXPERIMENT_RUNS, ['Search response: Results[].TrialComponent.RunName']),
  ...added('IAM identities as creators of experiments (2023)', ['Search response: Results[].Experiment.CreatedBy.IamIdentity']),

  { kind: 'enum-values-added', path: SEARCH_JOB('TrainingJobStatus'), values: ['Deleting'], reason: `${TRAINING}: deletion of training jobs` },
  { kind: 'enum-values-added', path: SEARCH_JOB('SecondaryStatus'), values: ['Pending', 'Restarting', 'Updating'], reason: `${TRAINING}: warm pools, retries and updates` },
  { kind: 'enum-values-added', path: SEARCH_JOB('AlgorithmSpecification.TrainingInputMode'), values: ['FastFile'], reason: `${TRAINING}: FastFile input mode (2021)` },
  { kind: 'enum-values-added', path: SEARCH_JOB('InputDataConfig[].DataSource.S3DataSource.S3DataType'), values: ['Converse'], reason: `${TRAINING}: Converse-format datasets for model customization` },
  ...added(`${TRAINING}: custom entrypoints and private registries (2021-2022)`, [
    SEARCH_JOB('AlgorithmSpecification.ContainerEntrypoint'),
    SEARCH_JOB('AlgorithmSpecification.ContainerArguments'),
    SEARCH_JOB('AlgorithmSpecification.TrainingImageConfig'),
    SEARCH_JOB('Environment'),
  ]),
  ...added(`${TRAINING}: heterogeneous clusters and instance groups (2022)`, [
    SEARCH_JOB('InputDataConfig[].DataSource.S3DataSource.InstanceGroupNames'),
    SEARCH_JOB('ResourceConfig.InstanceGroups'),
  ]),
  ...added(`${TRAINING}: JumpStart and hub model access, dataset sources (2023-2024)`, [
    SEARCH_JOB('InputDataConfig[].DataSource.S3DataSource.ModelAccessConfig'),
    SEARCH_JOB('InputDataConfig[].DataSource.S3DataSource.HubAccessConfig'),
    SEARCH_JOB('InputDataConfig[].DataSource.DatasetSource'),
    SEARCH_JOB('OutputDataConfig.CompressionType'),
  ]),
  ...added(`${TRAINING}: warm pools (2022)`, [SEARCH_JOB('ResourceConfig.KeepAlivePeriodInSeconds'), SEARCH_JOB('WarmPoolStatus')]),
  ...added(`${TRAINING}: training plans, placement and pending-time limits (2024)`, [
    SEARCH_JOB('ResourceConfig.TrainingPlanArn'),
    SEARCH_JOB('ResourceConfig.InstancePlacementConfig'),
    SEARCH_JOB('StoppingCondition.MaxPendingTimeInSeconds'),
  ]),
  ...sdkOnly(added(FLEXIBLE_INSTANCES, ['InstancePreferences', 'SelectedInstanceType', 'SelectedInstanceCount'].map((m) => SEARCH_JOB(`ResourceConfig.${m}`)))),
  ...added(`${TRAINING}: registering the trained model in the model registry (2024)`, [SEARCH_JOB('OutputModelPackageArn'), SEARCH_JOB('ModelPackageConfig')]),
  ...added(`${TRAINING}: Debugger profiling (Dec 2020)`, [SEARCH_JOB('ProfilerConfig')]),
  ...added(`${TRAINING}: automatic retries (2021)`, [SEARCH_JOB('RetryStrategy')]),
]
