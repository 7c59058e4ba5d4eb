import type { IR } from '../ir/types.js'
import { HEADER } from './modules.js'

/** Where the generated SDK-compatibility type tests live. */
export const SDK_COMPAT_FILE = 'test/types/generated/sdk-compat.test-d.ts'

/**
 * Type tests for every operation, both ways: our decoded request is assignable to the SDK's
 * `<Op>CommandInput`; the SDK's `<Op>CommandOutput` without `$metadata` is accepted by
 * `<Op>Response.decode`, and every member it has is a member of our decoded response type (no
 * field the SDK returns is unknown to our types). The reverse, SDK output assignable to our
 * response type, does not hold by design: the SDK types required output members `T | undefined`,
 * while a decoded response guarantees them.
 */
export function emitSdkCompat(ir: IR, sdkPackage: string): Map<string, string> {
  const lines: string[] = []
  for (const op of Object.keys(ir.operations).sort()) {
    lines.push(
      `export type ${op} = [`,
      `  Assignable<api.${op}Request, sdk.${op}CommandInput>,`,
      `  Assignable<Omit<sdk.${op}CommandOutput, '$metadata'>, Parameters<(typeof api.${op}Response)['decode']>[0]>,`,
      `  Assignable<keyof Omit<sdk.${op}CommandOutput, '$metadata'>, keyof api.${op}Response>,`,
      ']',
    )
  }
  const text = [
    HEADER,
    `// Source: ${ir.source}`,
    `import type * as sdk from '${sdkPackage}'`,
    "import type * as api from '../../../generated/api/index.js'",
    '',
    '/** Compiles only when Source is assignable to Target. */',
    'type Assignable<Source extends Target, Target> = [Source, Target]',
    '',
    ...lines,
    '',
  ].join('\n')
  return new Map([[SDK_COMPAT_FILE, text]])
}
