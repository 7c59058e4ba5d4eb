import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type SageMakerEvent, decodeSageMakerEvent, isUnknownSageMakerEvent, sageMakerDetailTypes } from '../../generated/events/index.js'
import { makeSageMakerEvent } from '../../generated/events/testing.js'
import { detailTypings } from '../../generated/events/typing.js'
import { formatIssue } from '../format.js'
import { parseCommandArgs } from './args.js'

/** The repository's fixtures folder, when running from a clone (from `src/cli` or `dist/cli`). */
function fixturesDir(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url))
  return [join(here, '../../test/fixtures'), join(here, '../test/fixtures')].find((d) => statSync(d, { throwIfNoEntry: false })?.isDirectory() === true)
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

/** Words joined with `sep`, wrapped at `width` characters, each line indented by `indent`. */
function wrap(words: readonly string[], indent: string, sep = ', ', width = 100): string[] {
  const lines: string[] = []
  let line = ''
  for (const w of words) {
    const next = line === '' ? w : `${line}${sep}${w}`
    if (line !== '' && indent.length + next.length + sep.length > width) {
      lines.push(`${indent}${line}${sep.trimEnd()}`)
      line = w
    } else line = next
  }
  if (line !== '') lines.push(`${indent}${line}`)
  return lines
}

/** The words all of `names` begin with (`Tracking Server ` for the tracking-server group), or ''. */
function commonWords(names: readonly string[]): string {
  let prefix = names[0]!
  for (const n of names) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix.slice(0, prefix.lastIndexOf(' ') + 1)
}

const TYPINGS = [
  ['example', 'from examples (+ schema registry, + API where known)'],
  ['schema', 'from the schema registry (+ API), no example'],
  ['api', 'from the API response alone, no example (every member optional)'],
  ['open', 'open records (no example, no API resource; members kept untyped)'],
] as const

/** Every known detail-type, grouped by how its detail is typed; `api` grouped by operation. */
function typingLines(): string[] {
  const entries = sageMakerDetailTypes.map((t) => [t.replace(/^SageMaker /, ''), detailTypings[t]] as const)
  const lines = [`${entries.length} detail-types known, by how each detail is typed:`]
  for (const [typed, meaning] of TYPINGS) {
    const group = entries.filter(([, t]) => t.typed === typed)
    lines.push(`  ${typed} (${group.length}): ${meaning}`)
    if (typed !== 'api') {
      lines.push(...wrap(group.map(([n]) => n), '    '))
      continue
    }
    for (const op of [...new Set(group.map(([, t]) => t.api!))]) {
      const names = group.filter(([, t]) => t.api === op).map(([n]) => n)
      const common = names.length > 2 ? commonWords(names) : ''
      lines.push(...wrap([`${op}: ${common}${names[0]!.slice(common.length)}`, ...names.slice(1).map((n) => n.slice(common.length))], '    ', ' / '))
    }
  }
  return lines
}

/**
 * `sagemaker-shapes demo`: decodes the bundled example events and prints detail-type, resource,
 * status and time, one row each; then every known detail-type and how its detail is typed.
 *
 * @since 0.1.0
 * @category cli
 */
export function demo(args: readonly string[], log: (line: string) => void = console.log): number {
  parseCommandArgs('demo', args, {})
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
  log(line(['detail-type', 'resource', 'status', 'time']))
  for (const r of rows) log(line(r))
  log(`\n${rows.length - failed} of ${rows.length} example events decoded (timestamps as Dates, whatever their encoding)`)
  log('')
  for (const l of typingLines()) log(l)
  return failed > 0 ? 1 : 0
}
