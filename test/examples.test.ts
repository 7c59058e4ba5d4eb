// The examples/ are type-checked by `npm run typecheck`; here each is bundled the way a user
// would ship it (esbuild, mainFields module,main) and run against the fixtures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { makeSageMakerEvent } from '../generated/events/testing.js'
import { bundleLikeAUser } from './bundle.js'

const out = mkdtempSync(join(tmpdir(), 'examples-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))
const fixture = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`fixtures/events/${path}`, import.meta.url), 'utf8'))

/** Bundles an example (imports of `sagemaker-shapes/*` resolve through tsconfig paths) and loads it. */
async function load<T>(example: string): Promise<T & { bytes: number }> {
  const { text, bytes } = await bundleLikeAUser({ entry: join('examples', example) })
  const file = join(out, example.replace(/\.ts$/, '.mjs'))
  writeFileSync(file, text)
  return { ...((await import(pathToFileURL(file).href)) as T), bytes }
}

type Handler<R> = { handler: (event: unknown, log?: (line: string) => void) => Promise<R> }

describe('examples/lambda-handler.ts', async () => {
  const { handler } = await load<Handler<{ ok: boolean; summary: string }>>('lambda-handler.ts')

  it('summarises a training job event, with its Date', async () => {
    expect(await handler(fixture('training-job-state-change/docs-01.json'))).toEqual({
      ok: true,
      summary: expect.stringMatching(/^training job \S+ is Completed \(started 20\d\d-/),
    })
  })

  it('maps the event status spelling to the API one', async () => {
    expect(await handler(fixture('endpoint-state-change/seed-01.json'))).toEqual({ ok: true, summary: 'endpoint MyEndpoint is InService and ready' })
  })

  it('handles every detail-type and reports a bad event with its path', async () => {
    for (const t of ['SageMaker Model Card State Change', 'SageMaker HyperPod Cluster Event'] as const) {
      expect((await handler(makeSageMakerEvent(t))).ok).toBe(true)
    }
    const bad = makeSageMakerEvent('SageMaker Training Job State Change', { detail: { CreationTime: 'soon' } })
    expect(await handler(bad)).toEqual({ ok: false, summary: expect.stringContaining('detail.CreationTime') })
  })
})

describe('examples/sqs-handler.ts', async () => {
  const { handler } = await load<Handler<{ batchItemFailures: Array<{ itemIdentifier: string }> }>>('sqs-handler.ts')
  const record = (messageId: string, body: unknown) => ({ messageId, receiptHandle: 'r', body: JSON.stringify(body), eventSource: 'aws:sqs' })

  it('decodes each record and reports only the bad one for retry', async () => {
    const lines: string[] = []
    const response = await handler(
      { Records: [record('a', fixture('processing-job-state-change/seed-01.json')), record('b', { source: 'aws.sagemaker' })] },
      (line) => lines.push(line),
    )
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'b' }] })
    expect(lines[0]).toMatch(/^processing job integ-test-analytics-algo-\S+: /)
    expect(lines[1]).toMatch(/^message b: /)
  })
})
