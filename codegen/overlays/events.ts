// What the event examples do not say: which API shape types each detail, which members name the
// resource (required: every documented example carries them), which members are timestamps
// though no API member says so, and where the event form differs from the API's. Everything
// else in a detail is optional, and unknown members are kept. A detail typed by an API structure
// (`api`) has every member of it (examples show only some); `notInEvent` lists the reviewed
// exceptions. Detail-types documented with no example (`detail-type.json` in their source folder)
// have no identity members (nothing proves one present) and say in `why` how they are typed.
import type { EventOverlay } from '../frontends/events/to-ir.js'

// Events send Tags as `{ "key": "value" }`; the API (and the schema registry) have a list.
const TAGS = { Tags: 'string-map' } as const

const EXAMPLE_OVERLAYS: readonly EventOverlay[] = [
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
  {
    detailType: 'SageMaker Feature Group State Change',
    api: 'DescribeFeatureGroupResponse',
    identity: ['FeatureGroupName', 'FeatureGroupArn'],
    forms: TAGS,
    notInEvent: { NextToken: "DescribeFeatureGroup's pagination token for its feature definitions, not a property of the feature group" },
  },
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

// Documented with no example (codegen/sources/events/SOURCES.md): typed by the API resource the
// detail-type names, where there is one; otherwise an open record.
const NO_EXAMPLE = { identity: [] } as const
const TRACKING_SERVER = {
  ...NO_EXAMPLE,
  api: 'DescribeMlflowTrackingServerResponse',
  forms: TAGS,
  sharedDetail: 'TrackingServerDetail',
  why: 'names a tracking server state (TrackingServerStatus); the resource is DescribeMlflowTrackingServer',
} as const
const HUMAN_TASK = { ...NO_EXAMPLE, why: 'a worker task has no Describe operation in the SageMaker API: open record' } as const
const MLFLOW_DATA_PLANE = { ...NO_EXAMPLE, why: 'an MLflow run/registered model/model version is MLflow data, with no SageMaker API resource: open record' } as const

export const NO_EXAMPLE_OVERLAYS: readonly EventOverlay[] = [
  {
    ...NO_EXAMPLE,
    detailType: 'SageMaker Model Card Export Job State Change',
    api: 'DescribeModelCardExportJobResponse',
    why: 'the resource is a model card export job (ModelCardExportJobStatus): DescribeModelCardExportJob',
  },
  {
    ...NO_EXAMPLE,
    detailType: 'SageMaker Monitoring Schedule State Change',
    api: 'DescribeMonitoringScheduleResponse',
    forms: TAGS,
    why: 'the resource is a monitoring schedule (MonitoringScheduleStatus): DescribeMonitoringSchedule',
  },
  { ...NO_EXAMPLE, detailType: 'SageMaker Evaluation Job Status Change', why: 'the SageMaker API has no evaluation-job resource (no DescribeEvaluationJob): open record' },
  {
    ...NO_EXAMPLE,
    detailType: 'SageMaker Human Loop Finished',
    why: 'DescribeHumanLoop is in the A2I runtime API (sagemaker-a2i-runtime), not this model, and the A2I event is camelCase: open record',
  },
  {
    ...NO_EXAMPLE,
    detailType: 'SageMaker Human Loop Step Execution Finished',
    why: 'a human loop step has no API resource (DescribeHumanLoop is in sagemaker-a2i-runtime, not this model): open record',
  },
  { ...HUMAN_TASK, detailType: 'SageMaker Human Task Accepted' },
  { ...HUMAN_TASK, detailType: 'SageMaker Human Task Created' },
  { ...HUMAN_TASK, detailType: 'SageMaker Human Task Declined' },
  { ...HUMAN_TASK, detailType: 'SageMaker Human Task Expired' },
  { ...HUMAN_TASK, detailType: 'SageMaker Human Task Returned' },
  { ...HUMAN_TASK, detailType: 'SageMaker Human Task Submitted' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Creating' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Created' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Create Failed' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Updating' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Updated' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Update Failed' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Deleting' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Deleted' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Delete Failed' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Starting' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Started' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Start Failed' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Stopping' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Stopped' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Stop Failed' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Maintenance In Progress' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Maintenance Complete' },
  { ...TRACKING_SERVER, detailType: 'SageMaker Tracking Server Maintenance Failed' },
  { ...MLFLOW_DATA_PLANE, detailType: 'SageMaker MLFlow Tracking Server Creating Run' },
  { ...MLFLOW_DATA_PLANE, detailType: 'SageMaker MLFlow Tracking Server Creating RegisteredModel' },
  { ...MLFLOW_DATA_PLANE, detailType: 'SageMaker MLFlow Tracking Server Creating ModelVersion' },
  { ...MLFLOW_DATA_PLANE, detailType: 'SageMaker MLFlow Tracking Server Transitioning ModelVersion Stage' },
  { ...MLFLOW_DATA_PLANE, detailType: 'SageMaker MLFlow Tracking Server Setting Registered Model Alias' },
]

/** Every documented detail-type's overlay. */
export const EVENT_OVERLAYS: readonly EventOverlay[] = [...EXAMPLE_OVERLAYS, ...NO_EXAMPLE_OVERLAYS]
