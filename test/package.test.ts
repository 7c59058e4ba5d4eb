// The package as npm publishes it: built with tsup, packed with npm (once per content of its
// sources: test/package-build.ts), linted by publint and @arethetypeswrong/cli, then installed
// into a scratch project and used the ways users use it (ESM, CJS, TypeScript, the command line).
import { type SpawnSyncOptions, spawnSync } from 'node:child_process'
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Package, checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { sageMakerDetailTypes } from '../generated/events/index.js'
import { type Packed, packedPackage } from './package-build.js'

const root = fileURLToPath(new URL('..', import.meta.url))

function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, ...options })
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) }
}

const operations = readdirSync(join(root, 'generated/api'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
let packed: Packed
let tarball: string
/** A scratch project with the tarball installed, and the peers from this repository. */
let project: string

// A build, not a test: about 90 s of CPU on a fresh clone (none when the sources are unchanged);
// on a machine shared with other builds it has taken more than ten minutes.
beforeAll(() => {
  packed = packedPackage()
  tarball = packed.tarball
  project = packed.project
}, 1_800_000)

describe('the packed tarball', () => {
  it('ships only what users need: the build, the README, the CHANGELOG, the licence', () => {
    const unexpected = packed.files.map((f) => f.path).filter((p) => !/^(dist\/.*\.(js|cjs|d\.ts|d\.cts)|dist\/types-cjs\/package\.json|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(p))
    expect(unexpected).toEqual([])
    // The CLI runs as ESM (the bin); its CJS build is left out.
    expect(packed.files.map((f) => f.path).filter((p) => /^dist\/(cli\/main|check-.*|codegen-.*|demo-.*)\.cjs$/.test(p))).toEqual([])
    expect(packed.files.map((f) => f.path)).toEqual(expect.arrayContaining(['dist/cli/main.js', expect.stringMatching(/^dist\/check-.*\.js$/)]))
  })

  it('has every operation entry in all four forms', () => {
    const paths = new Set(packed.files.map((f) => f.path))
    const missing = operations.flatMap((op) => ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `dist/api/${op}.${ext}`)).filter((p) => !paths.has(p))
    expect(missing).toEqual([])
  })

  it('has an executable bin with a shebang', () => {
    const main = join(project, 'node_modules/sagemaker-shapes/dist/cli/main.js')
    expect(readFileSync(main, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(main).mode & 0o111).not.toBe(0)
  })

  it('passes publint, suggestions included', async () => {
    const bytes = readFileSync(tarball)
    const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) }, level: 'suggestion', strict: true })
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([])
  })
})

/**
 * The package with `directoryExists` answered from an index of its folders. @arethetypeswrong/core
 * 0.18.5 answers it by scanning every file of the package, and TypeScript's module resolution asks
 * it for each folder it probes: with the ~5,500 files of this package that was 36 of the 45 s
 * that `./api` took. The answer is the same: a folder exists when a file lies below it.
 */
function withDirectoryIndex(pkg: Package): Package {
  const folders = new Set<string>(['/'])
  for (const file of pkg.listFiles()) {
    for (let i = file.indexOf('/', 1); i !== -1; i = file.indexOf('/', i + 1)) folders.add(file.slice(0, i + 1))
  }
  pkg.directoryExists = (path: string) => folders.has(path.endsWith('/') ? path : `${path}/`)
  return pkg
}

// @arethetypeswrong's analysis, entry by entry (the whole package at once is one slow test):
// every entry package.json exports, read from it so a new one cannot be left out, and a sample
// of the `./api/*` wildcard, whose files the tests above check all exist.
describe('@arethetypeswrong/core: each entry has the right types for node10, node16 (CJS and ESM) and bundlers', () => {
  const exported = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: object }).exports).filter((k) => !k.includes('*') && k !== './package.json')
  const sample = ['CreateProcessingJob', 'DescribeTrainingJob', operations[0]!, operations[operations.length - 1]!].map((op) => `./api/${op}`)
  let pkg: Package
  beforeAll(() => {
    pkg = withDirectoryIndex(createPackageFromTarballData(new Uint8Array(readFileSync(tarball))))
  })

  it('covers the entries users import', () => {
    expect(exported).toEqual(expect.arrayContaining(['.', './api', './catalog', './events', './sfn', './sfn/sdk']))
  })

  // `./api` (every operation in one declaration) takes about 6 s of CPU: on a machine shared
  // with a dozen other processes that is more than the default minute.
  it.each([...exported, ...sample])(
    '%s',
    async (entry) => {
      const result = await checkPackage(pkg, { entrypoints: [entry] })
      expect(result.types).toEqual({ kind: 'included' })
      expect(result.types === false ? [] : [Object.keys(result.entrypoints), result.problems]).toEqual([[entry], []])
    },
    300_000,
  )
})

describe('the installed package', () => {
  const node = (args: string[]) => run(process.execPath, args, { cwd: project })
  const event = readFileSync(join(root, 'test/fixtures/events/training-job-state-change/docs-01.json'), 'utf8')

  it.each([
    ['ESM', ['--input-type=module', '-e'], "import { decodeSageMakerEvent } from 'sagemaker-shapes/events'; import { CreateProcessingJobRequest } from 'sagemaker-shapes/api/CreateProcessingJob'; import { safeDecode } from 'sagemaker-shapes'"],
    ['CJS', ['--input-type=commonjs', '-e'], "const { decodeSageMakerEvent } = require('sagemaker-shapes/events'); const { CreateProcessingJobRequest } = require('sagemaker-shapes/api/CreateProcessingJob'); const { safeDecode } = require('sagemaker-shapes')"],
  ])('decodes from %s', (_name, flags, imports) => {
    const script = `${imports}
const e = decodeSageMakerEvent(${event})
const r = safeDecode(CreateProcessingJobRequest, { ProcessingJobName: 'x' })
console.log(JSON.stringify([e.success && e.data.time instanceof Date, r.success, r.success ? [] : r.issues.map((i) => i.path.join('.'))]))`
    const { status, stdout, stderr } = node([...flags, script])
    expect(status, stderr).toBe(0)
    expect(JSON.parse(stdout)).toEqual([true, false, ['ProcessingResources', 'AppSpecification', 'RoleArn']])
  })

  it('runs the CLI: check and demo (one generated event per detail-type, as no fixtures ship)', () => {
    const main = 'node_modules/sagemaker-shapes/dist/cli/main.js'
    const check = node([main, 'check', join(root, 'test/fixtures/events'), join(root, 'test/fixtures/api')])
    expect(check.status, check.stdout + check.stderr).toBe(0)
    const demo = node([main, 'demo'])
    expect(demo.status, demo.stdout).toBe(0)
    expect(demo.stdout).toContain(`${sageMakerDetailTypes.length} of ${sageMakerDetailTypes.length} example events decoded`)
  })

  it('runs the installed CLI\'s --version, read from the installed package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    const result = node(['node_modules/sagemaker-shapes/dist/cli/main.js', '--version'])
    expect(result).toMatchObject({ status: 0, stdout: `${version}\n` })
  })

  // How the examples use the published types is checked, and the declarations themselves (no
  // skipLibCheck): one file per module, what a consumer without skipLibCheck reads.
  it('type-checks the examples against the published declarations (NodeNext)', () => {
    cpSync(join(root, 'examples'), join(project, 'examples'), { recursive: true })
    const compilerOptions = { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: ['node'], typeRoots: [join(root, 'node_modules/@types')] }
    const tsconfig = { compilerOptions, include: ['examples'] }
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig))
    const tsc = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project])
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  })
})
