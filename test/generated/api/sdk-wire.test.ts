import { readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as sdk from '@aws-sdk/client-sagemaker'
import type * as t from 'io-ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as api from '../../../generated/api/index.js'
import { parseIsoTimestamp, safeDecode } from '../../../src/index.js'

// Our codecs against the real SDK, over real HTTP: what the SDK writes must be what our encode
// writes, and what the SDK parses must survive our decode. Nothing is mocked; the server only
// records the request and answers with a canned body.

const fixture = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'))
const sfnParameters = (op: string): unknown => fixture(`api/${op}/sfn-task-parameters.json`)

const codecs = api as unknown as Record<string, t.Type<unknown, unknown, unknown>>
type Command = Parameters<sdk.SageMakerClient['send']>[0]
const commands = sdk as unknown as Record<string, new (input: unknown) => Command>

// A member the model does not have, as a newer service version might send: the SDK drops it.
const EXTRA = 'NotInThisModelVersion'

const ROLE = 'arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole'
const ARN = 'arn:aws:sagemaker:us-east-1:123456789012'

const monitoringScheduleConfig = {
  ScheduleConfig: { ScheduleExpression: 'cron(0 * ? * * *)' },
  MonitoringType: 'DataQuality',
  MonitoringJobDefinition: {
    BaselineConfig: {
      ConstraintsResource: { S3Uri: 's3://amzn-s3-demo-bucket/churn/baseline/constraints.json' },
      StatisticsResource: { S3Uri: 's3://amzn-s3-demo-bucket/churn/baseline/statistics.json' },
    },
    MonitoringInputs: [
      { EndpointInput: { EndpointName: 'churn-endpoint', LocalPath: '/opt/ml/processing/input/endpoint', S3InputMode: 'File', S3DataDistributionType: 'FullyReplicated' } },
    ],
    MonitoringOutputConfig: {
      MonitoringOutputs: [
        { S3Output: { S3Uri: 's3://amzn-s3-demo-bucket/churn/reports', LocalPath: '/opt/ml/processing/output', S3UploadMode: 'EndOfJob' } },
      ],
    },
    MonitoringResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 20 } },
    MonitoringAppSpecification: { ImageUri: '156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer' },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    Environment: { publish_cloudwatch_metrics: 'Enabled' },
    RoleArn: ROLE,
  },
}
const processingJob = sfnParameters('CreateProcessingJob') as { ProcessingJobName: string }

