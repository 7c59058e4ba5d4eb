import type { Issue } from './issues.js'

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/
const MAX_KEY = 80

const key = (k: string): string => (k.length > MAX_KEY ? `${k.slice(0, MAX_KEY - 3)}...` : k)

/**
 * A readable path: `ProcessingInputs[0].S3Input`, `detail["detail-type"]`, `(root)`.
 *
 * @since 0.1.0
 * @category formatting
 */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = ''
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`
    else if (IDENTIFIER.test(k)) out += out === '' ? k : `.${k}`
    else out += `[${JSON.stringify(key(k))}]`
  }
  return out === '' ? '(root)' : out
}

/**
 * One line: where, what went wrong, and what was probably meant.
 *
 * @since 0.1.0
 * @category formatting
 */
export function formatIssue(issue: Issue): string {
  const hint = issue.suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(issue.suggestion)}?)`
  return `${formatPath(issue.path)}: ${issue.message}${hint}`
}

/**
 * One line per issue, at most `max` of them (default 20) and a count of the rest, so a log line
 * stays bounded however broken the input.
 *
 * @since 0.1.0
 * @category formatting
 */
export function formatIssues(issues: readonly Issue[], max = 20): string {
  const lines = issues.slice(0, max).map(formatIssue)
  const rest = issues.length - lines.length
  if (rest > 0) lines.push(`... and ${rest} more issue${rest === 1 ? '' : 's'}`)
  return lines.join('\n')
}
