// The vendored botocore model is an extract: facts only, in the form the extract tool writes.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as _ from '../../../codegen/frontends/botocore/extract.js'
import { root } from '../../generated/api/boto3-seed.js'

const read = (path: string): string => readFileSync(join(root, path), 'utf8')
const VENDORED = 'codegen/sources/botocore/sagemaker/2017-07-24/service-2.json'
const vendored = read(VENDORED)
const input = read('test/fixtures/botocore/extract-input.json')
const output = read('test/fixtures/botocore/extract-output.json')

describe('extractBotocoreModel', () => {
  it('drops the prose and sorts trait keys, keeping the order of operations, shapes and members', () => {
    expect(_.extractBotocoreModel(JSON.parse(input))).toBe(output)
  })

  it('is a fixpoint: an extract extracts to itself', () => {
    expect(_.extractBotocoreModel(JSON.parse(output))).toBe(output)
  })

  it('finds prose where the fixture has it, and none in its output', () => {
    expect(_.proseKeys(JSON.parse(input))).toEqual([
      'operations.StopThing.documentation',
      'operations.AddThing.errors[0].documentation',
      'operations.AddThing.documentation',
      'shapes.StopThingRequest.members.ThingName.documentation',
      'shapes.AddThingRequest.members.ThingName.documentation',
      'shapes.AddThingRequest.members.Old.deprecatedMessage',
      'shapes.AddThingRequest.members.Old.documentation',
      'shapes.AddThingRequest.documentation',
      'shapes.ThingName.documentation',
      'shapes.ResourceLimitExceeded.documentation',
      'documentation',
    ])
    expect(_.proseKeys(JSON.parse(output))).toEqual([])
  })
})

describe('the vendored SageMaker model', () => {
  const model = JSON.parse(vendored) as { operations: object; shapes: object }

  it('holds no prose', () => {
    expect(_.proseKeys(model)).toEqual([])
  })

  it('is exactly what the extract tool writes for it', () => {
    expect(_.extractBotocoreModel(model)).toBe(vendored)
  })

  it('is the file SOURCE.md pins', () => {
    const digest = createHash('sha256').update(vendored).digest('hex')
    expect(read('codegen/sources/botocore/SOURCE.md')).toContain(digest)
    expect(Object.keys(model.operations)).toHaveLength(403)
    expect(Object.keys(model.shapes)).toHaveLength(3026)
  })
})
