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

/** IR for every operation documented in the given boto3 pages. */
export function boto3PagesToIR(pages: readonly Boto3Page[]): IR {
  const operations = pages.flatMap((p) => readBoto3Page(p.text, p.file))
  const files = [...new Set(pages.map((p) => p.file))].join(', ')
  const ir = boto3ToIR(operations, `boto3 API syntax (${files})`)
  assertValidIR(ir)
  return ir
}

/** Codecs for every operation documented in the given boto3 pages, by output path. */
export function boto3Codecs(pages: readonly Boto3Page[], options: EmitOptions): Map<string, string> {
  return emitApi(boto3PagesToIR(pages), options)
}
