import { type EmitOptions, emitApi } from './emit/modules.js'
import { readBoto3Page } from './frontends/boto3/page.js'
import { boto3ToIR } from './frontends/boto3/to-ir.js'
import type { IR } from './ir/types.js'
import { assertValidIR } from './ir/validate.js'

export interface Boto3Page {
  /** Shown in errors and in the generated headers. */
  readonly file: string
  readonly text: string
}

// Control, line-breaking and bidirectional-override characters: a file name is copied into a
// `//` comment of every generated module and into every error message.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** A file name as generated comments and errors show it: unprintable characters as `\uXXXX`. */
export const printableFileName = (name: string): string =>
  name.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** IR for every operation documented in the given boto3 pages. */
export function boto3PagesToIR(pages: readonly Boto3Page[]): IR {
  const named = pages.map((p) => ({ file: printableFileName(p.file), text: p.text }))
  const operations = named.flatMap((p) => readBoto3Page(p.text, p.file))
  const files = [...new Set(named.map((p) => p.file))].join(', ')
  const ir = boto3ToIR(operations, `boto3 API syntax (${files})`)
  assertValidIR(ir)
  return ir
}

/** Codecs for every operation documented in the given boto3 pages, by output path. */
export function boto3Codecs(pages: readonly Boto3Page[], options: EmitOptions): Map<string, string> {
  return emitApi(boto3PagesToIR(pages), options)
}