// The nine operations of the seeds have no request timestamps (only their responses do, as
// epoch seconds, some fractional); ListTrainingJobs adds one on the request side.
type Case = [operation: string, exchange: { request: unknown; response: Record<string, unknown> }]
const cases: Case[] = [
  [
    'CreateMonitoringSchedule',
    {
      request: { MonitoringScheduleName: 'churn-data-quality', MonitoringScheduleConfig: monitoringScheduleConfig, Tags: [{ Key: 'team', Value: 'ml-platform' }] },
      response: { MonitoringScheduleArn: `${ARN}:monitoring-schedule/churn-data-quality`, [EXTRA]: 'x' },
    },
  ],
  ['CreateProcessingJob', { request: processingJob, response: { ProcessingJobArn: `${ARN}:processing-job/sm-003-processing-job`, [EXTRA]: 'x' } }],
  [
    'DescribeMonitoringSchedule',
    {
      request: { MonitoringScheduleName: 'churn-data-quality' },
      response: {
        MonitoringScheduleArn: `${ARN}:monitoring-schedule/churn-data-quality`,
        MonitoringScheduleName: 'churn-data-quality',
        MonitoringScheduleStatus: 'Scheduled',
        MonitoringType: 'DataQuality',
        CreationTime: 1718000000.123,
        LastModifiedTime: 1718003600,
        MonitoringScheduleConfig: monitoringScheduleConfig,
        EndpointName: 'churn-endpoint',
        LastMonitoringExecutionSummary: {
          MonitoringScheduleName: 'churn-data-quality',
          ScheduledTime: 1718006400,
          CreationTime: 1718006405.5,
          LastModifiedTime: 1718007012.25,
          MonitoringExecutionStatus: 'CompletedWithViolations',
          ProcessingJobArn: `${ARN}:processing-job/model-monitoring-202406100800-1a2b3c4d`,
          EndpointName: 'churn-endpoint',
          MonitoringType: 'DataQuality',
        },
        [EXTRA]: { Tier: 'Standard' },
      },
    },
  ],
  [
    'DescribeProcessingJob',
    {
      request: { ProcessingJobName: processingJob.ProcessingJobName },
      response: {
        ...processingJob,
        ProcessingInputs: [
          {
            InputName: 'input-1',
            S3Input: { S3Uri: 's3://amzn-s3-demo-bucket/raw', LocalPath: '/opt/ml/processing/input', S3DataType: 'S3Prefix', S3InputMode: 'File' },
          },
        ],
        StoppingCondition: { MaxRuntimeInSeconds: 3600 },
        ProcessingJobArn: `${ARN}:processing-job/${processingJob.ProcessingJobName}`,
        ProcessingJobStatus: 'Completed',
        ExitMessage: '',
        CreationTime: 1592411992.203,
        ProcessingStartTime: 1592412100,
        ProcessingEndTime: 1592412391.871,
        LastModifiedTime: 1592412392,
        [EXTRA]: ['x'],
      },
    },
  ],
  [
    'Search',
    {
      request: {
        Resource: 'TrainingJob',
        SearchExpression: {
          Operator: 'And',
          Filters: [
            { Name: 'TrainingJobStatus', Operator: 'Equals', Value: 'Completed' },
            // A time filter is a string on both sides, which `instants` must leave alone.
            { Name: 'CreationTime', Operator: 'GreaterThan', Value: '2024-06-01T00:00:00Z' },
          ],
          SubExpressions: [
            {
              Operator: 'Or',
              Filters: [{ Name: 'Tags.team', Operator: 'Equals', Value: 'ml-platform' }, { Name: 'TrainingJobName', Operator: 'Contains', Value: 'churn' }],
            },
          ],
        },
        SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 10,
      },
      response: {
        Results: [
          {
            TrainingJob: {
              TrainingJobName: 'churn-xgb-2024-06-10',
              TrainingJobArn: `${ARN}:training-job/churn-xgb-2024-06-10`,
              TrainingJobStatus: 'Completed',
              SecondaryStatus: 'Completed',
              HyperParameters: { max_depth: '5', eta: '0.2', num_round: '100' },
              AlgorithmSpecification: { TrainingImage: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1', TrainingInputMode: 'File' },
              RoleArn: ROLE,
              ResourceConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 },
              StoppingCondition: { MaxRuntimeInSeconds: 86400 },
              CreationTime: 1718012345.678, TrainingStartTime: 1718012400, TrainingEndTime: 1718012912,
              TrainingTimeInSeconds: 512, BillableTimeInSeconds: 512,
              Tags: [{ Key: 'team', Value: 'ml-platform' }],
            },
          },
        ],
        TotalHits: { Value: 1, Relation: 'EqualTo' },
        [EXTRA]: 0,
      },
    },
  ],
  [
    'UpdateMonitoringSchedule',
    {
      request: {
        MonitoringScheduleName: 'churn-data-quality',
        MonitoringScheduleConfig: { ...monitoringScheduleConfig, ScheduleConfig: { ScheduleExpression: 'cron(0 0 ? * * *)' } },
      },
      response: { MonitoringScheduleArn: `${ARN}:monitoring-schedule/churn-data-quality`, [EXTRA]: 'x' },
    },
  ],
  [
    'CreateTrainingJob',
    { request: sfnParameters('CreateTrainingJob'), response: { TrainingJobArn: `${ARN}:training-job/search-model`, [EXTRA]: 'x' } },
  ],
  [
    'CreateTransformJob',
    {
      request: sfnParameters('CreateTransformJob'),
      response: { TransformJobArn: `${ARN}:transform-job/sfn-binary-classification-prediction`, [EXTRA]: 'x' },
    },
  ],
  [
    'CreateLabelingJob',
    { request: sfnParameters('CreateLabelingJob'), response: { LabelingJobArn: `${ARN}:labeling-job/example-job-name`, [EXTRA]: 'x' } },
  ],
  // A request timestamp: ISO-8601 in, epoch seconds on the SDK's wire.
  [
    'ListTrainingJobs',
    {
      request: { CreationTimeAfter: '2024-06-01T00:00:00.500Z', StatusEquals: 'Completed', MaxResults: 10 },
      response: {
        TrainingJobSummaries: [
          { TrainingJobName: 'search-model', TrainingJobArn: `${ARN}:training-job/search-model`, CreationTime: 1717200000.5, TrainingJobStatus: 'Completed' },
        ],
        [EXTRA]: 'x',
      },
    },
  ],
]

