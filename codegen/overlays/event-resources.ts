// Where an event's `resources` come from, for the testing factory: the ARN AWS puts there, read
// from the detail member that holds it, else built from the member that holds the resource's
// name, the way AWS builds ARNs (`arn:aws:sagemaker:<region>:<account>:<type>/<lower-cased name>`).
// Every entry is read off the documented examples (codegen/sources/events): their `resources`
// name these members' ARNs, and where a name is used, an example shows the lower-cased name in
// the ARN under that type (`MyEndpoint` -> `endpoint/myendpoint`,
// `BasicNotebookInstance-x4CC6ZFJzqJJ` -> `notebook-instance/basicnotebookinstance-x4cc6zfjzqjj`).
// A test builds every example's resources from its detail with this table.
//
// A detail-type without an entry takes its identity members that are ARNs; where that gives
// nothing, the first example's `resources`, in the event's region and account; else none.

/** One ARN in `resources`. Members are paths into the detail, dotted for a nested one. */
export interface EventResource {
  /** The member that holds the ARN. */
  readonly arn?: string
  /** Else the member that holds the name, and the resource type that ARNs of it carry. */
  readonly name?: string
  readonly type?: string
}

export const EVENT_RESOURCES: Readonly<Record<string, readonly EventResource[]>> = {
  'SageMaker A2I HumanLoop Status Change': [{ arn: 'humanLoopArn' }],
  'SageMaker Endpoint Deployment State Change': [{ arn: 'EndpointArn', name: 'EndpointName', type: 'endpoint' }],
  'SageMaker Endpoint State Change': [{ arn: 'EndpointArn', name: 'EndpointName', type: 'endpoint' }],
  'SageMaker Feature Group State Change': [{ arn: 'FeatureGroupArn', name: 'FeatureGroupName', type: 'feature-group' }],
  // The examples' ARN is `tuningJob/x`, not the API's `hyper-parameter-tuning-job/`: the ARN only.
  'SageMaker HyperParameter Tuning Job State Change': [{ arn: 'HyperParameterTuningJobArn' }],
  'SageMaker HyperPod Cluster Event': [{ arn: 'EventDetails.ClusterArn', name: 'EventDetails.ClusterName', type: 'cluster' }],
  'SageMaker HyperPod Cluster Node Health Event': [{ arn: 'ClusterArn', name: 'ClusterName', type: 'cluster' }],
  'SageMaker HyperPod Cluster State Change': [{ arn: 'ClusterArn', name: 'ClusterName', type: 'cluster' }],
  'SageMaker Image State Change': [{ arn: 'ImageArn', name: 'ImageName', type: 'image' }],
  // The version's ARN only, not its image's (both are identity members).
  'SageMaker Image Version State Change': [{ arn: 'ImageVersionArn' }],
  // The example's detail names no job: its resources are kept, unless the detail has the job.
  'SageMaker Ground Truth Labeling Job State Change': [{ arn: 'LabelingJobArn', name: 'LabelingJobName', type: 'labeling-job' }],
  'SageMaker Model Building Pipeline Execution Status Change': [{ arn: 'pipelineArn' }, { arn: 'pipelineExecutionArn' }],
  'SageMaker Model Building Pipeline Execution Step Status Change': [{ arn: 'pipelineArn' }, { arn: 'pipelineExecutionArn' }],
  'SageMaker Model Card State Change': [{ arn: 'ModelCardArn', name: 'ModelCardName', type: 'model-card' }],
  'SageMaker Model Package State Change': [{ arn: 'ModelPackageArn' }],
  'SageMaker Notebook Instance State Change': [{ arn: 'NotebookInstanceArn', name: 'NotebookInstanceName', type: 'notebook-instance' }],
  'SageMaker Processing Job State Change': [{ arn: 'ProcessingJobArn', name: 'ProcessingJobName', type: 'processing-job' }],
  'SageMaker Training Job State Change': [{ arn: 'TrainingJobArn', name: 'TrainingJobName', type: 'training-job' }],
  'SageMaker Transform Job State Change': [{ arn: 'TransformJobArn', name: 'TransformJobName', type: 'transform-job' }],
}
