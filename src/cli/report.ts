import { formatPath } from '../format.js'
import type { CheckIssue, CheckedItem } from './items.js'
import { MAX_LINE, MAX_MESSAGE, MAX_NAME, MAX_SOURCE, cut, safeJson, shown } from './text.js'

/** Where output goes: `process.stdout` in the tool, a collecting stub in tests. */
export interface Sink {
  write(text: string): boolean
  once?(event: 'drain', listener: () => void): unknown
}

const FLUSH_AT = 64 * 1024

/**
 * Buffers output into large writes (one write per line would dominate a long stream's run time)
 * and waits for `drain` when the sink asks for it, so a slow reader never makes memory grow.
 */
export class Output {
  private parts: string[] = []
  private size = 0
  private pressure = false

  constructor(
    private readonly sink: Sink,
    /** Called before each write, to clear a progress line from the terminal. */
    private readonly beforeWrite: () => void = () => {},
  ) {}

  write(text: string): void {
    this.parts.push(text)
    this.size += text.length
    if (this.size >= FLUSH_AT) this.flush()
  }

  flush(): void {
    if (this.size === 0) return
    const text = this.parts.join('')
    this.parts = []
    this.size = 0
    this.beforeWrite()
    if (!this.sink.write(text)) this.pressure = true
  }

  /** Resolves once the sink has taken what it was given; call between chunks of input. */
  async drained(): Promise<void> {
    if (!this.pressure || this.sink.once === undefined) return
    this.pressure = false
    await new Promise<void>((resolve) => this.sink.once!('drain', resolve))
  }
}

// Distinct names are bounded by the codecs, except detail-types nobody knows: a hostile stream
// could carry millions, and the summary must stay constant in size.
const MAX_NAMES = 1000
const OTHER_NAMES = '(other names)'

interface Count {
  valid: number
  invalid: number
}

/** Counts for the summary; the same for both output formats. */
export class Tally {
  checked = 0
  valid = 0
  invalid = 0
  unknownDetailTypes = 0
  withWarnings = 0
  unreadable = 0
  skipped = 0
  readonly byName = new Map<string, Count>()

  add(item: CheckedItem): void {
    this.checked++
    const ok = item.issues.length === 0
    if (ok) this.valid++
    else this.invalid++
    if (item.warnings !== undefined && item.warnings.length > 0) {
      this.withWarnings++
      if (item.warnings.some((w) => w.code === 'unknown_detail_type')) this.unknownDetailTypes++
    }
    let label = labelOf(item)
    if (!this.byName.has(label) && this.byName.size >= MAX_NAMES) label = OTHER_NAMES
    let count = this.byName.get(label)
    if (count === undefined) this.byName.set(label, (count = { valid: 0, invalid: 0 }))
    if (ok) count.valid++
    else count.invalid++
  }

  /** 0 all valid, 1 issues, 2 an input could not be read. */
  get exitCode(): number {
    return this.unreadable > 0 ? 2 : this.invalid > 0 ? 1 : 0
  }
}

export function labelOf(item: CheckedItem): string {
  switch (item.kind) {
    case 'event':
      return item.name
    case 'unrecognized':
      return '(unrecognized)'
    case 'unparsed':
      return '(not JSON)'
    default:
      return `${item.name} ${item.kind}`
  }
}

