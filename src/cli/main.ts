#!/usr/bin/env node
// sagemaker-shapes: check SageMaker API payloads against the generated codecs.
//
//   sagemaker-shapes demo                                   decode the bundled example events
//   sagemaker-shapes check --op <Operation> [--response] <file.json>...
//   sagemaker-shapes codegen --boto3 <page.txt>... --out <dir> [--runtime <specifier>]
//   sagemaker-shapes check-sfn <definition.json>...
//
// Exit status: 0 all valid, 1 issues found, 2 usage or I/O error.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as t from 'io-ts'
import { boto3Codecs } from '../../codegen/boto3.js'
import { SourceError } from '../../codegen/ir/origin.js'
import * as api from '../../generated/api/index.js'
import { type SageMakerEvent, decodeSageMakerEvent, isUnknownSageMakerEvent, sageMakerDetailTypes } from '../../generated/events/index.js'
import { makeSageMakerEvent } from '../../generated/events/testing.js'
import { safeDecode } from '../decode.js'
import { CHECK_SFN_USAGE, checkSfn } from './check-sfn.js'
import { formatIssue } from '../format.js'

const USAGE = `usage:
  sagemaker-shapes demo
  sagemaker-shapes check --op <Operation> [--response] <file.json>...
  sagemaker-shapes codegen --boto3 <page.txt>... --out <dir> [--runtime <specifier>]
  ${CHECK_SFN_USAGE}`

class UsageError extends Error {}

const codecs = api as unknown as Record<string, t.Decoder<unknown, unknown> | undefined>

function codecFor(operation: string, response: boolean): t.Decoder<unknown, unknown> {
  const codec = codecs[`${operation}${response ? 'Response' : 'Request'}`]
  if (codec === undefined) {
    const known = Object.keys(codecs)
      .filter((k) => k.endsWith('Request'))
      .map((k) => k.slice(0, -'Request'.length))
    throw new UsageError(`unknown operation ${operation}; known: ${known.join(', ')}`)
  }
  return codec
}

interface Checked {
  readonly file: string
  readonly operation: string
  readonly issues: readonly string[]
}

function checkFile(file: string, operation: string, response: boolean): Checked {
  const codec = codecFor(operation, response)
  let input: unknown
  try {
    input = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    return { file, operation, issues: [`cannot read JSON: ${(e as Error).message}`] }
  }
  const result = safeDecode(codec, input)
  return { file, operation, issues: result.success ? [] : result.issues.map(formatIssue) }
}

function report(results: readonly Checked[], cwd: string): number {
  const width = Math.max(...results.map((r) => r.operation.length), 'operation'.length)
  console.log(`${'operation'.padEnd(width)}  result     file`)
  for (const r of results) {
    const verdict = r.issues.length === 0 ? 'valid' : `${r.issues.length} issue${r.issues.length === 1 ? '' : 's'}`
    console.log(`${r.operation.padEnd(width)}  ${verdict.padEnd(9)}  ${relative(cwd, r.file)}`)
    for (const issue of r.issues) console.log(`${' '.repeat(width + 2)}  - ${issue}`)
  }
  const bad = results.filter((r) => r.issues.length > 0).length
  console.log(`\n${results.length - bad} valid, ${bad} with issues`)
  return bad > 0 ? 1 : 0
}

/** The repository's fixtures folder, when running from a clone. */
function fixturesDir(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url))
  return [join(here, '../../test/fixtures'), join(here, '../test/fixtures')].find((d) => {
    try {
      return statSync(d).isDirectory()
    } catch {
      return false
    }
  })
}

/** The example events: every documented example in a clone, else one per detail-type from the package. */
function exampleEvents(): Array<{ name: string; event: unknown }> {
  const dir = fixturesDir()
  if (dir === undefined) return sageMakerDetailTypes.map((t) => ({ name: t, event: makeSageMakerEvent(t) }))
  const events = join(dir, 'events')
  return readdirSync(events)
    .sort()
    .flatMap((slug) =>
      readdirSync(join(events, slug))
        .sort()
        .map((f) => ({ name: `${slug}/${f}`, event: JSON.parse(readFileSync(join(events, slug, f), 'utf8')) as unknown })),
    )
}

