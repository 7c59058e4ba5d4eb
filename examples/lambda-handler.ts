// A Lambda function subscribed to SageMaker events by an EventBridge rule.
import { formatIssue } from 'sagemaker-shapes'
import { EndpointStatus } from 'sagemaker-shapes/api/DescribeEndpoint'
import { decodeSageMakerEvent, isUnknownSageMakerEvent, toApiEnumValue } from 'sagemaker-shapes/events'

export interface Outcome {
  readonly ok: boolean
  readonly summary: string
}

export const handler = async (event: unknown): Promise<Outcome> => {
  const result = decodeSageMakerEvent(event)
  if (!result.success) {
    // Each issue says where: { path: ['detail', 'CreationTime'], message: 'expected a timestamp ...' },
    // which formatIssue writes as `detail.CreationTime: expected a timestamp ...`.
    return { ok: false, summary: result.issues.map(formatIssue).join('; ') }
  }
  const e = result.data
  // `switch` on the detail-type narrows `e` to that event: its detail is typed in each case.
  switch (e['detail-type']) {
    case 'SageMaker Training Job State Change': {
      // A Date, whatever encoding AWS used (ISO, epoch milliseconds as number or text).
      const started = e.detail.TrainingStartTime?.toISOString() ?? 'not started'
      return { ok: true, summary: `training job ${e.detail.TrainingJobName} is ${e.detail.TrainingJobStatus} (started ${started})` }
    }
    case 'SageMaker Endpoint State Change': {
      // Events say IN_SERVICE where the API (and the SDK) say InService.
      // Typed EndpointStatus; undefined for a status this version does not know.
      const status = toApiEnumValue(e.detail.EndpointStatus, EndpointStatus) ?? e.detail.EndpointStatus
      return { ok: true, summary: `endpoint ${e.detail.EndpointName} is ${status}${status === 'InService' ? ' and ready' : ''}` }
    }
  }
  // A detail-type this version does not know decodes too (its detail a plain record).
  if (isUnknownSageMakerEvent(e)) return { ok: true, summary: `not handled yet: ${e['detail-type']}` }
  return { ok: true, summary: `${e['detail-type']} at ${e.time.toISOString()}` }
}
