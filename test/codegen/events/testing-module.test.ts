import { describe, expect, it } from 'vitest'
import { emitEvents, exampleResources } from '../../../codegen/emit/events.js'
import type { IR } from '../../../codegen/ir/types.js'
import { EVENT_RESOURCES } from '../../../codegen/overlays/event-resources.js'
import { sageMakerDetailTypes } from '../../../generated/events/index.js'

// A detail-type known from the API only (no example, no entry in the resources overlay), as
// issue 15 adds them: the factory's detail and resources come from the IR alone.
const ir: IR = {
  source: 'test',
  operations: {},
  shapes: {
    MonitoringScheduleStateChangeDetail: {
      kind: 'structure',
      name: 'MonitoringScheduleStateChangeDetail',
      members: [
        { name: 'MonitoringScheduleName', required: true, target: { kind: 'string' } },
        {
          name: 'MonitoringScheduleArn',
          required: true,
          target: { kind: 'string', constraints: { pattern: 'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:monitoring-schedule/.*' } },
        },
        { name: 'CreationTime', required: true, target: { kind: 'timestamp' } },
        { name: 'Status', required: true, target: { kind: 'ref', name: 'ScheduleStatus' } },
        { name: 'Config', required: true, target: { kind: 'ref', name: 'Config' } },
        { name: 'FailureReason', required: false, target: { kind: 'string' } },
      ],
    },
    ScheduleStatus: { kind: 'enum', name: 'ScheduleStatus', values: ['Pending', 'Failed'] },
    Config: { kind: 'structure', name: 'Config', members: [{ name: 'Count', required: true, target: { kind: 'integer' } }] },
    OpenDetail: { kind: 'structure', name: 'OpenDetail', members: [] },
  },
  events: {
    MonitoringScheduleStateChange: { name: 'MonitoringScheduleStateChange', detailType: 'SageMaker Monitoring Schedule State Change', detail: 'MonitoringScheduleStateChangeDetail' },
    OpenThing: { name: 'OpenThing', detailType: 'SageMaker Open Thing', detail: 'OpenDetail' },
  },
}

/** The JSON after `'<detail-type>': ` on its line of the table `name` in the testing module. */
function entry(text: string, table: string, detailType: string): unknown {
  const body = text.slice(text.indexOf(`const ${table}`))
  const line = body.split('\n').find((l) => l.startsWith(`  '${detailType}': `))!
  return JSON.parse(line.slice(`  '${detailType}': `.length).replace(/,$/, ''))
}

describe('the testing module, for a detail-type with no example', () => {
  const examples = new Map([['SageMaker Open Thing', { Anything: 'x' }]])
  const resources = exampleResources([{ 'detail-type': 'SageMaker Open Thing', resources: ['arn:aws:sagemaker:us-west-2:111122223333:open-thing/x'] }])
  const text = emitEvents(ir, examples, resources).get('generated/events/testing.ts')!

  it('gives every required member an example value of its type, ARNs from their pattern', () => {
    expect(entry(text, 'DETAILS', 'SageMaker Monitoring Schedule State Change')).toEqual({
      MonitoringScheduleName: 'example-MonitoringScheduleName',
      MonitoringScheduleArn: 'arn:aws:sagemaker:us-east-1:123456789012:monitoring-schedule/example',
      CreationTime: '2024-01-01T00:00:00Z',
      Status: 'Pending',
      Config: { Count: 0 },
    })
  })

  it('takes resources from the identity members that are ARNs', () => {
    expect(entry(text, 'RESOURCES', 'SageMaker Monitoring Schedule State Change')).toEqual({ from: [{ arn: ['MonitoringScheduleArn'] }], example: [] })
  })

  it("keeps an example's detail and resources where there is no ARN to read", () => {
    expect(entry(text, 'DETAILS', 'SageMaker Open Thing')).toEqual({ Anything: 'x' })
    expect(entry(text, 'RESOURCES', 'SageMaker Open Thing')).toEqual({ from: [], example: ['arn:aws:sagemaker:us-west-2:111122223333:open-thing/x'] })
  })

  it('types overrides by each detail-type', () => {
    expect(text).toContain("  'SageMaker Monitoring Schedule State Change': MonitoringScheduleStateChangeEvent['detail']")
  })

  it('leaves out example resources with placeholders', () => {
    expect(exampleResources([{ 'detail-type': 'X', resources: ['arn:aws:sagemaker:<region>:<account>:x/y'] }]).has('X')).toBe(false)
  })
})

describe('codegen/overlays/event-resources.ts', () => {
  it('names known detail-types only', () => {
    expect(Object.keys(EVENT_RESOURCES).filter((t) => !(sageMakerDetailTypes as readonly string[]).includes(t))).toEqual([])
  })

  it('gives a resource type wherever it gives a name member', () => {
    for (const sources of Object.values(EVENT_RESOURCES)) for (const s of sources) expect(s.name === undefined || s.type !== undefined).toBe(true)
  })
})
