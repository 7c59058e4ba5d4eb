// Hand-written straight-line guards: what a careful developer writes when the payload matters.
// They check the same members as our codecs (every member's JSON type, at every depth), so the
// ratio compares the same work; they convert nothing and say nothing about why input is bad.

const str = (v: unknown): boolean => typeof v === 'string'
const bool = (v: unknown): boolean => typeof v === 'boolean'
const num = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v)
const int = (v: unknown): boolean => Number.isInteger(v)
const obj = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v)
const time = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number'
const opt = (v: unknown, check: (v: any) => boolean): boolean => v === undefined || check(v)
const list = (v: unknown, item: (v: any) => boolean): boolean => {
  if (!Array.isArray(v)) return false
  for (let i = 0; i < v.length; i++) if (!item(v[i])) return false
  return true
}
const strings = (v: unknown): boolean => list(v, str)
const stringMap = (v: unknown): boolean => {
  if (!obj(v)) return false
  for (const k in v) if (typeof v[k] !== 'string') return false
  return true
}

const envelope = (e: any): boolean =>
  obj(e) && str(e.version) && str(e.id) && str(e['detail-type']) && e.source === 'aws.sagemaker' && str(e.account) && time(e.time) && str(e.region) && strings(e.resources) && obj(e.detail)

const trainingImageConfig = (c: any): boolean =>
  obj(c) && opt(c.TrainingRepositoryAccessMode, str) && opt(c.TrainingRepositoryAuthConfig, (a) => obj(a) && opt(a.TrainingRepositoryCredentialsProviderArn, str))
const algorithmSpecification = (a: any): boolean =>
  obj(a) && opt(a.TrainingImage, str) && opt(a.AlgorithmName, str) && opt(a.TrainingInputMode, str) &&
  opt(a.MetricDefinitions, (l) => list(l, (m) => obj(m) && opt(m.Name, str) && opt(m.Regex, str))) && opt(a.EnableSageMakerMetricsTimeSeries, bool) &&
  opt(a.ContainerEntrypoint, strings) && opt(a.ContainerArguments, strings) && opt(a.TrainingImageConfig, trainingImageConfig)
const s3DataSource = (s: any): boolean =>
  obj(s) && opt(s.S3DataType, str) && opt(s.S3Uri, str) && opt(s.S3DataDistributionType, str) && opt(s.AttributeNames, strings) && opt(s.InstanceGroupNames, strings) &&
  opt(s.ModelAccessConfig, (m) => obj(m) && opt(m.AcceptEula, bool)) && opt(s.HubAccessConfig, (h) => obj(h) && opt(h.HubContentArn, str))
const dataSource = (d: any): boolean =>
  obj(d) && opt(d.S3DataSource, s3DataSource) &&
  opt(d.FileSystemDataSource, (f) => obj(f) && opt(f.FileSystemId, str) && opt(f.FileSystemAccessMode, str) && opt(f.FileSystemType, str) && opt(f.DirectoryPath, str)) &&
  opt(d.DatasetSource, (s) => obj(s) && opt(s.DatasetArn, str))
const channel = (c: any): boolean =>
  obj(c) && opt(c.ChannelName, str) && opt(c.DataSource, dataSource) && opt(c.ContentType, str) && opt(c.CompressionType, str) && opt(c.RecordWrapperType, str) &&
  opt(c.InputMode, str) && opt(c.ShuffleConfig, (s) => obj(s) && opt(s.Seed, int))
const resourceConfig = (r: any): boolean =>
  obj(r) && opt(r.InstanceType, str) && opt(r.InstanceCount, int) && opt(r.VolumeSizeInGB, int) && opt(r.VolumeKmsKeyId, str) && opt(r.KeepAlivePeriodInSeconds, num) &&
  opt(r.InstanceGroups, (l) => list(l, (g) => obj(g) && opt(g.InstanceType, str) && opt(g.InstanceCount, num) && opt(g.InstanceGroupName, str))) && opt(r.TrainingPlanArn, str) &&
  opt(r.InstancePlacementConfig, (p) => obj(p) && opt(p.EnableMultipleJobs, bool) && opt(p.PlacementSpecifications, (l) => list(l, (s) => obj(s) && opt(s.UltraServerId, str) && opt(s.InstanceCount, num)))) &&
  opt(r.InstancePreferences, (l) => list(l, (p) => obj(p) && opt(p.InstanceType, str) && opt(p.InstanceCount, num) && opt(p.TrainingPlanArns, strings))) &&
  opt(r.SelectedInstanceType, str) && opt(r.SelectedInstanceCount, num)
const statusTransition = (s: any): boolean => obj(s) && opt(s.Status, str) && opt(s.StartTime, time) && opt(s.EndTime, time) && opt(s.StatusMessage, str)

