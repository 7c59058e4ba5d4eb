// Every TypeScript snippet of the README compiles as written: each is extracted into a file of
// its own and all are type-checked in one program against the package's entry points.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { boto3Codecs } from '../codegen/boto3.js'
import { typeErrors } from './codegen/typecheck.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const readme = readFileSync(join(root, 'README.md'), 'utf8')

/** The README's ```ts blocks, each with the line its code starts on. */
function snippets(): Array<{ line: number; code: string }> {
  const blocks: Array<{ line: number; code: string }> = []
  const fence = /^```(ts|typescript)\n([\s\S]*?)^```$/gm
  for (const match of readme.matchAll(fence)) {
    blocks.push({ line: readme.slice(0, match.index).split('\n').length + 1, code: match[2]! })
  }
  return blocks
}

describe('README', () => {
  const dir = join(root, `.tmp/readme-${process.pid}`)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('has TypeScript snippets for every entry point it documents', () => {
    const imports = new Set(snippets().flatMap(({ code }) => [...code.matchAll(/from '(sagemaker-shapes[^']*)'/g)].map((m) => m[1])))
    expect([...imports].sort()).toEqual([
      'sagemaker-shapes',
      'sagemaker-shapes/api/CreateEndpoint',
      'sagemaker-shapes/api/CreateProcessingJob',
      'sagemaker-shapes/api/DescribeProcessingJob',
      'sagemaker-shapes/catalog',
      'sagemaker-shapes/events',
      'sagemaker-shapes/events/cloudtrail',
      'sagemaker-shapes/events/testing',
      'sagemaker-shapes/sfn',
      'sagemaker-shapes/sfn/sdk',
    ])
  })

  it('every TypeScript snippet compiles as written (one program for all)', () => {
    const files: string[] = []
    for (const { line, code } of snippets()) {
      const file = join(dir, `readme-line-${line}.ts`)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, code)
      files.push(file)
    }
    // What snippets import from beside them: the handler a snippet tests is the README's first
    // handler, and `./codecs/index.js` is what `codegen --boto3` makes of S3 put_object's page.
    const handler = snippets().find(({ code }) => code.includes('export const handler'))!
    writeFileSync(join(dir, 'handler.ts'), handler.code)
    const page = 'test/fixtures/boto3/pages/current/s3.put_object.txt'
    for (const [path, text] of boto3Codecs([{ file: page, text: readFileSync(join(root, page), 'utf8') }], { dir: '.', runtime: { specifier: 'sagemaker-shapes/runtime' } })) {
      mkdirSync(dirname(join(dir, 'codecs', path)), { recursive: true })
      writeFileSync(join(dir, 'codecs', path), text)
    }
    expect(files.length).toBeGreaterThanOrEqual(9)
    const errors = typeErrors(files, { nodeTypes: true }).map((e) => e.replace(`${dir}/`, 'README.md, snippet '))
    expect(errors).toEqual([])
  })
})
