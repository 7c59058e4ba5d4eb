import { emitApi } from './emit/modules.js'
import { boto3ToIR } from './frontends/boto3/to-ir.js'
import { assertValidIR } from './ir/validate.js'
import { readBoto3Sources } from './sources.js'

/** Folders the generator owns entirely: files there that it did not produce are stale. */
export const OWNED_DIRS = ['generated/api']

/** Every generated file, by repository-relative path, from the sources under `root`. */
export function generate(root: string): Map<string, string> {
  const ir = boto3ToIR(readBoto3Sources(root))
  assertValidIR(ir)
  return emitApi(ir)
}