/** The Training Job State Change event, every member of its detail at every depth. */
export const trainingJobEvent = (e: any): boolean => {
  if (!envelope(e)) return false
  const d = e.detail
  return (
    str(d.TrainingJobName) && str(d.TrainingJobArn) && opt(d.TrainingJobStatus, str) && opt(d.SecondaryStatus, str) && opt(d.HyperParameters, stringMap) &&
    opt(d.AlgorithmSpecification, algorithmSpecification) && opt(d.RoleArn, str) && opt(d.InputDataConfig, (l) => list(l, channel)) &&
    opt(d.OutputDataConfig, (o) => obj(o) && opt(o.KmsKeyId, str) && opt(o.S3OutputPath, str) && opt(o.CompressionType, str)) && opt(d.ResourceConfig, resourceConfig) &&
    opt(d.VpcConfig, (v) => obj(v) && opt(v.SecurityGroupIds, strings) && opt(v.Subnets, strings)) &&
    opt(d.StoppingCondition, (s) => obj(s) && opt(s.MaxRuntimeInSeconds, int) && opt(s.MaxWaitTimeInSeconds, int) && opt(s.MaxPendingTimeInSeconds, num)) &&
    opt(d.CreationTime, time) && opt(d.TrainingStartTime, time) && opt(d.TrainingEndTime, time) && opt(d.LastModifiedTime, time) &&
    opt(d.SecondaryStatusTransitions, (l) => list(l, statusTransition)) && opt(d.Tags, stringMap) && opt(d.ModelArtifacts, (m) => obj(m) && opt(m.S3ModelArtifacts, str))
  )
}

const only = (o: Record<string, unknown>, keys: ReadonlySet<string>): boolean => {
  for (const k in o) if (!keys.has(k)) return false
  return true
}
const requestKeys = new Set(['ProcessingInputs', 'ProcessingOutputConfig', 'ProcessingJobName', 'ProcessingResources', 'StoppingCondition', 'AppSpecification', 'Environment', 'NetworkConfig', 'RoleArn', 'Tags', 'ExperimentConfig'])
const appSpecificationKeys = new Set(['ImageUri', 'ContainerEntrypoint', 'ContainerArguments'])
const resourcesKeys = new Set(['ClusterConfig'])
const clusterKeys = new Set(['InstanceCount', 'InstanceType', 'VolumeSizeInGB', 'VolumeKmsKeyId', 'InstancePreferences', 'SelectedInstanceType', 'SelectedInstanceCount'])

/**
 * A CreateProcessingJob request as strict as ours where the payload goes: required members,
 * no unknown keys at any level it reaches, integers, and instance types from the API's list
 * (the members the payload leaves out are checked as absent).
 */
/** The model's constraints on a value, as the strict codec checks them (length in code points). */
export interface Rule {
  readonly min?: number | undefined
  readonly max?: number | undefined
  readonly pattern?: RegExp | undefined
}
const codePoints = (s: string): number => {
  let n = s.length
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--
      i++
    }
  }
  return n
}
const text = (rule: Rule | undefined) => (v: unknown): boolean => {
  if (typeof v !== 'string') return false
  if (rule === undefined) return true
  const n = rule.min === undefined && rule.max === undefined ? 0 : codePoints(v)
  return (rule.min === undefined || n >= rule.min) && (rule.max === undefined || n <= rule.max) && (rule.pattern === undefined || rule.pattern.test(v))
}
const bounded = (rule: Rule | undefined) => (v: unknown): boolean =>
  Number.isInteger(v) && (rule?.min === undefined || (v as number) >= rule.min) && (rule?.max === undefined || (v as number) <= rule.max)

/**
 * The CreateProcessingJob request of the payload, as strictly as the codec where the payload
 * goes: unknown keys, enums, and the model's constraints (`rules`, by `Shape.Member`).
 */
export const createProcessingJobRequest = (instanceTypes: ReadonlySet<string>, rules: Readonly<Record<string, Rule>>) => {
  const jobName = text(rules['CreateProcessingJobRequest.ProcessingJobName'])
  const roleArn = text(rules['CreateProcessingJobRequest.RoleArn'])
  const imageUri = text(rules['AppSpecification.ImageUri'])
  const kmsKey = text(rules['ProcessingClusterConfig.VolumeKmsKeyId'])
  const instanceCount = bounded(rules['ProcessingClusterConfig.InstanceCount'])
  const volumeSize = bounded(rules['ProcessingClusterConfig.VolumeSizeInGB'])
  const environment = (v: unknown): boolean => {
    if (!obj(v)) return false
    let n = 0
    for (const k in v) {
      n++
      if (!text(rules['CreateProcessingJobRequest.Environment{}'])(k) || !text(rules['CreateProcessingJobRequest.Environment'])(v[k])) return false
    }
    return n <= (rules['CreateProcessingJobRequest.Environment[]']?.max ?? Infinity)
  }
  return (r: any): boolean => {
    if (!obj(r) || !only(r, requestKeys) || !jobName(r.ProcessingJobName) || !roleArn(r.RoleArn)) return false
    const a = r.AppSpecification
    if (!obj(a) || !only(a, appSpecificationKeys) || !imageUri(a.ImageUri) || !opt(a.ContainerEntrypoint, strings) || !opt(a.ContainerArguments, strings)) return false
    const p = r.ProcessingResources
    if (!obj(p) || !only(p, resourcesKeys)) return false
    const c = p.ClusterConfig
    return (
      obj(c) && only(c, clusterKeys) && opt(c.InstanceCount, instanceCount) && opt(c.InstanceType, (v) => instanceTypes.has(v)) && volumeSize(c.VolumeSizeInGB) && opt(c.VolumeKmsKeyId, kmsKey) &&
      c.InstancePreferences === undefined && opt(c.SelectedInstanceType, (v) => instanceTypes.has(v)) && opt(c.SelectedInstanceCount, num) &&
      r.ProcessingInputs === undefined && r.ProcessingOutputConfig === undefined && r.StoppingCondition === undefined && opt(r.Environment, environment) &&
      r.NetworkConfig === undefined && r.Tags === undefined && r.ExperimentConfig === undefined
    )
  }
}
