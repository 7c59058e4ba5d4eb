// What the event examples do not say: which API shape types each detail, which members name the
// resource (required: every documented example carries them), which members are timestamps
// though no API member says so, and where the event form differs from the API's. Everything
// else in a detail is optional, and unknown members are kept.
import type { EventOverlay } from '../frontends/events/to-ir.js'

// Events send Tags as `{ "key": "value" }`; the API (and the schema registry) have a list.
const TAGS = { Tags: 'string-map' } as const

export const EVENT_OVERLAYS: readonly EventOverlay[] = [
  { detailType: 'SageMaker Training Job State Change', api: 'DescribeTrainingJobResponse', identity: ['TrainingJobName', 'TrainingJobArn'], forms: TAGS },
  {
    detailType: 'SageMaker HyperParameter Tuning Job State Change',
    api: 'DescribeHyperParameterTuningJobResponse',
    identity: ['HyperParameterTuningJobName', 'HyperParameterTuningJobArn'],
    forms: TAGS,
  },
  { detailType: 'SageMaker Transform Job State Change', api: 'DescribeTransformJobResponse', identity: ['TransformJobName', 'TransformJobArn'], forms: TAGS },
  { detailType: 'SageMaker Processing Job State Change', api: 'DescribeProcessingJobResponse', identity: ['ProcessingJobName'], forms: TAGS },
  { detailType: 'SageMaker Endpoint State Change', api: 'DescribeEndpointOutput', identity: ['EndpointName', 'EndpointArn'], forms: TAGS },
  { detailType: 'SageMaker Endpoint Deployment State Change', api: 'DescribeEndpointOutput', identity: ['EndpointName', 'EndpointArn'], forms: TAGS },
  { detailType: 'SageMaker Endpoint Config State Change', api: 'DescribeEndpointConfigOutput', identity: ['EndpointConfigName'], forms: TAGS },
  { detailType: 'SageMaker Model State Change', api: 'DescribeModelOutput', identity: ['ModelName'], forms: TAGS },
  { detailType: 'SageMaker Model Package State Change', api: 'DescribeModelPackageOutput', identity: ['ModelPackageArn'], forms: TAGS },
  { detailType: 'SageMaker Model Card State Change', api: 'DescribeModelCardResponse', identity: ['ModelCardName'], forms: TAGS },
  { detailType: 'SageMaker Feature Group State Change', api: 'DescribeFeatureGroupResponse', identity: ['FeatureGroupName', 'FeatureGroupArn'], forms: TAGS },
  { detailType: 'SageMaker Image State Change', api: 'DescribeImageResponse', identity: ['ImageArn'], forms: TAGS },
  { detailType: 'SageMaker Image Version State Change', api: 'DescribeImageVersionResponse', identity: ['ImageArn', 'ImageVersionArn'], forms: TAGS },
  { detailType: 'SageMaker Notebook Instance State Change', api: 'DescribeNotebookInstanceOutput', identity: [], forms: TAGS },
  { detailType: 'SageMaker Notebook Lifecycle Config State Change', api: 'DescribeNotebookInstanceLifecycleConfigOutput', identity: [], forms: TAGS },
  { detailType: 'SageMaker Algorithm State Change', api: 'DescribeAlgorithmOutput', identity: [], forms: TAGS },
  {
    detailType: 'SageMaker Model Building Pipeline Execution Status Change',
    identity: ['pipelineArn', 'pipelineExecutionArn'],
    timestamps: ['executionStartTime', 'executionEndTime'],
  },
  {
    detailType: 'SageMaker Model Building Pipeline Execution Step Status Change',
    identity: ['pipelineArn', 'pipelineExecutionArn', 'stepName'],
    timestamps: ['stepStartTime', 'stepEndTime'],
  },
  { detailType: 'SageMaker HyperPod Cluster State Change', api: 'DescribeClusterResponse', identity: ['ClusterArn', 'ClusterName'], forms: TAGS },
  { detailType: 'SageMaker HyperPod Cluster Node Health Event', identity: ['ClusterArn', 'InstanceId'], forms: TAGS },
  { detailType: 'SageMaker HyperPod Cluster Event', apiMembers: { EventDetails: 'ClusterEventDetail' }, identity: ['EventDetails'] },
  { detailType: 'SageMaker Ground Truth Labeling Job State Change', api: 'DescribeLabelingJobResponse', identity: ['LabelingJobStatus'], forms: TAGS },
  { detailType: 'SageMaker Ground Truth Labeling Job Task Status Change', identity: [] },
  { detailType: 'SageMaker A2I HumanLoop Status Change', identity: ['humanLoopArn'], timestamps: ['creationTime'] },
]
