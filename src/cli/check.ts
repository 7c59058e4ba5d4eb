import { createReadStream } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { type ApiCatalog, assertOperation, loadApiCatalog } from './api-catalog.js'
import { UsageError, parseCommandArgs } from './args.js'
import { expandInputs, fileError } from './inputs.js'
import { type CheckIssue, type CheckTarget, type CheckedItem, type Place, checkValue } from './items.js'
import { jsonSyntaxIssues, parseJsonText } from './json-text.js'
import { LineSplitter, MAX_LINE_BYTES, MAX_VALUES_PER_LINE, concatenatedValues, decompressed } from './ndjson.js'
import { Progress, type Terminal } from './progress.js'
import { MAX_DOCUMENT_BYTES, readFileLimited } from './read.js'
import { Output, type Reporter, type Sink, humanReporter, jsonReporter } from './report.js'

/** What the command reads and writes; the process's own streams, or stand-ins in tests. */
export interface CheckIo {
  readonly stdout: Sink
  readonly stderr: Sink & Terminal
  readonly stdin: AsyncIterable<Buffer | string>
}

export { MAX_DOCUMENT_BYTES }

interface Run {
  readonly target: CheckTarget
  readonly reporter: Reporter
  readonly progress: Progress
  catalog: ApiCatalog | undefined
}

/** Checks a value, loading the API codecs first if it turns out to need them. */
async function checkParsed(run: Run, value: unknown, place: Place, at?: string): Promise<CheckedItem[]> {
  const items = checkValue(value, place, run.target, run.catalog, at)
  if (items !== undefined) return items
  run.catalog = await loadApiCatalog()
  return checkValue(value, place, run.target, run.catalog, at) ?? []
}

const tooLarge = (place: Place, message: string): CheckedItem => ({ ...place, kind: 'unrecognized', name: '', issues: [{ path: [], message, code: 'too_large' }] })

/** All of a stream, or `undefined` past {@link MAX_DOCUMENT_BYTES} (it stops reading there). */
async function readLimited(source: AsyncIterable<Buffer | string>): Promise<Buffer | undefined> {
  const parts: Buffer[] = []
  let size = 0
  for await (const chunk of source) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += part.length
    if (size > MAX_DOCUMENT_BYTES) return undefined
    parts.push(part)
  }
  return Buffer.concat(parts)
}

/** A document's bytes, or `undefined` when larger than the limit. */
async function readDocument(path: string, stdin: AsyncIterable<Buffer | string>): Promise<Buffer | undefined> {
  return path === '-' ? readLimited(stdin) : readFileLimited(path)
}

function decodeText(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** One JSON document: a file, or all of standard input. */
async function checkDocument(run: Run, path: string, stdin: AsyncIterable<Buffer | string>): Promise<void> {
  const place: Place = { source: path }
  const limit = `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB; a stream of one event per line is checked with --ndjson`
  let bytes = await readDocument(path, stdin)
  if (bytes !== undefined && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_DOCUMENT_BYTES })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw e
      bytes = undefined
    }
  }
  if (bytes === undefined) return run.reporter.item(tooLarge(place, limit))
  const text = decodeText(bytes)
  if (text === undefined) {
    return run.reporter.item({ ...place, kind: 'unparsed', name: '', issues: [{ path: [], message: 'not UTF-8 text', code: 'invalid_json' }] })
  }
  const parsed = parseJsonText(text)
  if (!parsed.ok) return run.reporter.item({ ...place, kind: 'unparsed', name: '', issues: parsed.issues })
  const items = await checkParsed(run, parsed.value, place)
  if (items.length === 0) {
    items.push({ ...place, kind: 'unrecognized', name: '', issues: [{ path: [], message: 'nothing to check: no events or objects in it', code: 'unrecognized_input' }] })
  }
  // The first item carries them: their line and column say where they are.
  const [first, ...rest] = items
  run.reporter.item(parsed.duplicates.length === 0 ? first! : { ...first!, warnings: [...parsed.duplicates, ...(first!.warnings ?? [])] })
  for (const item of rest) run.reporter.item(item)
}

/** Reports what `value` is; false when that needs the API codecs and they are not loaded yet. */
function report(run: Run, value: unknown, place: Place, at?: string): boolean {
  const items = checkValue(value, place, run.target, run.catalog, at)
  if (items === undefined) return false
  for (const item of items) run.reporter.item(item)
  return true
}

/** Syntax issues of a text that sits at `column` of a stream's line. */
const onLine = (issues: readonly CheckIssue[], place: Place, column = 1): CheckIssue[] =>
  issues.map((issue) => ({ ...issue, line: place.line ?? 1, ...(issue.column === undefined ? {} : { column: issue.column + column - 1 }) }))

