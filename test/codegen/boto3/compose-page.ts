// Whole pages composed around the facts of a fixture page, the way a user pastes them: headings,
// descriptions, notes, exceptions and examples between and after the parameter lines. Every
// word of prose here is made up for the tests.
import type { Layout } from './render-page.js'

const PARAM_LINE = /\((?:[^)]+)\) (?:--|\u2013)/
const BARE_LINE = /^(?:string|integer|float|boolean|datetime|dict|list|bytes|bytes or seekable file-like object)$/
const REQUIRED = /^\s*\[REQUIRED\]$/
const NOTE = /^\s*Please note that this parameter is automatically populated/

/** Made-up prose that a reader must skip: it mentions types, values and JSON, never as a parameter line. */
const DESCRIPTION = [
  'A placeholder description for the tests, written for this project: it names a (string) in passing,',
  "and values such as 'Alpha'|'Beta' or {'Key': 'value'} that only look like syntax.",
]
const JSON_EXAMPLE = ['{', '"Name": "placeholder",', '"Count": 3', '}']

export interface Variant {
  readonly layout: Layout
  /** `[REQUIRED]` on its own line before the parameter's line instead of after it. */
  readonly flagsBefore?: boolean
  /** `--` for the en dash and no bullets (a page copied through a plain-text converter). */
  readonly plain?: boolean
}

export function composePage(facts: string, variant: Variant): string {
  const lines = facts.trimEnd().split('\n')
  const out: string[] = []
  const current = variant.layout === 'current'
  const method = /client\.(\w+)\(/.exec(facts)?.[1] ?? 'operation'
  out.push(`Placeholder Service / Client / ${method}`, '', 'A made-up summary of what the operation does. Nothing here is syntax.', '')
  let inSyntax = false
  let inRequest = false
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    const next = lines[i + 1]
    if (line === 'Request Syntax') out.push('See also: AWS API Documentation', '')
    if (line === 'Response Syntax' && current) out.push('Returns:', '')
    if (line === 'dict' && next === 'Response Syntax') {
      out.push(current ? 'Return type:' : 'Return type', '', 'dict', '')
      if (!current) out.push('Returns', '')
      continue
    }
    if (variant.plain === true) line = line.replace(/^(\s*)[\u2022\u25e6\u25aa] /, '$1').replace(/\u2013/g, '--')
    out.push(line)
    if (line === 'Request Syntax' || line === 'Response Syntax') {
      inSyntax = true
      inRequest = line === 'Request Syntax'
      continue
    }
    // The syntax ends at an unindented `)` or `}` (the whole call or value when on one line).
    if (inSyntax && !/^\s/.test(line) && (line.endsWith(')') || line.endsWith('}'))) {
      inSyntax = false
      out.push('')
      if (current && inRequest) out.push('Parameters:', '')
      continue
    }
    if (inSyntax) continue
    const isParam = PARAM_LINE.test(line) || BARE_LINE.test(line.trim())
    if (!isParam && !REQUIRED.test(line) && !NOTE.test(line)) continue
    // Prose goes after the last fact line of a parameter: its [REQUIRED] or botocore's note.
    if (next !== undefined && (REQUIRED.test(next) || NOTE.test(next))) continue
    out.push(...DESCRIPTION, '')
    if (i % 7 === 0) out.push('Note', '', 'A made-up note with an example:', '', ...JSON_EXAMPLE, '')
  }
  out.push(
    'Exceptions',
    '',
    'PlaceholderService.Client.exceptions.SomethingWentWrong',
    '',
    'Examples',
    '',
    'A made-up example call, which is not the syntax: its values are real.',
    '',
    `response = client.${method}(`,
    "    Name='example-name',",
    ')',
    '',
    'print(response)',
    '',
    'Expected Output:',
    '',
    '{',
    "    'ResponseMetadata': {",
    "        '...': '...',",
    '    },',
    '}',
  )
  let text = out.join('\n')
  if (variant.flagsBefore === true) text = moveFlagsBefore(text)
  return `${text}\n`
}

/** Moves each `[REQUIRED]` line from after its parameter line to before it. */
function moveFlagsBefore(text: string): string {
  const lines = text.split('\n')
  for (let i = 1; i < lines.length; i++) {
    if (!REQUIRED.test(lines[i]!) || !PARAM_LINE.test(lines[i - 1]!)) continue
    const flag = lines[i]!
    lines[i] = lines[i - 1]!
    lines[i - 1] = flag
  }
  return lines.join('\n')
}
