// The fast paths never change a verdict: on every fixture (events and API payloads, valid or
// not), decoding with the fast path first gives what the careful path alone gives.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, it } from 'vitest'
import * as api from '../../generated/api/index.js'
import { SageMakerEvent } from '../../generated/events/index.js'
import { expectPathsAgree as agree } from './agree.js'

const fixtures = new URL('../fixtures/', import.meta.url)
const files = (dir: string): string[] =>
  readdirSync(new URL(dir, fixtures), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}${e.name}/`) : [`${dir}${e.name}`]))
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, fixtures), 'utf8'))

describe('fast and careful paths agree', () => {
  it.each(files('events/'))('%s, as it is and broken', (path) => {
    const event = read(path) as Record<string, unknown>
    const codec = SageMakerEvent.variants[event['detail-type'] as string]!
    agree(codec, event)
    agree(codec, { ...event, time: 'not a time' })
    agree(codec, { ...event, detail: { ...(event['detail'] as object), CreationTime: true } })
  })

  const requests = files('api/').map((path) => [path, path.split('/')[1]!] as const)
  it.each(requests)('%s with both variants, as it is and broken', (path, operation) => {
    const request = read(path) as Record<string, unknown>
    const codecs = api as unknown as Record<string, object>
    for (const codec of [codecs[`${operation}Request`]!, codecs[`${operation}RequestLenient`]!]) {
      agree(codec, request)
      agree(codec, { ...request, Extra: 1 })
      agree(codec, { ...request, RoleArn: null })
    }
  })
})