/**
 * Checks the values on one line of a stream, from the `from`-th on: normally one; several when
 * written back to back without newlines, each parsed, checked and let go before the next, and
 * at most {@link MAX_VALUES_PER_LINE} of them. Returns the index of the first value that needs
 * the API codecs while they are not loaded (the caller loads them and comes back to it), or -1.
 */
function checkLine(run: Run, text: string, place: Place, from = 0): number {
  let error: unknown
  try {
    return report(run, JSON.parse(text), place) ? -1 : 0
  } catch (e) {
    error = e
  }
  let index = 0
  for (const [start, end] of concatenatedValues(text)) {
    if (index === MAX_VALUES_PER_LINE) {
      const message = `more than ${MAX_VALUES_PER_LINE.toLocaleString('en-US')} JSON values on one line: the first ${MAX_VALUES_PER_LINE.toLocaleString('en-US')} checked, the rest skipped`
      run.reporter.item(tooLarge({ ...place }, message))
      return -1
    }
    if (index++ < from) continue
    const at = `value ${index}`
    const part = text.slice(start, end)
    let value: unknown
    try {
      value = JSON.parse(part)
    } catch (e) {
      run.reporter.item({ ...place, at, kind: 'unparsed', name: '', issues: onLine(jsonSyntaxIssues(part, e), place, start + 1) })
      continue
    }
    if (!report(run, value, place, at)) return index - 1
  }
  // The text is one line, so the reader's line 1 is the stream's line.
  if (index === 0) run.reporter.item({ ...place, kind: 'unparsed', name: '', issues: onLine(jsonSyntaxIssues(text, error), place) })
  return -1
}

/**
 * A newline-delimited stream, in memory bounded by its longest line: lines are checked as they
 * arrive; when the API codecs have to be loaded first, the rest of the chunk waits as text.
 */
async function checkStream(run: Run, path: string, stdin: AsyncIterable<Buffer | string>): Promise<void> {
  const { reporter, progress } = run
  const waiting: Array<{ text: string; place: Place; from: number }> = []
  const splitter = new LineSplitter({
    line(text, line) {
      const place: Place = { source: path, line }
      if (waiting.length > 0) return void waiting.push({ text, place, from: 0 })
      const from = checkLine(run, text, place)
      if (from >= 0) waiting.push({ text, place, from })
    },
    overlong(line, bytes) {
      reporter.item(tooLarge({ source: path, line }, `line of ${bytes} bytes, longer than the ${MAX_LINE_BYTES / 1024 / 1024} MiB limit: skipped`))
    },
  })
  const flushWaiting = async (): Promise<void> => {
    if (waiting.length === 0) return
    run.catalog = await loadApiCatalog()
    for (const { text, place, from } of waiting.splice(0)) checkLine(run, text, place, from)
  }
  const source = path === '-' ? stdin : createReadStream(path, { highWaterMark: 256 * 1024 })
  for await (const chunk of decompressed(source)) {
    splitter.push(chunk)
    await flushWaiting()
    progress.update({ source: path, lines: splitter.lines, bytes: splitter.bytes, invalid: reporter.tally.invalid })
    await reporter.output.drained()
  }
  splitter.end()
  await flushWaiting()
}

/**
 * `sagemaker-shapes check`: events recognised by `detail-type` (also inside Lambda SQS and SNS
 * events), API objects by `--op` or by the folder or file they are in; files, folders, and
 * newline-delimited streams (`--ndjson`, `*.ndjson`, `*.jsonl`, gzipped or not, or standard input).
 * Exit status 0 when everything is valid, 1 with issues, 2 on a usage or I/O error.
 *
 * @since 0.1.0
 * @category cli
 */
export async function check(args: readonly string[], io: CheckIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, {
    op: { type: 'string' },
    response: { type: 'boolean', default: false },
    ndjson: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  })
  if (positionals.length === 0 && !values.ndjson) throw new UsageError('check needs files or folders (or --ndjson to read standard input)')
  let catalog: ApiCatalog | undefined
  if (values.op !== undefined) {
    catalog = await loadApiCatalog()
    assertOperation(catalog, values.op)
  }
  const progress = new Progress(io.stderr)
  const output = new Output(io.stdout, () => progress.clear())
  const reporter = values.json ? jsonReporter(output) : humanReporter(output, io.stderr)
  const run: Run = { target: { operation: values.op, response: values.response }, reporter, progress, catalog }
  const inputs = expandInputs(positionals.length === 0 ? ['-'] : positionals, values.ndjson, reporter)
  for (const input of inputs) {
    try {
      await (input.stream ? checkStream(run, input.path, io.stdin) : checkDocument(run, input.path, io.stdin))
    } catch (e) {
      progress.clear()
      reporter.unreadable(input.path, fileError(e))
    }
  }
  progress.clear()
  reporter.finish()
  await output.drained()
  return reporter.tally.exitCode
}
