import { createReadStream, readFileSync, statSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { type ApiCatalog, assertOperation, loadApiCatalog } from './api-catalog.js'
import { UsageError, parseCommandArgs } from './args.js'
import { expandInputs } from './inputs.js'
import { type CheckTarget, type CheckedItem, type Place, checkValue } from './items.js'
import { errorMessage, jsonSyntaxIssues, parseJsonText } from './json-text.js'
import { LineSplitter, MAX_LINE_BYTES, decompressed, splitConcatenated } from './ndjson.js'
import { Progress, type Terminal } from './progress.js'
import { Output, type Reporter, type Sink, humanReporter, jsonReporter } from './report.js'

/** What the command reads and writes; the process's own streams, or stand-ins in tests. */
export interface CheckIo {
  readonly stdout: Sink
  readonly stderr: Sink & Terminal
  readonly stdin: AsyncIterable<Buffer | string>
}

/** Beyond this a single document is not a request or an event but a stream or a mistake. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

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

async function readStdin(stdin: AsyncIterable<Buffer | string>): Promise<Buffer | undefined> {
  const parts: Buffer[] = []
  let size = 0
  for await (const chunk of stdin) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    size += part.length
    if (size > MAX_DOCUMENT_BYTES) return undefined
    parts.push(part)
  }
  return Buffer.concat(parts)
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
  let bytes: Buffer | undefined
  if (path === '-') bytes = await readStdin(stdin)
  else if (statSync(path).size <= MAX_DOCUMENT_BYTES) bytes = readFileSync(path)
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

/** The values on one line: normally one; several when written back to back without newlines. */
function parseLine(text: string, place: Place): { values: unknown[] } | { item: CheckedItem } {
  try {
    return { values: [JSON.parse(text)] }
  } catch (error) {
    const parts = splitConcatenated(text)
    if (parts !== undefined) {
      try {
        return { values: parts.map((part) => JSON.parse(part) as unknown) }
      } catch {
        // Not all of them JSON after all: report the line as a whole.
      }
    }
    // The text is one line, so the reader's line 1 is the stream's line.
    const issues = jsonSyntaxIssues(text, error).map((issue) => ({ ...issue, line: place.line ?? 1 }))
    return { item: { ...place, kind: 'unparsed', name: '', issues } }
  }
}

/**
 * A newline-delimited stream, in constant memory: lines are checked as they arrive, and only
 * the items of one chunk wait when the API codecs have to be loaded first.
 */
async function checkStream(run: Run, path: string, stdin: AsyncIterable<Buffer | string>): Promise<void> {
  const { reporter, progress } = run
  const waiting: Array<{ value: unknown; place: Place; at?: string }> = []
  const report = (value: unknown, place: Place, at?: string): void => {
    const items = waiting.length > 0 ? undefined : checkValue(value, place, run.target, run.catalog, at)
    if (items === undefined) waiting.push(at === undefined ? { value, place } : { value, place, at })
    else for (const item of items) reporter.item(item)
  }
  const splitter = new LineSplitter({
    line(text, line) {
      const place: Place = { source: path, line }
      const parsed = parseLine(text, place)
      if ('item' in parsed) return reporter.item(parsed.item)
      if (parsed.values.length === 1) return report(parsed.values[0], place)
      parsed.values.forEach((value, i) => report(value, place, `value ${i + 1}`))
    },
    overlong(line, bytes) {
      reporter.item(tooLarge({ source: path, line }, `line of ${bytes} bytes, longer than the ${MAX_LINE_BYTES / 1024 / 1024} MiB limit: skipped`))
    },
  })
  const flushWaiting = async (): Promise<void> => {
    if (waiting.length === 0) return
    run.catalog = await loadApiCatalog()
    for (const { value, place, at } of waiting.splice(0)) for (const item of checkValue(value, place, run.target, run.catalog, at) ?? []) reporter.item(item)
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
  const inputs = expandInputs(positionals.length === 0 ? ['-'] : positionals, values.ndjson, (path, message) => reporter.unreadable(path, message))
  for (const input of inputs) {
    try {
      await (input.stream ? checkStream(run, input.path, io.stdin) : checkDocument(run, input.path, io.stdin))
    } catch (e) {
      progress.clear()
      reporter.unreadable(input.path, errorMessage(e))
    }
  }
  progress.clear()
  reporter.finish()
  await output.drained()
  return reporter.tally.exitCode
}
