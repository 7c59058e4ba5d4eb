import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { emitApi } from './emit/modules.js'
import { SDK_PACKAGE, sdkToIR } from './frontends/sdk/to-ir.js'
import type { IR } from './ir/types.js'
import { assertValidIR } from './ir/validate.js'

/** Folders the generator owns entirely: files there that it did not produce are stale. */
export const OWNED_DIRS = ['generated/api']

/** Where the pinned SDK package is installed, as seen from `root`. */
export function sdkPackageDir(root: string): string {
  const require = createRequire(join(root, 'package.json'))
  return dirname(require.resolve(`${SDK_PACKAGE}/package.json`))
}

/** The IR the published API codecs come from: the SDK model. */
export function modelIR(root: string): IR {
  const ir = sdkToIR(sdkPackageDir(root))
  assertValidIR(ir)
  return ir
}

/** Every generated file, by repository-relative path, from the sources under `root`. */
export function generate(root: string): Map<string, string> {
  return emitApi(modelIR(root))
}
