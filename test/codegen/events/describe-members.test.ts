// Event details as complete as the API: a detail that the overlay types with a Describe response
// has every member of that response, save those the overlay lists with a reviewed reason; every
// documented detail-type is known, and an example added later refines its detail.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { eventIR, publishedIR } from '../../../codegen/generate.js'
import { eventsToIR } from '../../../codegen/frontends/events/to-ir.js'
import { EVENT_OVERLAYS } from '../../../codegen/overlays/events.js'
import { readEventSources } from '../../../codegen/sources.js'
import type { IR } from '../../../codegen/ir/types.js'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const api = publishedIR(root)
const { ir } = eventIR(root, api)

const memberNames = (model: IR, shape: string): string[] => {
  const s = model.shapes[shape]
  return s?.kind === 'structure' ? s.members.map((m) => m.name) : []
}
const detailOf = (model: IR, detailType: string): string => Object.values(model.events ?? {}).find((e) => e.detailType === detailType)!.detail

describe('event details and their Describe responses', () => {
  const typed = EVENT_OVERLAYS.filter((o) => o.api !== undefined)

  it('the overlay names a Describe response for 38 detail-types (18 with examples, 20 without)', () => {
    expect(typed.length).toBe(38)
    for (const o of typed) expect(o.api, o.detailType).toMatch(/^Describe\w+(Response|Output)$/)
  })

  it.each(typed.map((o) => [o.detailType, o] as const))('%s has every member of its Describe response, or a reason', (detailType, overlay) => {
    const detail = memberNames(ir, detailOf(ir, detailType))
    const left = overlay.notInEvent ?? {}
    const missing = memberNames(api, overlay.api!).filter((m) => !detail.includes(m) && left[m] === undefined)
    expect(missing).toEqual([])
    for (const [member, reason] of Object.entries(left)) {
      expect(detail, `${member} is left out`).not.toContain(member)
      expect(reason.length, `${member}: a reason`).toBeGreaterThan(20)
    }
  })

  it('TrainingJobStateChangeDetail has FailureReason though no example shows it', () => {
    const detail = ir.shapes[detailOf(ir, 'SageMaker Training Job State Change')]
    expect(detail?.kind === 'structure' && detail.members.find((m) => m.name === 'FailureReason')).toMatchObject({ required: false, target: { kind: 'string' } })
  })

  it('an API member added to a detail keeps its event form (Tags as a map) and is optional', () => {
    const detail = ir.shapes[detailOf(ir, 'SageMaker Ground Truth Labeling Job State Change')]
    expect(detail?.kind === 'structure' && detail.members.find((m) => m.name === 'Tags')).toMatchObject({ required: false, target: { kind: 'map' } })
  })
})

describe('every documented detail-type', () => {
  it('is known: 58, each with an overlay and a source folder', () => {
    const { sources } = readEventSources(root)
    expect(sources.length).toBe(58)
    expect(Object.keys(ir.events ?? {}).length).toBe(58)
    expect(new Set(EVENT_OVERLAYS.map((o) => o.detailType))).toEqual(new Set(sources.map((s) => s.detailType)))
  })

  it('with no example, has no required member and says why it is typed as it is', () => {
    const { sources } = readEventSources(root)
    const none = sources.filter((s) => s.details.length === 0 && s.schema === undefined)
    expect(none.length).toBe(34)
    for (const s of none) {
      const overlay = EVENT_OVERLAYS.find((o) => o.detailType === s.detailType)!
      expect(overlay.identity, s.detailType).toEqual([])
      expect(overlay.why, s.detailType).toBeTruthy()
      const detail = ir.shapes[detailOf(ir, s.detailType)]
      expect(detail?.kind === 'structure' && detail.members.filter((m) => m.required)).toEqual([])
      // Typed by the API, or an open record.
      expect(detail?.kind === 'structure' && (overlay.api !== undefined ? detail.members.length > 0 : detail.open === true), s.detailType).toBe(true)
    }
  })

  it('an example added later refines the detail, with no other change', () => {
    const { sources } = readEventSources(root)
    const detailType = 'SageMaker Tracking Server Created'
    const example = { TrackingServerName: 'ts', TrackingServerStatus: 'Created', EventOnly: 1 }
    const withExample = sources.map((s) => (s.detailType === detailType ? { ...s, details: [example] } : s))
    const refined = eventsToIR(withExample, EVENT_OVERLAYS, api, 'test')
    expect(detailOf(ir, detailType)).toBe('TrackingServerDetail')
    const own = detailOf(refined, detailType)
    expect(own).toBe('TrackingServerCreatedDetail')
    const members = memberNames(refined, own)
    expect(members.slice(0, 3)).toEqual(['TrackingServerName', 'TrackingServerStatus', 'EventOnly'])
    expect(members).toEqual(expect.arrayContaining(memberNames(api, 'DescribeMlflowTrackingServerResponse')))
    // The others still share theirs.
    expect(detailOf(refined, 'SageMaker Tracking Server Deleted')).toBe('TrackingServerDetail')
  })
})