/** `file.ndjson:12 Records[3]`, escaped and cut for a terminal. */
export function locationOf(item: Pick<CheckedItem, 'source' | 'line' | 'at'>): string {
  return `${shown(item.source, MAX_SOURCE)}${item.line === undefined ? '' : `:${item.line}`}${item.at === undefined ? '' : ` ${shown(item.at, MAX_NAME)}`}`
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** One line: where, what went wrong (cut to a bounded length), what was probably meant. */
export function formatCheckIssue(issue: CheckIssue, onStreamLine: boolean): string {
  const hint = issue.suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(issue.suggestion)}?)`
  const message = cut(issue.message)
  if (issue.line === undefined) return `${formatPath(issue.path)}: ${message}${hint}`
  // On a stream the item's location already names the line; within it only the column helps.
  const where = onStreamLine ? `column ${issue.column ?? 1}` : `${issue.line}:${issue.column ?? 1}`
  return `${where}: ${message}${hint}`
}

export interface Reporter {
  readonly tally: Tally
  readonly output: Output
  item(item: CheckedItem): void
  /** An input that could not be read; the run goes on with the others. */
  unreadable(source: string, message: string): void
  /** An input left out on purpose (a FIFO found in a folder); no reason to fail the run. */
  skipped(source: string, message: string): void
  finish(): void
}

const SHOWN_ISSUES = 20
// A new detail-type in an archive warns on every line of it; a few show what it is.
const SHOWN_STREAM_WARNINGS = 5

/** For people: every file's verdict, a stream's bad lines (its good ones only counted), a summary. */
export function humanReporter(output: Output, errors: Sink): Reporter {
  const tally = new Tally()
  let streamWarnings = 0
  return {
    tally,
    output,
    item(item) {
      tally.add(item)
      const ok = item.issues.length === 0
      const warnings = item.warnings ?? []
      if (ok && item.line !== undefined && (warnings.length === 0 || ++streamWarnings > SHOWN_STREAM_WARNINGS)) return
      const onStreamLine = item.line !== undefined
      const verdict = ok ? 'valid' : plural(item.issues.length, 'issue')
      let text = `${locationOf(item)}: ${shown(labelOf(item), MAX_NAME)}: ${verdict}\n`
      for (const issue of item.issues.slice(0, SHOWN_ISSUES)) text += `  - ${shown(formatCheckIssue(issue, onStreamLine), MAX_LINE)}\n`
      if (item.issues.length > SHOWN_ISSUES) text += `  ... and ${plural(item.issues.length - SHOWN_ISSUES, 'more issue')}\n`
      for (const warning of warnings.slice(0, SHOWN_ISSUES)) text += `  warning: ${shown(formatCheckIssue(warning, onStreamLine), MAX_LINE)}\n`
      if (warnings.length > SHOWN_ISSUES) text += `  ... and ${plural(warnings.length - SHOWN_ISSUES, 'more warning')}\n`
      output.write(text)
    },
    unreadable(source, message) {
      tally.unreadable++
      output.flush()
      errors.write(`sagemaker-shapes check: ${shown(source, MAX_SOURCE)}: ${shown(message)}\n`)
    },
    skipped(source, message) {
      tally.skipped++
      output.flush()
      errors.write(`sagemaker-shapes check: ${shown(source, MAX_SOURCE)}: ${shown(message)}\n`)
    },
    finish() {
      let text = `\n${plural(tally.checked, 'item')} checked: ${tally.valid} valid, ${tally.invalid} with issues`
      if (tally.withWarnings > 0) text += `; ${tally.withWarnings} with warnings`
      if (streamWarnings > SHOWN_STREAM_WARNINGS) text += ` (the first ${SHOWN_STREAM_WARNINGS} valid lines with warnings shown; --json lists them all)`
      text += '\n'
      const labels = [...tally.byName].map(([label, count]) => [shown(label, MAX_NAME), count] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      const width = Math.min(70, Math.max(0, ...labels.map(([label]) => label.length)))
      for (const [label, count] of labels) text += `  ${label.padEnd(width)}  ${count.valid} valid${count.invalid > 0 ? `, ${count.invalid} with issues` : ''}\n`
      if (tally.unreadable > 0) text += `${plural(tally.unreadable, 'input')} could not be read\n`
      if (tally.skipped > 0) text += `${plural(tally.skipped, 'file')} skipped (not regular files)\n`
      output.write(text)
      output.flush()
    },
  }
}

/** An issue with every text taken from the input cut to a bounded length. */
function boundedIssue(issue: CheckIssue): CheckIssue {
  const { path, message, expected, received, suggestion, ...rest } = issue
  return {
    path: path.map((key) => (typeof key === 'string' ? cut(key, MAX_NAME) : key)),
    message: cut(message, MAX_MESSAGE),
    ...(expected === undefined ? {} : { expected: cut(expected, MAX_MESSAGE) }),
    ...(received === undefined ? {} : { received: cut(received, MAX_MESSAGE) }),
    ...(suggestion === undefined ? {} : { suggestion: cut(suggestion, MAX_NAME) }),
    ...rest,
  }
}

/**
 * For machines: one JSON document `{ items: [...], unreadable: [...], skipped: [...], summary }`, written as it
 * goes (the items array is never held in memory), every item included.
 */
export function jsonReporter(output: Output): Reporter {
  const tally = new Tally()
  const unreadable: Array<{ source: string; message: string }> = []
  const skipped: Array<{ source: string; message: string }> = []
  let first = true
  output.write('{"items":[')
  return {
    tally,
    output,
    item(item) {
      tally.add(item)
      const { issues, warnings, source, line, at, kind, name } = item
      const entry = {
        source: cut(source, MAX_SOURCE),
        line,
        ...(at === undefined ? {} : { at: cut(at, MAX_NAME) }),
        kind,
        name: cut(name, MAX_NAME),
        valid: issues.length === 0,
        issues: issues.map(boundedIssue),
        warnings: (warnings ?? []).map(boundedIssue),
      }
      output.write(`${first ? '\n' : ',\n'}${safeJson(entry)}`)
      first = false
    },
    unreadable(source, message) {
      tally.unreadable++
      // Bounded: one per input named on the command line or found in a folder.
      unreadable.push({ source: cut(source, MAX_SOURCE), message: cut(message) })
    },
    skipped(source, message) {
      tally.skipped++
      skipped.push({ source: cut(source, MAX_SOURCE), message: cut(message) })
    },
    finish() {
      const { checked, valid, invalid, withWarnings, unknownDetailTypes } = tally
      const byName = Object.fromEntries([...tally.byName].map(([label, count]) => [cut(label, MAX_NAME), count]))
      const summary = { checked, valid, invalid, withWarnings, unknownDetailTypes, unreadable: tally.unreadable, skipped: tally.skipped, exitCode: tally.exitCode, byName }
      output.write(`\n],\n"unreadable":${safeJson(unreadable)},\n"skipped":${safeJson(skipped)},\n"summary":${safeJson(summary)}}\n`)
      output.flush()
    },
  }
}
