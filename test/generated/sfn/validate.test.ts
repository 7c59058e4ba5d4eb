import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as _ from '../../../generated/sfn/index.js'

const fixture = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../fixtures/sfn/${path}`, import.meta.url), 'utf8'))

/** A published snippet is a `{ name: state }` map; a machine needs `StartAt` too. */
const machineOf = (states: Record<string, unknown>) => ({ StartAt: Object.keys(states)[0]!, States: states })

const TRAIN = 'SageMaker CreateTrainingJob'
const PROCESS = 'SageMaker CreateProcessingJob Sync'
const training = () => machineOf(fixture('create-training-job.states.json'))
const processing = () => fixture('create-processing-job.asl.json')

type Machine = { States: Record<string, Record<string, unknown>> } & Record<string, unknown>
type Task = Record<string, unknown> & { Parameters: Record<string, unknown> }

/** A copy of a machine with one state changed. */
function withState(machine: Record<string, unknown>, name: string, change: (state: Task) => void): Machine {
  const copy = structuredClone(machine) as Machine
  change(copy.States[name] as Task)
  return copy
}

const brief = (result: _.StateMachineValidation) => result.issues.map((i) => ({ path: i.path, code: i.code, state: i.state, ...(i.suggestion === undefined ? {} : { suggestion: i.suggestion }) }))
const at = (...path: Array<string | number>) => ['States', ...path]

describe('validateStateMachine: the published state machines', () => {
  const machines: Array<[string, () => unknown, string[]]> = [
    ['training job (.sync, Retry and Catch)', training, ['createTrainingJob:sync']],
    ['transform job (.sync)', () => machineOf(fixture('create-transform-job.states.json')), ['createTransformJob:sync']],
    ['labeling job (.sync)', () => fixture('create-labeling-job.asl.json'), ['createLabelingJob:sync']],
    ['processing job (.sync, "ProcessingJobName.$")', processing, ['createProcessingJob:sync']],
  ]
  it.each(machines)('%s validates clean', (_name, machine, tasks) => {
    const result = _.validateStateMachine(machine())
    expect(result.issues).toEqual([])
    expect(result.success).toBe(true)
    expect(result.tasks.map((t) => `${t.action}:${t.pattern}`)).toEqual(tasks)
  })

  it('also as JSON text', () => {
    expect(_.validateStateMachine(JSON.stringify(processing()))).toMatchObject({ success: true, tasks: [{ state: PROCESS, path: at(PROCESS) }] })
  })
})

describe('validateStateMachine: mistakes, each at its path', () => {
  const cases: Array<[string, { given: () => unknown; want: ReturnType<typeof brief> }]> = [
    [
      'a misspelled parameter',
      {
        given: () => withState(training(), TRAIN, (s) => {
          s.Parameters['TrainingJobNmae'] = s.Parameters['TrainingJobName']
          delete s.Parameters['TrainingJobName']
        }),
        want: [
          { path: at(TRAIN, 'Parameters', 'TrainingJobNmae'), code: 'unrecognized_key', state: TRAIN, suggestion: 'TrainingJobName' },
          { path: at(TRAIN, 'Parameters', 'TrainingJobName'), code: 'missing_required', state: TRAIN },
        ],
      },
    ],
    [
      'a misspelled "Key.$" parameter',
      {
        given: () => withState(processing(), PROCESS, (s) => {
          s.Parameters['ProcessingJobNmae.$'] = s.Parameters['ProcessingJobName.$']
          delete s.Parameters['ProcessingJobName.$']
        }),
        want: [
          { path: at(PROCESS, 'Parameters', 'ProcessingJobNmae.$'), code: 'unrecognized_key', state: PROCESS, suggestion: 'ProcessingJobName.$' },
          { path: at(PROCESS, 'Parameters', 'ProcessingJobName'), code: 'missing_required', state: PROCESS },
        ],
      },
    ],
    [
      'a missing required member, nested',
      { given: () => withState(training(), TRAIN, (s) => delete (s.Parameters['OutputDataConfig'] as Record<string, unknown>)['S3OutputPath']), want: [{ path: at(TRAIN, 'Parameters', 'OutputDataConfig', 'S3OutputPath'), code: 'missing_required', state: TRAIN }] },
    ],
    [
      'a bad enum value, in a list',
      {
        given: () => withState(training(), TRAIN, (s) => {
          ;((s.Parameters['InputDataConfig'] as Array<{ DataSource: { S3DataSource: Record<string, unknown> } }>)[0]!.DataSource.S3DataSource)['S3DataDistributionType'] = 'FULLYREPLICATED'
        }),
        want: [{ path: at(TRAIN, 'Parameters', 'InputDataConfig', 0, 'DataSource', 'S3DataSource', 'S3DataDistributionType'), code: 'invalid_enum_value', state: TRAIN, suggestion: 'FullyReplicated' }],
      },
    ],
    [
      'a number given as text',
      { given: () => withState(training(), TRAIN, (s) => ((s.Parameters['ResourceConfig'] as Record<string, unknown>)['InstanceCount'] = '4')), want: [{ path: at(TRAIN, 'Parameters', 'ResourceConfig', 'InstanceCount'), code: 'invalid_type', state: TRAIN }] },
    ],
    [
      'a malformed JSONPath',
      { given: () => withState(processing(), PROCESS, (s) => (s.Parameters['ProcessingJobName.$'] = '$.id[')), want: [{ path: at(PROCESS, 'Parameters', 'ProcessingJobName.$'), code: 'invalid_value', state: PROCESS }] },
    ],
    [
      'a "Key.$" value that is no path',
      { given: () => withState(processing(), PROCESS, (s) => (s.Parameters['ProcessingJobName.$'] = 'id')), want: [{ path: at(PROCESS, 'Parameters', 'ProcessingJobName.$'), code: 'invalid_value', state: PROCESS }] },
    ],
    [
      'an unknown intrinsic function',
      { given: () => withState(processing(), PROCESS, (s) => (s.Parameters['ProcessingJobName.$'] = "States.Formatt('job-{}', $.id)")), want: [{ path: at(PROCESS, 'Parameters', 'ProcessingJobName.$'), code: 'invalid_value', state: PROCESS }] },
    ],
    [
      'a pattern SageMaker does not support (.waitForTaskToken)',
      { given: () => withState(training(), TRAIN, (s) => (s['Resource'] = 'arn:aws:states:::sagemaker:createTrainingJob.waitForTaskToken')), want: [{ path: at(TRAIN, 'Resource'), code: 'invalid_value', state: TRAIN }] },
    ],
    [
      '.sync on an action without it',
      {
        given: () => machineOf({ Model: { Type: 'Task', Resource: 'arn:aws:states:::sagemaker:createModel.sync', Parameters: { 'ModelName.$': '$.name' }, End: true } }),
        want: [{ path: at('Model', 'Resource'), code: 'invalid_value', state: 'Model' }],
      },
    ],
    [
      'a misspelled pattern',
      { given: () => withState(training(), TRAIN, (s) => (s['Resource'] = 'arn:aws:states:::sagemaker:createTrainingJob.synch')), want: [{ path: at(TRAIN, 'Resource'), code: 'invalid_value', state: TRAIN, suggestion: 'arn:aws:states:::sagemaker:createTrainingJob.sync' }] },
    ],
    [
      'an action Step Functions does not integrate',
      { given: () => withState(training(), TRAIN, (s) => (s['Resource'] = 'arn:aws:states:::sagemaker:CreateTrainingJob.sync')), want: [{ path: at(TRAIN, 'Resource'), code: 'invalid_value', state: TRAIN, suggestion: 'arn:aws:states:::sagemaker:createTrainingJob.sync' }] },
    ],
    [
      'a States.* error Step Functions does not raise',
      {
        given: () => withState(training(), TRAIN, (s) => ((s['Retry'] as Array<{ ErrorEquals: string[] }>)[2]!.ErrorEquals = ['States.TimeOut'])),
        want: [{ path: at(TRAIN, 'Retry', 2, 'ErrorEquals', 0), code: 'invalid_value', state: TRAIN, suggestion: 'States.Timeout' }],
      },
    ],
    [
      'States.ALL before another catcher',
      {
        given: () => withState(training(), TRAIN, (s) => (s['Catch'] as unknown[]).push({ ErrorEquals: ['SageMaker.AmazonSageMakerException'], Next: 'X' })),
        want: [{ path: at(TRAIN, 'Catch', 0, 'ErrorEquals', 0), code: 'invalid_value', state: TRAIN }],
      },
    ],
    [
      'a malformed ResultPath',
      { given: () => withState(training(), TRAIN, (s) => ((s['Catch'] as unknown[]).length = 0, (s['ResultPath'] = '$.a b'))), want: [{ path: at(TRAIN, 'ResultPath'), code: 'invalid_value', state: TRAIN }] },
    ],
    [
      'a member given both as "Key" and "Key.$"',
      { given: () => withState(processing(), PROCESS, (s) => (s.Parameters['ProcessingJobName'] = 'job')), want: [{ path: at(PROCESS, 'Parameters', 'ProcessingJobName.$'), code: 'invalid_value', state: PROCESS }] },
    ],
    [
      'no Parameters, and "InputPath": null (the request is {})',
      {
        given: () => machineOf({ Deploy: { Type: 'Task', Resource: 'arn:aws:states:::sagemaker:createEndpoint', InputPath: null, End: true } }),
        want: [
          { path: at('Deploy', 'Parameters', 'EndpointName'), code: 'missing_required', state: 'Deploy' },
          { path: at('Deploy', 'Parameters', 'EndpointConfigName'), code: 'missing_required', state: 'Deploy' },
        ],
      },
    ],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    const result = _.validateStateMachine(given())
    expect(brief(result)).toEqual(want)
    expect(result.success).toBe(false)
  })

  it('issues read well: a message, and what was received', () => {
    const result = _.validateStateMachine(withState(processing(), PROCESS, (s) => (s.Parameters['ProcessingJobName.$'] = '$.id[')))
    expect(result.issues[0]).toMatchObject({ message: 'unclosed [ at character 5', received: '"$.id["' })
  })
})

describe('validateStateMachine: what Step Functions computes at run time', () => {
  const valid: Array<[string, () => unknown]> = [
    ['a required member set only by "Key.$"', () => withState(training(), TRAIN, (s) => {
      delete s.Parameters['RoleArn']
      s.Parameters['RoleArn.$'] = '$$.Execution.Input.role'
    })],
    ['a whole structure and list from the input', () => withState(training(), TRAIN, (s) => {
      delete s.Parameters['InputDataConfig']
      delete s.Parameters['ResourceConfig']
      s.Parameters['InputDataConfig.$'] = "$$.Execution.Input['Training'].InputDataConfig"
      s.Parameters['ResourceConfig.$'] = '$.config[0].resources'
    })],
    ['"Key.$" inside a list item and a map', () => withState(training(), TRAIN, (s) => {
      const channel = (s.Parameters['InputDataConfig'] as Array<Record<string, unknown>>)[0]!
      delete channel['DataSource']
      channel['DataSource.$'] = '$.dataSource'
      ;(s.Parameters['HyperParameters'] as Record<string, unknown>)['seed.$'] = 'States.Format(\'{}\', $.seed)'
    })],
    ['intrinsic functions, nested', () => withState(processing(), PROCESS, (s) => (s.Parameters['ProcessingJobName.$'] = "States.Format('{}-{}', States.ArrayGetItem(States.StringSplit($$.Execution.Name, '-'), 0), $.id)"))],
    ['a variable', () => withState(processing(), PROCESS, (s) => (s.Parameters['ProcessingJobName.$'] = '$jobName'))],
    ['no Parameters: the state input is the request', () => machineOf({ Deploy: { Type: 'Task', Resource: 'arn:aws:states:::sagemaker:createEndpoint', InputPath: '$.endpoint', End: true } })],
    ['a JSONata state without Arguments: the state input is the request', () =>
      machineOf({ Deploy: { Type: 'Task', QueryLanguage: 'JSONata', Resource: 'arn:aws:states:::sagemaker:createEndpoint', End: true } })],
    ['deployment placeholders in the resource and in values, even enums', () => withState(training(), TRAIN, (s) => {
      s['Resource'] = 'arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:sagemaker:createTrainingJob.sync'
      s.Parameters['RoleArn'] = '${SageMakerRoleArn}'
      ;(s.Parameters['AlgorithmSpecification'] as Record<string, unknown>)['TrainingInputMode'] = '${InputMode}'
    })],
  ]
  it.each(valid)('%s', (_name, machine) => expect(_.validateStateMachine(machine()).issues).toEqual([]))

  it('a literal value meets the model\'s constraints (a pattern is searched, not anchored); a computed or deployment-time one is not judged on them', () => {
    const named = (name: string) => withState(training(), TRAIN, (s) => (s.Parameters['TrainingJobName'] = name))
    expect(brief(_.validateStateMachine(named('--!!')))).toEqual([{ path: at(TRAIN, 'Parameters', 'TrainingJobName'), code: 'pattern', state: TRAIN }])
    expect(brief(_.validateStateMachine(named('x'.repeat(64))))).toEqual([{ path: at(TRAIN, 'Parameters', 'TrainingJobName'), code: 'too_big', state: TRAIN }])
    expect(brief(_.validateStateMachine(named('')))).toEqual([{ path: at(TRAIN, 'Parameters', 'TrainingJobName'), code: 'too_small', state: TRAIN }])
    // a deployment tool fills a `${...}` in: a long placeholder name says nothing of the name's length
    expect(_.validateStateMachine(named(`${'${'}${'TrainingJobNameFromTheStackParameters'.repeat(2)}}`)).issues).toEqual([])
    const computed = withState(training(), TRAIN, (s) => {
      delete s.Parameters['TrainingJobName']
      s.Parameters['TrainingJobName.$'] = "States.Format('--!!{}', $.id)"
    })
    expect(_.validateStateMachine(computed).issues).toEqual([])
  })

  it('a run-time value still needs a well-formed name: a misspelled one is reported', () => {
    const result = _.validateStateMachine(withState(training(), TRAIN, (s) => (s.Parameters['ResourceConfg.$'] = '$.rc')))
    expect(brief(result)).toEqual([{ path: at(TRAIN, 'Parameters', 'ResourceConfg.$'), code: 'unrecognized_key', state: TRAIN, suggestion: 'ResourceConfig.$' }])
  })
})

describe('validateStateMachine: nested states', () => {
  const task = (Parameters: unknown) => ({ Type: 'Task', Resource: 'arn:aws:states:::sagemaker:createEndpoint', Parameters, End: true })
  const bad = task({ EndpointName: 'e', EndpointConfigNmae: 'c' })
  const machine = {
    StartAt: 'Fan out',
    States: {
      'Fan out': {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'Ok', States: { Ok: task({ EndpointName: 'e', 'EndpointConfigName.$': '$.config' }) } },
          { StartAt: 'Bad', States: { Bad: bad } },
        ],
        Next: 'Each',
      },
      Each: { Type: 'Map', ItemProcessor: { StartAt: 'Inner', States: { Inner: bad } }, Next: 'Old' },
      Old: { Type: 'Map', Iterator: { StartAt: 'Legacy', States: { Legacy: bad } }, End: true },
    },
  }
  it('checks tasks in Parallel branches and Map item processors (also the older Iterator)', () => {
    const result = _.validateStateMachine(machine)
    expect(result.tasks.map((t) => t.path)).toEqual([
      ['States', 'Fan out', 'Branches', 0, 'States', 'Ok'],
      ['States', 'Fan out', 'Branches', 1, 'States', 'Bad'],
      ['States', 'Each', 'ItemProcessor', 'States', 'Inner'],
      ['States', 'Old', 'Iterator', 'States', 'Legacy'],
    ])
    expect(result.issues.filter((i) => i.code === 'unrecognized_key').map((i) => [i.state, i.path])).toEqual([
      ['Bad', ['States', 'Fan out', 'Branches', 1, 'States', 'Bad', 'Parameters', 'EndpointConfigNmae']],
      ['Inner', ['States', 'Each', 'ItemProcessor', 'States', 'Inner', 'Parameters', 'EndpointConfigNmae']],
      ['Legacy', ['States', 'Old', 'Iterator', 'States', 'Legacy', 'Parameters', 'EndpointConfigNmae']],
    ])
  })
})

describe('validateStateMachine: JSONata states', () => {
  const jsonata = (state: Record<string, unknown>, top: Record<string, unknown> = { QueryLanguage: 'JSONata' }) => ({ ...top, StartAt: 'Deploy', States: { Deploy: { Type: 'Task', Resource: 'arn:aws:states:::sagemaker:createEndpoint', End: true, ...state } } })
  const cases: Array<[string, { given: unknown; want: Array<[path: Array<string | number>, code: string]> }]> = [
    ['{% %} values stand in for members', { given: jsonata({ Arguments: { EndpointName: '{% $states.input.name %}', EndpointConfigName: 'config' } }), want: [] }],
    ['the whole request as one expression', { given: jsonata({ Arguments: '{% $states.input.endpoint %}' }), want: [] }],
    ['set per state', { given: jsonata({ QueryLanguage: 'JSONata', Arguments: { EndpointName: '{% $name %}', EndpointConfigName: '{% $config %}' } }, {}), want: [] }],
    ['static values still checked strictly', { given: jsonata({ Arguments: { EndpointName: '{% $name %}', EndpointConfigName: 'c', Tags: 'x' } }), want: [[at('Deploy', 'Arguments', 'Tags'), 'invalid_type']] }],
    ['an unclosed expression', { given: jsonata({ Arguments: { EndpointName: '{% $name ', EndpointConfigName: 'c' } }), want: [[at('Deploy', 'Arguments', 'EndpointName'), 'invalid_value']] }],
    ['"Key.$" has no place in JSONata', { given: jsonata({ Arguments: { 'EndpointName.$': '$.name', EndpointConfigName: 'c' } }), want: [[at('Deploy', 'Arguments', 'EndpointName.$'), 'invalid_value']] }],
    [
      'Parameters has no place in JSONata',
      { given: jsonata({ Parameters: { EndpointName: 'e', EndpointConfigName: 'c' } }), want: [[at('Deploy', 'Parameters'), 'invalid_value']] },
      // (without Arguments the state input is the request: nothing more to check statically)
    ],
    ['an unknown query language', { given: jsonata({ Arguments: { EndpointName: '{% $n %}', EndpointConfigName: 'c' } }, { QueryLanguage: 'JSONPATH' }), want: [[['QueryLanguage'], 'invalid_enum_value'], [at('Deploy', 'Arguments'), 'invalid_value']] }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(_.validateStateMachine(given).issues.map((i) => [i.path, i.code])).toEqual(want)
  })
})

describe('validateStateMachine: any input', () => {
  it.each<[string, unknown, string]>([
    ['not JSON', '{ "StartAt": ', 'not JSON'],
    ['not an object', [1, 2], 'expected a state machine definition'],
    ['no States', { StartAt: 'A' }, 'missing "States"'],
  ])('%s gives one issue at the root', (_name, definition, message) => {
    const result = _.validateStateMachine(definition)
    expect(result.success).toBe(false)
    expect(result.issues).toEqual([expect.objectContaining({ message: expect.stringContaining(message) })])
  })

  it('leaves tasks of other services alone', () => {
    const notify = { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { 'Message.$': 'no path' }, ResultPath: '$.a b', Retry: [{ ErrorEquals: ['States.TimeOut'] }], End: true }
    expect(_.validateStateMachine(machineOf({ Notify: notify }))).toEqual({ success: true, issues: [], tasks: [] })
  })

  it('never throws on random JSON, also shaped like a SageMaker task (fast-check)', () => {
    const task = fc.record({ Type: fc.constant('Task'), Resource: fc.constantFrom('arn:aws:states:::sagemaker:createTrainingJob.sync', 'arn:aws:states:::sagemaker:createModel', 'arn:aws:states:::sagemaker:x.y'), Parameters: fc.jsonValue(), Arguments: fc.jsonValue(), Retry: fc.jsonValue(), QueryLanguage: fc.constantFrom(undefined, 'JSONata', 'JSONPath', 3) }, { requiredKeys: ['Type', 'Resource'] })
    const machine = fc.oneof(fc.jsonValue(), fc.record({ StartAt: fc.string(), States: fc.dictionary(fc.string(), fc.oneof(task, fc.jsonValue())) }))
    fc.assert(fc.property(machine, (m) => Array.isArray(_.validateStateMachine(m).issues)), { numRuns: 300, seed: 11 })
  })

  it('never throws on hostile objects, nor touches a prototype', () => {
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('no keys') } })
    const getter = Object.defineProperty({}, 'TrainingJobName', { enumerable: true, get: () => { throw new Error('boom') } })
    let deep: Record<string, unknown> = { 'x.$': '$.a' }
    for (let i = 0; i < 5000; i++) deep = { HyperParameters: deep }
    const polluting = JSON.parse('{"__proto__": {"polluted.$": "$.a"}, "constructor": {"prototype": {"polluted": 1}}}')
    for (const parameters of [throwing, getter, deep, polluting]) {
      const result = _.validateStateMachine(machineOf({ T: { Type: 'Task', Resource: 'arn:aws:states:::sagemaker:createTrainingJob', Parameters: parameters, End: true } }))
      expect(result.success).toBe(false)
    }
    expect(_.validateStateMachine(throwing).success).toBe(false)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