/** A member of the detail that says how things stand: `...Status` (first found), else `State`. */
function statusOf(event: SageMakerEvent): string {
  const detail = event.detail as Record<string, unknown>
  const key = Object.keys(detail).find((k) => /status$/i.test(k) && typeof detail[k] === 'string') ?? (typeof detail['State'] === 'string' ? 'State' : undefined)
  return key === undefined ? '-' : String(detail[key])
}

function demo(): number {
  const rows: string[][] = []
  let failed = 0
  for (const { name, event } of exampleEvents()) {
    const result = decodeSageMakerEvent(event)
    if (!result.success) {
      failed++
      rows.push(['(invalid)', name, result.issues.map(formatIssue).join('; '), ''])
      continue
    }
    const e = result.data
    const resource = e.resources[0]?.replace(/^arn:[^:]+:sagemaker:[^:]*:[^:]*:/, '') ?? '-'
    const type = isUnknownSageMakerEvent(e) ? `${e['detail-type']} (unknown)` : e['detail-type'].replace(/^SageMaker /, '')
    rows.push([type, resource, statusOf(e), e.time.toISOString()])
  }
  const widths = [0, 1, 2].map((i) => Math.min(60, Math.max(...rows.map((r) => r[i]!.length), 12)))
  const line = (r: readonly string[]): string => r.map((c, i) => (i < 3 ? c.slice(0, widths[i]).padEnd(widths[i]!) : c)).join('  ')
  console.log(line(['detail-type', 'resource', 'status', 'time']))
  for (const r of rows) console.log(line(r))
  console.log(`\n${rows.length - failed} of ${rows.length} example events decoded (timestamps as Dates, whatever their encoding)`)
  return failed > 0 ? 1 : 0
}

/** Generates codecs from boto3 documentation pages pasted into files, for any AWS service. */
function codegen(args: readonly string[]): number {
  const pages: string[] = []
  let out: string | undefined
  let runtime = 'sagemaker-shapes/runtime'
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--boto3') {
      const file = args[++i]
      if (file === undefined) throw new UsageError('--boto3 needs a file')
      pages.push(file)
    } else if (arg === '--out') out = args[++i]
    else if (arg === '--runtime') runtime = args[++i] ?? runtime
    else if (!arg.startsWith('--') && pages.length > 0) pages.push(arg)
    else throw new UsageError(`unknown codegen argument ${arg}`)
  }
  if (pages.length === 0 || out === undefined) throw new UsageError('codegen needs --boto3 <page.txt> and --out <dir>')
  let files: Map<string, string>
  try {
    const texts = pages.map((file) => ({ file: basename(file), text: readFileSync(file, 'utf8') }))
    files = boto3Codecs(texts, { dir: '.', runtime: { specifier: runtime } })
  } catch (e) {
    if (e instanceof SourceError || (e as NodeJS.ErrnoException).code !== undefined) {
      console.error(`sagemaker-shapes codegen: ${(e as Error).message}`)
      return 2
    }
    throw e
  }
  for (const [path, text] of files) {
    const target = resolve(out, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
  console.log(`sagemaker-shapes codegen: wrote ${files.size} files to ${out}`)
  return 0
}

function main(args: readonly string[]): number {
  const [command, ...rest] = args
  if (command === 'codegen') return codegen(rest)
  if (command === 'demo') return demo()
  if (command === 'check-sfn') return checkSfn(rest)
  if (command === 'check') {
    let operation: string | undefined
    let response = false
    const files: string[] = []
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i]!
      if (arg === '--op') operation = rest[++i]
      else if (arg === '--response') response = true
      else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`)
      else files.push(arg)
    }
    if (operation === undefined) throw new UsageError('check needs --op <Operation>')
    if (files.length === 0) throw new UsageError('check needs at least one file')
    codecFor(operation, response)
    for (const file of files) {
      try {
        statSync(file)
      } catch {
        console.error(`sagemaker-shapes: cannot read ${file}`)
        return 2
      }
    }
    return report(
      files.map((f) => checkFile(f, operation, response)),
      process.cwd(),
    )
  }
  throw new UsageError(command === undefined ? 'no command given' : `unknown command ${basename(command)}`)
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (e) {
  if (!(e instanceof UsageError)) throw e
  console.error(`sagemaker-shapes: ${e.message}\n${USAGE}`)
  process.exitCode = 2
}
