import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as _ from '../../../codegen/frontends/botocore/to-ir.js'
import { SourceError } from '../../../codegen/ir/origin.js'
import { validateIR } from '../../../codegen/ir/validate.js'
import { root } from '../../generated/api/boto3-seed.js'

const FILE = 'test/fixtures/botocore/model.json'
const text = readFileSync(join(root, FILE), 'utf8')
const read = (source: string, untranslatable: readonly string[] = []) =>
  _.botocoreToIR(JSON.parse(source) as _.BotocoreModel, source, FILE, { untranslatable: new Set(untranslatable) })
const withoutOrigins = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'origin' ? undefined : x)))

describe('botocoreToIR', () => {
  const ir = read(text)

  it('reads operations, structures, unions, enums and every constraint, and only what operations reach', () => {
    expect(withoutOrigins(ir)).toEqual({
      source: 'botocore SageMaker 2017-07-24',
      operations: {
        CreateThing: { name: 'CreateThing', input: 'CreateThingInput', output: 'CreateThingOutput', aliases: { request: 'CreateThingRequest', response: 'CreateThingResponse' } },
        DeleteThing: { name: 'DeleteThing', input: 'DeleteThingRequest', output: 'DeleteThingResponse' },
      },
      shapes: {
        CreateThingInput: {
          kind: 'structure',
          name: 'CreateThingInput',
          members: [
            { name: 'ThingName', required: true, target: { kind: 'string', constraints: { min: 1, max: 63, pattern: '[a-z]+-[0-9a-z\\-]+' } } },
            { name: 'Count', required: true, target: { kind: 'integer', constraints: { min: 0, max: 10 } } },
            { name: 'Size', required: false, target: { kind: 'integer', constraints: { min: 1 } } },
            { name: 'Ratio', required: false, target: { kind: 'number', constraints: { min: 0.25, max: 1 } } },
            { name: 'Mode', required: false, target: { kind: 'ref', name: 'Mode' } },
            {
              name: 'Tags',
              required: false,
              target: { kind: 'map', key: { kind: 'string', constraints: { min: 1, max: 128 } }, value: { kind: 'string', constraints: { max: 256 } }, constraints: { min: 0, max: 50 } },
            },
            {
              name: 'Names',
              required: false,
              target: { kind: 'list', item: { kind: 'string', constraints: { min: 1, max: 63, pattern: '[a-z]+-[0-9a-z\\-]+' } }, constraints: { min: 1, max: 5 } },
            },
            { name: 'Source', required: false, target: { kind: 'ref', name: 'ThingSource' } },
            { name: 'Created', required: false, target: { kind: 'timestamp' } },
            { name: 'Enabled', required: false, target: { kind: 'boolean' } },
            { name: 'Settings', required: false, target: { kind: 'document' } },
          ],
        },
        CreateThingOutput: {
          kind: 'structure',
          name: 'CreateThingOutput',
          members: [{ name: 'ThingArn', required: false, target: { kind: 'string', constraints: { max: 2048, pattern: 'arn:[a-zA-Z0-9\\-]+:.*' } } }],
        },
        DeleteThingRequest: {
          kind: 'structure',
          name: 'DeleteThingRequest',
          members: [{ name: 'ThingName', required: true, target: { kind: 'string', constraints: { min: 1, max: 63, pattern: '[a-z]+-[0-9a-z\\-]+' } } }],
        },
        DeleteThingResponse: { kind: 'structure', name: 'DeleteThingResponse', members: [] },
        Mode: { kind: 'enum', name: 'Mode', values: ['Fast', 'Slow'] },
        ThingSource: {
          kind: 'union',
          name: 'ThingSource',
          members: [
            { name: 'S3Uri', required: false, target: { kind: 'string', constraints: { max: 256 } } },
            { name: 'Names', required: false, target: { kind: 'list', item: { kind: 'string', constraints: { min: 1, max: 63, pattern: '[a-z]+-[0-9a-z\\-]+' } }, constraints: { min: 1, max: 5 } } },
          ],
        },
      },
    })
    expect(validateIR(ir)).toEqual([])
  })

  it('gives shapes and members the line of the model file they start on', () => {
    const input = ir.shapes['CreateThingInput']!
    expect(input.origin).toEqual({ file: FILE, line: 24, column: 5 })
    expect(input.kind === 'structure' && input.members.find((m) => m.name === 'Count')!.origin).toEqual({ file: FILE, line: 29, column: 9 })
  })

  it('stops at a pattern without an ECMA-262 form, at its shape', () => {
    const changed = text.replace('"arn:[\\\\p{Alnum}\\\\-]+:.*"', '"(?i)arn:.*"')
    expect(changed).not.toBe(text)
    expect(() => read(changed)).toThrow(SourceError)
    expect(() => read(changed)).toThrow(/^test\/fixtures\/botocore\/model\.json:\d+:5: pattern "\(\?i\)arn:\.\*" has no ECMA-262 form \(group construct/)
  })

  it('drops a reviewed untranslatable pattern and keeps the other constraints', () => {
    const changed = read(text.replace('"arn:[\\\\p{Alnum}\\\\-]+:.*"', '"(?i)arn:.*"'), ['(?i)arn:.*'])
    const output = changed.shapes['CreateThingOutput']!
    expect(output.kind === 'structure' && output.members[0]!.target).toEqual({ kind: 'string', constraints: { max: 2048 } })
  })
})
