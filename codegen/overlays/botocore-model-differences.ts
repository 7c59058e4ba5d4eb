// Reviewed differences between botocore's model (codegen/sources/botocore, 1.43.67) as the
// reference and the SDK's declarations (@aws-sdk/client-sagemaker, pinned in package.json) as the
// model, over every operation. Each entry is one difference and its cause; the cross-check test
// fails on any difference not listed here and on any entry that no longer matches one. Paths are
// where the comparison first meets a shape (a shape reached from many operations is listed once).
// Integer vs float is no difference here: the SDK's declarations say only `number`, and the
// published IR takes botocore's kind.
import type { AllowedDifference } from '../ir/compare.js'

const NEWER_SDK = 'In the SDK model, newer than botocore 1.43.67'
const INSTANCE_TYPES = `${NEWER_SDK}: instance families added since (c8i, m8i, r6i, r8i, g6e, g7)`
const FLEXIBLE_INSTANCES = `${NEWER_SDK}: flexible instance type preferences for processing and training clusters`
const PREFIX_AWARE_ROUTING = `${NEWER_SDK}: prefix-aware routing of inference requests`
const ONLINE_STORE = `${NEWER_SDK}: the Standard_V2 online store, and changing the storage type of a feature group`
const PARTNER_APP_IDC = `${NEWER_SDK}: partner apps authenticated through IAM Identity Center`
const HUB_CONTENT_SEARCH = `${NEWER_SDK}: hub content as a searchable resource`
const IDEMPOTENCY_TOKEN =
  'An idempotency token: botocore lists it as required but fills it in itself when the caller leaves it out (idempotencyToken trait), so a caller may omit it, as the SDK says'
const INT_ENUM = 'The SDK model lists the allowed publishing frequencies (an intEnum: 10, 30, 60, 120, 180, 240, 300); botocore says integer'
const UNION = 'The SDK model makes a trial component parameter a tagged union (StringValue or NumberValue); botocore a structure of two optional members'

const added = (reason: string, paths: readonly string[]): AllowedDifference[] => paths.map((path) => ({ kind: 'member-added', path, reason }))
const enumValues = (reason: string, values: readonly string[] | '*', paths: readonly string[]): AllowedDifference[] =>
  paths.map((path) => ({ kind: 'enum-values-added', path, values, reason }))
const both = (request: string, response: string, path: string): string[] => [`${request} request: ${path}`, `${response} response: ${path}`]
const FLEXIBLE = ['InstancePreferences', 'SelectedInstanceType', 'SelectedInstanceCount']