// The SDK writes timestamps as epoch seconds, our encode as ISO-8601. Only where the two meet at
// the same place are both turned into epoch milliseconds; any other difference stays visible.
function instants(wire: unknown, ours: unknown): [unknown, unknown] {
  const date = typeof wire === 'number' && typeof ours === 'string' ? parseIsoTimestamp(ours) : undefined
  if (date !== undefined) return [Math.round((wire as number) * 1000), date.getTime()]
  if (typeof wire !== 'object' || wire === null || typeof ours !== 'object' || ours === null) return [wire, ours]
  const copy = (v: object) => (Array.isArray(v) ? [...v] : { ...v }) as Record<string, unknown>
  const [w, o] = [copy(wire), copy(ours)]
  for (const key of Object.keys(w)) if (key in o) [w[key], o[key]] = instants(w[key], o[key])
  return [w, o]
}

describe('requests and responses through the real SageMakerClient', () => {
  const received: Array<{ headers: IncomingHttpHeaders; body: unknown }> = []
  let reply: unknown
  const server = createServer((req, res) => {
    let text = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (text += chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(text) })
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(reply))
    })
  })
  let client: sdk.SageMakerClient

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    client = new sdk.SageMakerClient({
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
      maxAttempts: 1,
    })
  })

  afterAll(async () => {
    client?.destroy()
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())))
  })

  it.each(cases)('%s', async (op, { request, response }) => {
    // Prepare
    const decoded = safeDecode(codecs[`${op}Request`]!, structuredClone(request))
    if (!decoded.success) expect.fail(`${op}Request rejects the request: ${JSON.stringify(decoded.issues)}`)
    received.length = 0
    reply = response

    // Act
    const { $metadata, ...output } = await client.send(new commands[`${op}Command`]!(decoded.data))

    // Assess: the wire request is what our encode gives
    expect($metadata.httpStatusCode).toBe(200)
    expect(received).toHaveLength(1)
    expect(received[0]!.headers['x-amz-target']).toBe(`SageMaker.${op}`)
    const [wire, ours] = instants(received[0]!.body, codecs[`${op}Request`]!.encode(decoded.data))
    expect(wire).toEqual(ours)

    // Assess: our decode of the SDK's output loses nothing, and reads the wire body the same way
    const responseCodec = codecs[`${op}Response`]!
    const fromSdk = safeDecode(responseCodec, output)
    if (!fromSdk.success) expect.fail(`${op}Response rejects the SDK output: ${JSON.stringify(fromSdk.issues)}`)
    // toMatchObject: every key of the SDK output, at any depth, with an equal value (Dates by instant).
    expect(fromSdk.data).toMatchObject(output)
    expect(safeDecode(responseCodec, structuredClone(response))).toEqual({ success: true, data: { ...output, [EXTRA]: response[EXTRA] } })
  })
})
