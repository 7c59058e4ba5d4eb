// A Lambda function reading SageMaker events from an SQS queue (EventBridge -> SQS, or
// EventBridge -> SNS -> SQS), reporting partial batch failures so only bad messages are retried.
import { formatIssue } from 'sagemaker-shapes'
import { decodeSageMakerSqsEvent, failures, isProcessingJobStateChangeEvent } from 'sagemaker-shapes/events'

export interface BatchResponse {
  readonly batchItemFailures: ReadonlyArray<{ readonly itemIdentifier: string }>
}

export const handler = async (event: unknown, log: (line: string) => void = console.log): Promise<BatchResponse> => {
  const records = decodeSageMakerSqsEvent(event)
  for (const { id, result } of records) {
    if (!result.success) {
      log(`message ${id}: ${result.issues.map(formatIssue).join('; ')}`)
      continue
    }
    const e = result.data
    if (isProcessingJobStateChangeEvent(e)) log(`processing job ${e.detail.ProcessingJobName}: ${e.detail.ProcessingJobStatus ?? 'unknown'}`)
    else log(`${e['detail-type']} for ${e.resources.join(', ')}`)
  }
  return { batchItemFailures: failures(records) }
}
