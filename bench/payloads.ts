// The payloads `npm run bench` measures, and our codec for each: shared by the main run and by
// the run with code generation disallowed (bench/interpreter.ts).
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as t from 'io-ts'
import * as api from '../generated/api/index.js'
import * as events from '../generated/events/index.js'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
export const fixture = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, 'test/fixtures', path), 'utf8'))

export const trainingEvent = fixture('events/training-job-state-change/seed-01.json')
export const processingEvent = fixture('events/processing-job-state-change/seed-01.json')
export const createProcessingJob = fixture('api/CreateProcessingJob/sfn-task-parameters.json')
// A Search result's TrainingJob: the event's detail (minus its event-only forms) as the API sends it.
const { VpcConfig: _vpc, Tags: _tags, ...detail } = trainingEvent['detail'] as Record<string, unknown>
// Through JSON text, as a Lambda or the SDK's HTTP layer gets it: objects built by spreading and
// then retyping members (string times made numbers) would measure V8's hidden-class churn instead.
export const searchResponse: unknown = JSON.parse(
  JSON.stringify({
    Results: Array.from({ length: 100 }, (_v, i) => ({
      TrainingJob: {
        ...detail,
        TrainingJobName: `job-${i}`,
        Tags: [{ Key: 'team', Value: 'ml' }],
        CreationTime: 1592411992.203 + i,
        TrainingStartTime: 1592411993,
        TrainingEndTime: 1592412993,
        LastModifiedTime: 1592412994,
      },
    })),
  }),
)

/** Each payload by the name the results use, with our codec for it. */
export const ours: ReadonlyArray<{ readonly name: string; readonly payload: unknown; readonly codec: t.Mixed }> = [
  { name: 'Training Job event', payload: trainingEvent, codec: events.TrainingJobStateChangeEvent },
  { name: 'Processing Job event', payload: processingEvent, codec: events.ProcessingJobStateChangeEvent },
  { name: 'CreateProcessingJob request', payload: createProcessingJob, codec: api.CreateProcessingJobRequest },
  { name: 'Search response, 100 training jobs', payload: searchResponse, codec: api.SearchResponse },
]

export const ROUNDS = 7
/** Calls a second: the median of `ROUNDS` rounds of 150 ms after one of warm-up. */
export function opsPerSecond(fn: () => unknown): number {
  const deadline = (ms: number): number => {
    let n = 0
    const end = performance.now() + ms
    while (performance.now() < end) {
      for (let i = 0; i < 100; i++) fn()
      n += 100
    }
    return n / (ms / 1000)
  }
  deadline(150) // warm-up
  const rounds = Array.from({ length: ROUNDS }, () => deadline(150)).sort((a, b) => a - b)
  return rounds[Math.floor(ROUNDS / 2)]!
}