export const BOTOCORE_MODEL_DIFFERENCES: readonly AllowedDifference[] = [
  { kind: 'operation-added', path: 'AttachClusterNodeNetworkInterface', reason: `${NEWER_SDK}: attaching network interfaces to HyperPod cluster nodes` },

  ...enumValues(INSTANCE_TYPES, '*', [
    'BatchAddClusterNodes request: NodesToAdd[].InstanceTypes[]',
    'BatchAddClusterNodes response: Successful[].InstanceTypes[]',
    'BatchDescribeModelPackage response: ModelPackageSummaries{}.InferenceSpecification.SupportedTransformInstanceTypes[]',
    'CreateAIRecommendationJob request: ComputeSpec.InstanceTypes[]',
    'CreateAlgorithm request: TrainingSpecification.SupportedTrainingInstanceTypes[]',
    'CreateAlgorithm request: InferenceSpecification.SupportedTransformInstanceTypes[]',
    'CreateDataQualityJobDefinition request: JobResources.ClusterConfig.InstanceType',
    'CreateOptimizationJob request: DeploymentInstanceType',
    'DescribeAIRecommendationJob response: Recommendations[].ModelDetails.InstanceDetails[].InstanceType',
    'DescribeAlgorithm response: TrainingSpecification.SupportedTrainingInstanceTypes[]',
    'DescribeDataQualityJobDefinition response: JobResources.ClusterConfig.InstanceType',
    'DescribeOptimizationJob response: DeploymentInstanceType',
  ]),

  ...added(FLEXIBLE_INSTANCES, [
    ...FLEXIBLE.flatMap((m) => both('CreateAlgorithm', 'DescribeAlgorithm', `ValidationSpecification.ValidationProfiles[].TrainingJobDefinition.ResourceConfig.${m}`)),
    ...FLEXIBLE.flatMap((m) => both('CreateProcessingJob', 'DescribeProcessingJob', `ProcessingResources.ClusterConfig.${m}`)),
  ]),
  ...['InstanceCount', 'InstanceType'].map(
    (m): AllowedDifference => ({
      kind: 'required-changed',
      path: `CreateProcessingJob request: ProcessingResources.ClusterConfig.${m}`,
      reason: `${FLEXIBLE_INSTANCES}: InstancePreferences may stand in for InstanceType and InstanceCount`,
    }),
  ),

  ...enumValues(PREFIX_AWARE_ROUTING, ['PREFIX_AWARE'], both('CreateEndpointConfig', 'DescribeEndpoint', 'ProductionVariants[].RoutingConfig.RoutingStrategy')),
  ...added(PREFIX_AWARE_ROUTING, both('CreateEndpointConfig', 'DescribeEndpoint', 'ProductionVariants[].RoutingConfig.PrefixAwareRoutingConfig')),

  ...enumValues(ONLINE_STORE, ['Standard_V2'], both('CreateFeatureGroup', 'DescribeFeatureGroup', 'OnlineStoreConfig.StorageType')),
  ...added(ONLINE_STORE, ['UpdateFeatureGroup request: OnlineStoreConfig.StorageType']),

  ...enumValues(PARTNER_APP_IDC, ['IDC'], both('CreatePartnerApp', 'DescribePartnerApp', 'AuthType')),
  ...added(PARTNER_APP_IDC, [...both('CreatePartnerApp', 'DescribePartnerApp', 'IdcConfig'), 'UpdatePartnerApp request: IdcConfig', 'UpdatePartnerApp request: AuthType']),

  ...added(`${NEWER_SDK}: MLflow apps encrypted with a customer-managed KMS key`, both('CreateMlflowApp', 'DescribeMlflowApp', 'KmsKeyId')),

  ...enumValues(HUB_CONTENT_SEARCH, ['HubContent'], ['GetSearchSuggestions request: Resource']),
  ...added(HUB_CONTENT_SEARCH, ['Search response: Results[].HubContent']),

  ...[
    'CreateImageVersion request: ClientToken',
    'CreatePipeline request: ClientRequestToken',
    'DeletePipeline request: ClientRequestToken',
    'RetryPipelineExecution request: ClientRequestToken',
    'StartPipelineExecution request: ClientRequestToken',
    'StopPipelineExecution request: ClientRequestToken',
  ].map((path): AllowedDifference => ({ kind: 'required-changed', path, reason: IDEMPOTENCY_TOKEN })),

  ...[
    ...both('CreateEndpointConfig', 'DescribeEndpoint', 'MetricsConfig.MetricPublishFrequencyInSeconds'),
    ...both('CreateInferenceComponent', 'DescribeInferenceComponent', 'Specification.Container.ContainerMetricsConfig.MetricsEndpoints[].MetricPublishFrequencyInSeconds'),
  ].map((path): AllowedDifference => ({ kind: 'kind-changed', path, reason: INT_ENUM })),

  ...[
    'CreateTrialComponent request: Parameters{}',
    'UpdateTrialComponent request: Parameters{}',
    'DescribeTrialComponent response: Parameters{}',
    'Search response: Results[].TrialComponent.Parameters{}',
  ].map((path): AllowedDifference => ({ kind: 'kind-changed', path, reason: UNION })),
]
